import type { ItemCounts } from '../../zones/zone.js';
import { ITEM_KEYS } from '../../zones/zone.js';
import { formatCount } from '../format-count.js';
import { calendarDate } from './calendar-date.js';
import { hectareFigure } from './hectare-figure.js';
import type { ReportFacts, ReportLocale } from './report-locale.js';

/** Singular and plural of each item category, in the words of English-language weekly reports. */
const ITEM_NOUNS: Readonly<Record<keyof ItemCounts, { one: string; other: string }>> = {
  apMines: { one: 'anti-personnel mine', other: 'anti-personnel mines' },
  atMines: { one: 'anti-tank mine', other: 'anti-tank mines' },
  uxo: { one: 'item of unexploded ordnance', other: 'items of unexploded ordnance' },
  otherItems: { one: 'other explosive item', other: 'other explosive items' },
};

const plurals = new Intl.PluralRules('en');

/**
 * English: "Between 21 and 27 April 2024, 35 anti-personnel mines, 36 anti-tank mines and 574
 * items of unexploded ordnance were found and destroyed; 1.9 hectares were cleared in Tartar,
 * Aghdam and Fuzuli."
 *
 * @example
 * en.writeReport(facts);
 */
export const en: ReportLocale = {
  locale: 'en',
  tableHeadings: {
    name: 'District',
    clearedHa: 'Cleared (ha)',
    reducedHa: 'Reduced (ha)',
    cancelledHa: 'Cancelled (ha)',
    releasedHa: 'Released (ha)',
    hazardHa: 'Hazardous area (ha)',
    remainingHazardHa: 'Remaining hazardous area (ha)',
    apMines: 'AP mines',
    atMines: 'AT mines',
    uxo: 'UXO',
    otherItems: 'Other items',
    itemsPerClearedHa: 'Items per cleared ha',
  },
  totalLabel: 'Total',
  outsideRegionsLabel: 'Outside regions',
  pageWords: {
    title: 'Land release report',
    wholeRecord: 'The whole record',
    released: 'Released',
    cleared: 'Cleared',
    reduced: 'Reduced by technical survey',
    cancelled: 'Cancelled by non-technical survey',
    remainingHazard: 'Remaining hazardous area',
    items: 'Items found and destroyed',
    hectares: 'ha',
    legendHazard: 'Hazardous area (suspected, confirmed)',
    legendReleased: 'Released in the period (cleared, reduced, cancelled)',
    legendRegions: 'District boundary',
    mapCaption: 'Zones in the period',
    byRegion: 'By district',
    accepted: 'accepted',
    rejected: 'rejected',
    print: 'Print / PDF',
  },
  writeReport,
};

function writeReport(facts: ReportFacts): string {
  const period = periodPhrase(facts.period);
  const found = ITEM_KEYS.filter((key) => facts.items[key] > 0);
  const released = [facts.clearedHa, facts.reducedHa, facts.cancelledHa].some((ha) => ha > 0);
  const sentences: string[] = [];
  if (found.length === 0 && !released) {
    sentences.push(`${period}, no explosive items were found and no land was released.`);
  } else {
    const clauses = [found.length > 0 ? itemsClause(facts.items, found) : 'no explosive items were found'];
    if (facts.clearedHa > 0) clauses.push(clearedClause(facts));
    const releaseClause = surveyClause(facts.reducedHa, facts.cancelledHa);
    if (releaseClause) clauses.push(releaseClause);
    sentences.push(`${period}, ${clauses.join('; ')}.`);
  }
  if (facts.remainingHazardHa > 0) {
    const on = facts.period.to === null ? '' : ` on ${fullDate(facts.period.to)}`;
    sentences.push(`Remaining hazardous area${on}: ${hectares(facts.remainingHazardHa)}.`);
  }
  return sentences.join(' ');
}

function periodPhrase({ from, to }: ReportFacts['period']): string {
  if (from === null && to === null) return 'In the whole record';
  if (from === null) return `Up to ${fullDate(to as string)}`;
  if (to === null) return `Since ${fullDate(from)}`;
  if (from === to) return `On ${fullDate(to)}`;
  const start = calendarDate(from, 'en', 'summary.period.from');
  const end = calendarDate(to, 'en', 'summary.period.to');
  if (start.year !== end.year) return `Between ${fullDate(from)} and ${fullDate(to)}`;
  if (start.month !== end.month) {
    return `Between ${start.day} ${start.monthName} and ${end.day} ${end.monthName} ${end.year}`;
  }
  return `Between ${start.day} and ${end.day} ${end.monthName} ${end.year}`;
}

function fullDate(isoDate: string): string {
  const date = calendarDate(isoDate, 'en', 'summary.period');
  return `${date.day} ${date.monthName} ${date.year}`;
}

function itemsClause(items: ItemCounts, found: (keyof ItemCounts)[]): string {
  const phrases = found.map((key) => countedNoun(items[key], ITEM_NOUNS[key]));
  const single = found.length === 1 && plurals.select(items[found[0]]) === 'one';
  return `${joinWithAnd(phrases)} ${single ? 'was' : 'were'} found and destroyed`;
}

function clearedClause(facts: ReportFacts): string {
  const { names, otherCount, outside } = facts.clearedIn;
  let place = '';
  if (names.length > 0 && otherCount > 0) {
    place = `in ${joinWithAnd([...names, countedNoun(otherCount, { one: 'other district', other: 'other districts' })])}`;
  } else if (names.length > 0) {
    place = `in ${joinWithAnd(names)}`;
  } else if (otherCount > 0) {
    place = `in ${countedNoun(otherCount, { one: 'district', other: 'districts' })}`;
  }
  if (outside) place = place ? `${place}, and outside any district` : 'outside any district';
  return `${hectares(facts.clearedHa)} ${verbFor(facts.clearedHa)} cleared${place ? ` ${place}` : ''}`;
}

function surveyClause(reducedHa: number, cancelledHa: number): string | null {
  const reduced = reducedHa > 0 ? `${hectares(reducedHa)} ${verbFor(reducedHa)} reduced by technical survey` : null;
  if (cancelledHa <= 0) return reduced;
  // The second verb is elided after the first, as in "12.4 hectares were reduced … and 3.0 hectares cancelled …".
  const cancelled = `${hectares(cancelledHa)}${reduced ? '' : ` ${verbFor(cancelledHa)}`} cancelled by non-technical survey`;
  return reduced ? `${reduced} and ${cancelled}` : cancelled;
}

function hectares(valueHa: number): string {
  const area = hectareFigure(valueHa, 'en');
  const noun = area.plural === 'one' && !area.belowPrecision ? 'hectare' : 'hectares';
  return `${area.belowPrecision ? 'less than ' : ''}${area.text} ${noun}`;
}

function verbFor(valueHa: number): string {
  const area = hectareFigure(valueHa, 'en');
  return area.plural === 'one' && !area.belowPrecision ? 'was' : 'were';
}

function countedNoun(count: number, noun: { one: string; other: string }): string {
  return `${formatCount(count, 'en')} ${plurals.select(count) === 'one' ? noun.one : noun.other}`;
}

/** "A", "A and B", "A, B and C": no serial comma, as in the agencies' reports. */
function joinWithAnd(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

import type { ItemCounts } from '../../zones/zone.js';
import { ITEM_KEYS } from '../../zones/zone.js';
import { formatCount } from '../format-count.js';
import { calendarDate } from './calendar-date.js';
import { hectareFigure } from './hectare-figure.js';
import type { ReportFacts, ReportLocale } from './report-locale.js';

/**
 * A noun phrase in the four CLDR plural forms of Russian: `one` (1, 21, 101), `few` (2–4, 22–24),
 * `many` (0, 5–20, 25–30), `other` (fractions: 1,5). `gender` decides the verb after a `one` count.
 */
interface RussianNoun extends PluralForms {
  gender: 'feminine' | 'masculine';
}

/** The four plural forms CLDR gives Russian; PluralRules('ru') never answers `zero` or `two`. */
interface PluralForms {
  one: string;
  few: string;
  many: string;
  other: string;
}

/** Item categories as ANAMA's Russian-language reports count them. */
const ITEM_NOUNS: Readonly<Record<keyof ItemCounts, RussianNoun>> = {
  apMines: {
    one: 'противопехотная мина',
    few: 'противопехотные мины',
    many: 'противопехотных мин',
    other: 'противопехотной мины',
    gender: 'feminine',
  },
  atMines: {
    one: 'противотанковая мина',
    few: 'противотанковые мины',
    many: 'противотанковых мин',
    other: 'противотанковой мины',
    gender: 'feminine',
  },
  uxo: {
    one: 'единица неразорвавшихся боеприпасов',
    few: 'единицы неразорвавшихся боеприпасов',
    many: 'единиц неразорвавшихся боеприпасов',
    other: 'единицы неразорвавшихся боеприпасов',
    gender: 'feminine',
  },
  otherItems: {
    one: 'прочий взрывоопасный предмет',
    few: 'прочих взрывоопасных предмета',
    many: 'прочих взрывоопасных предметов',
    other: 'прочего взрывоопасного предмета',
    gender: 'masculine',
  },
};

const HECTARE: PluralForms = { one: 'гектар', few: 'гектара', many: 'гектаров', other: 'гектара' };

/** "в 1 районе", "в 5 районах": the prepositional case has one singular and one plural form. */
const DISTRICTS_IN = { one: 'районе', other: 'районах' };
const OTHER_DISTRICTS_IN = { one: 'другом районе', other: 'других районах' };

const plurals = new Intl.PluralRules('ru');

/**
 * Russian, in the words of ANAMA's Russian-language weekly reports: "С 21 по 27 апреля 2024 года
 * обнаружены и обезврежены 35 противопехотных мин, 36 противотанковых мин и 574 единицы
 * неразорвавшихся боеприпасов; очищено 1,9 гектара в районах Tartar, Aghdam и Fuzuli."
 * Months are written in the genitive after a day ("27 апреля").
 *
 * @example
 * ru.writeReport(facts);
 */
export const ru: ReportLocale = {
  locale: 'ru',
  tableHeadings: {
    name: 'Район',
    clearedHa: 'Очищено (га)',
    reducedHa: 'Сокращено (га)',
    cancelledHa: 'Аннулировано (га)',
    releasedHa: 'Высвобождено (га)',
    hazardHa: 'Опасная территория (га)',
    remainingHazardHa: 'Оставшаяся опасная территория (га)',
    apMines: 'Противопехотные мины',
    atMines: 'Противотанковые мины',
    uxo: 'Неразорвавшиеся боеприпасы',
    otherItems: 'Прочие предметы',
    itemsPerClearedHa: 'Предметов на очищенный гектар',
  },
  totalLabel: 'Итого',
  outsideRegionsLabel: 'Вне районов',
  pageWords: {
    title: 'Отчёт о высвобождении земель',
    wholeRecord: 'Все записи',
    released: 'Высвобождено',
    cleared: 'Очищено',
    reduced: 'Сокращено техническим обследованием',
    cancelled: 'Исключено нетехническим обследованием',
    remainingHazard: 'Оставшаяся опасная площадь',
    items: 'Найдено и уничтожено предметов',
    hectares: 'га',
    legendHazard: 'Опасная площадь (подозреваемая, подтверждённая)',
    legendReleased: 'Высвобождено за период (очищено, сокращено, исключено)',
    legendRegions: 'Граница района',
    mapCaption: 'Участки за период',
    byRegion: 'По районам',
    accepted: 'принято',
    rejected: 'отклонено',
    print: 'Печать / PDF',
  },
  writeReport,
};

function writeReport(facts: ReportFacts): string {
  const period = periodPhrase(facts.period);
  const found = ITEM_KEYS.filter((key) => facts.items[key] > 0);
  const released = [facts.clearedHa, facts.reducedHa, facts.cancelledHa].some((ha) => ha > 0);
  const sentences: string[] = [];
  if (found.length === 0 && !released) {
    sentences.push(`${period} взрывоопасных предметов не обнаружено, земли не высвобождались.`);
  } else {
    const clauses = [found.length > 0 ? itemsClause(facts.items, found) : 'взрывоопасных предметов не обнаружено'];
    if (facts.clearedHa > 0) clauses.push(clearedClause(facts));
    const releaseClause = surveyClause(facts.reducedHa, facts.cancelledHa);
    if (releaseClause) clauses.push(releaseClause);
    sentences.push(`${period} ${clauses.join('; ')}.`);
  }
  if (facts.remainingHazardHa > 0) {
    const on = facts.period.to === null ? '' : ` на ${fullDate(facts.period.to)}`;
    sentences.push(`Оставшаяся опасная территория${on}: ${hectares(facts.remainingHazardHa)}.`);
  }
  return sentences.join(' ');
}

function periodPhrase({ from, to }: ReportFacts['period']): string {
  if (from === null && to === null) return 'За весь период учёта';
  if (from === null) return `По состоянию на ${fullDate(to as string)}`;
  if (to === null) return `С ${fullDate(from)}`;
  if (from === to) return capitalise(fullDate(to));
  const start = calendarDate(from, 'ru', 'summary.period.from');
  const end = calendarDate(to, 'ru', 'summary.period.to');
  if (start.year !== end.year) return `С ${fullDate(from)} по ${fullDate(to)}`;
  if (start.month !== end.month) {
    return `С ${start.day} ${start.monthName} по ${end.day} ${end.monthName} ${end.year} года`;
  }
  return `С ${start.day} по ${end.day} ${end.monthName} ${end.year} года`;
}

/** "27 апреля 2024 года": the year in words, not ICU's abbreviated "2024 г.". */
function fullDate(isoDate: string): string {
  const date = calendarDate(isoDate, 'ru', 'summary.period');
  return `${date.day} ${date.monthName} ${date.year} года`;
}

function itemsClause(items: ItemCounts, found: (keyof ItemCounts)[]): string {
  const phrases = found.map((key) => `${formatCount(items[key], 'ru')} ${formFor(ITEM_NOUNS[key], plurals.select(items[key]))}`);
  return `${itemsVerb(items, found)} ${joinWithAnd(phrases)}`;
}

/**
 * Several kinds of item take the plural ("обнаружены и обезврежены 35 … и 36 …"); a single count
 * ending in 1 agrees with its noun ("обнаружена и обезврежена 21 противопехотная мина"); any
 * other single count takes the neuter ("обнаружено и обезврежено 35 противопехотных мин").
 */
function itemsVerb(items: ItemCounts, found: (keyof ItemCounts)[]): string {
  if (found.length > 1) return 'обнаружены и обезврежены';
  const key = found[0];
  if (plurals.select(items[key]) !== 'one') return 'обнаружено и обезврежено';
  return ITEM_NOUNS[key].gender === 'feminine' ? 'обнаружена и обезврежена' : 'обнаружен и обезврежен';
}

function clearedClause(facts: ReportFacts): string {
  const { names, otherCount, outside } = facts.clearedIn;
  let place = '';
  if (names.length > 0) {
    place = `в ${names.length === 1 ? 'районе' : 'районах'} ${otherCount > 0 ? names.join(', ') : joinWithAnd(names)}`;
    if (otherCount > 0) place += ` и в ${countedDistricts(otherCount, OTHER_DISTRICTS_IN)}`;
  } else if (otherCount > 0) {
    place = `в ${countedDistricts(otherCount, DISTRICTS_IN)}`;
  }
  if (outside) place = place ? `${place}, а также за пределами районов` : 'за пределами районов';
  return `очищено ${hectares(facts.clearedHa)}${place ? ` ${place}` : ''}`;
}

function surveyClause(reducedHa: number, cancelledHa: number): string | null {
  const reduced = reducedHa > 0 ? `сокращено ${hectares(reducedHa)} по результатам технического обследования` : null;
  if (cancelledHa <= 0) return reduced;
  const cancelled = `аннулировано ${hectares(cancelledHa)} по результатам нетехнического обследования`;
  return reduced ? `${reduced} и ${cancelled}` : cancelled;
}

/** "1,9 гектара"; "менее 0,1 гектара" for an area that would show as 0,0. */
function hectares(valueHa: number): string {
  const area = hectareFigure(valueHa, 'ru');
  if (area.belowPrecision) return `менее ${area.text} гектара`;
  return `${area.text} ${formFor(HECTARE, area.plural)}`;
}

function formFor(forms: PluralForms, category: Intl.LDMLPluralRule): string {
  return category === 'one' || category === 'few' || category === 'many' ? forms[category] : forms.other;
}

function countedDistricts(count: number, noun: { one: string; other: string }): string {
  return `${formatCount(count, 'ru')} ${plurals.select(count) === 'one' ? noun.one : noun.other}`;
}

function joinWithAnd(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} и ${parts[parts.length - 1]}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('ru') + text.slice(1);
}

import type { ItemCounts } from '../../zones/zone.js';
import { ITEM_KEYS } from '../../zones/zone.js';
import { formatCount } from '../format-count.js';
import { calendarDate } from './calendar-date.js';
import type { CalendarDate } from './calendar-date.js';
import { hectareFigure } from './hectare-figure.js';
import type { ReportFacts, ReportLocale } from './report-locale.js';

/**
 * Item categories as ANAMA's weekly reports name them. Azerbaijani puts no plural on a noun after
 * a numeral ("35 piyada əleyhinə mina"), so one form serves every count.
 */
const ITEM_NOUNS: Readonly<Record<keyof ItemCounts, string>> = {
  apMines: 'piyada əleyhinə mina',
  atMines: 'tank əleyhinə mina',
  uxo: 'partlamamış hərbi sursat',
  otherItems: 'digər partlayıcı sursat',
};

/**
 * Azerbaijani, in the words of ANAMA's weekly reports: "2024-cü il aprelin 21-dən 27-dək 35 piyada
 * əleyhinə mina, 36 tank əleyhinə mina və 574 partlamamış hərbi sursat aşkarlanaraq
 * zərərsizləşdirilib; Tartar, Aghdam və Fuzuli rayonlarında 1,9 hektar ərazi mina və partlamamış
 * hərbi sursatlardan təmizlənib."
 *
 * ICU names months only in the nominative ("27 aprel"); ANAMA dates a period with the genitive
 * month and case endings on the day ("aprelin 21-dən 27-dək"), so those endings are added here
 * by vowel harmony.
 *
 * @example
 * az.writeReport(facts);
 */
export const az: ReportLocale = {
  locale: 'az',
  tableHeadings: {
    name: 'Rayon',
    clearedHa: 'Təmizlənib (ha)',
    reducedHa: 'Azaldılıb (ha)',
    cancelledHa: 'Ləğv edilib (ha)',
    releasedHa: 'Cəmi təhlükədən azad edilib (ha)',
    hazardHa: 'Təhlükəli ərazi (ha)',
    remainingHazardHa: 'Qalan təhlükəli ərazi (ha)',
    apMines: 'Piyada əleyhinə mina',
    atMines: 'Tank əleyhinə mina',
    uxo: 'Partlamamış hərbi sursat',
    otherItems: 'Digər partlayıcı sursat',
    itemsPerClearedHa: 'Təmizlənmiş hektara düşən sursat',
  },
  totalLabel: 'Cəmi',
  outsideRegionsLabel: 'Rayonlardan kənar',
  pageWords: {
    title: 'Ərazilərin azad edilməsi hesabatı',
    wholeRecord: 'Bütün qeydlər',
    released: 'Azad edilib',
    cleared: 'Təmizlənib',
    reduced: 'Texniki tədqiqatla azaldılıb',
    cancelled: 'Qeyri-texniki tədqiqatla ləğv edilib',
    remainingHazard: 'Qalan təhlükəli ərazi',
    items: 'Aşkarlanıb zərərsizləşdirilən əşyalar',
    hectares: 'ha',
    legendHazard: 'Təhlükəli ərazi (şübhəli, təsdiqlənmiş)',
    legendReleased: 'Dövrdə azad edilib (təmizlənib, azaldılıb, ləğv edilib)',
    legendRegions: 'Rayon sərhədi',
    mapCaption: 'Dövr ərzində zonalar',
    byRegion: 'Rayonlar üzrə',
    accepted: 'qəbul edildi',
    rejected: 'rədd edildi',
    print: 'Çap / PDF',
  },
  writeReport,
};

function writeReport(facts: ReportFacts): string {
  const period = periodPhrase(facts.period);
  const found = ITEM_KEYS.filter((key) => facts.items[key] > 0);
  const released = [facts.clearedHa, facts.reducedHa, facts.cancelledHa].some((ha) => ha > 0);
  const sentences: string[] = [];
  if (found.length === 0 && !released) {
    sentences.push(
      `${period} heç bir partlayıcı sursat aşkarlanmayıb, heç bir ərazi təmizlənməyib, azaldılmayıb və ya ləğv edilməyib.`,
    );
  } else {
    const clauses = [
      found.length > 0
        ? `${joinWithAnd(found.map((key) => `${formatCount(facts.items[key], 'az')} ${ITEM_NOUNS[key]}`))} aşkarlanaraq zərərsizləşdirilib`
        : 'heç bir partlayıcı sursat aşkarlanmayıb',
    ];
    if (facts.clearedHa > 0) clauses.push(clearedClause(facts));
    const releaseClause = surveyClause(facts.reducedHa, facts.cancelledHa);
    if (releaseClause) clauses.push(releaseClause);
    sentences.push(`${period} ${clauses.join('; ')}.`);
  }
  if (facts.remainingHazardHa > 0) {
    const label = facts.period.to === null ? 'Qalan təhlükəli ərazi' : 'Dövrün sonunda qalan təhlükəli ərazi';
    sentences.push(`${label}: ${hectares(facts.remainingHazardHa)}.`);
  }
  return sentences.join(' ');
}

function periodPhrase({ from, to }: ReportFacts['period']): string {
  if (from === null && to === null) return 'Qeydə alınmış bütün dövr ərzində';
  const start = from === null ? null : calendarDate(from, 'az', 'summary.period.from');
  const end = to === null ? null : calendarDate(to, 'az', 'summary.period.to');
  if (start === null) {
    const until = end as CalendarDate;
    return `${yearPhrase(until)} ${genitive(until.monthName)} ${until.day}-dək`;
  }
  const since = `${yearPhrase(start)} ${genitive(start.monthName)} ${start.day}-${ablative(start.day)}`;
  if (end === null) return `${since} etibarən`;
  if (from === to) return `${yearPhrase(end)} ${genitive(end.monthName)} ${end.day}-${locative(end.day)}`;
  const until = `${end.day}-dək`;
  if (start.year !== end.year) return `${since} ${yearPhrase(end)} ${genitive(end.monthName)} ${until}`;
  if (start.month !== end.month) return `${since} ${genitive(end.monthName)} ${until}`;
  return `${since} ${until}`;
}

/** "2024-cü il": the ordinal ending written after the digits follows the year's last spoken vowel. */
function yearPhrase(date: CalendarDate): string {
  return `${date.year}-c${fourWayVowel(lastSpokenVowel(date.year))} il`;
}

/** "aprel" → "aprelin", "may" → "mayın", "iyun" → "iyunun". */
function genitive(monthName: string): string {
  const last = monthName[monthName.length - 1].toLocaleLowerCase('az');
  const ending = `${fourWayVowel(lastVowelOf(monthName))}n`;
  return VOWELS.includes(last) ? `${monthName}n${ending}` : `${monthName}${ending}`;
}

/** "21-dən", "26-dan", "10-dan": the ending follows the last vowel of the spoken number. */
function ablative(day: number): string {
  return `d${twoWayVowel(lastSpokenVowel(day))}n`;
}

/** "27-də", "6-da". */
function locative(day: number): string {
  return `d${twoWayVowel(lastSpokenVowel(day))}`;
}

function clearedClause(facts: ReportFacts): string {
  const { names, otherCount, outside } = facts.clearedIn;
  let place = '';
  if (names.length > 0 && otherCount > 0) {
    place = `${names.join(', ')} və daha ${formatCount(otherCount, 'az')} rayonda`;
  } else if (names.length > 1) {
    place = `${joinWithAnd(names)} rayonlarında`;
  } else if (names.length === 1) {
    place = `${names[0]} rayonunda`;
  } else if (otherCount > 0) {
    place = `${formatCount(otherCount, 'az')} rayonda`;
  }
  if (outside) place = place ? `${place}, həmçinin rayonlardan kənarda` : 'rayonlardan kənarda';
  return `${place ? `${place} ` : ''}${hectares(facts.clearedHa)} ərazi mina və partlamamış hərbi sursatlardan təmizlənib`;
}

function surveyClause(reducedHa: number, cancelledHa: number): string | null {
  const reduced = reducedHa > 0 ? `texniki tədqiqat nəticəsində ${hectares(reducedHa)} ərazi azaldılıb` : null;
  if (cancelledHa <= 0) return reduced;
  const cancelled = `qeyri-texniki tədqiqat nəticəsində${reduced ? ' isə' : ''} ${hectares(cancelledHa)} ərazi ləğv edilib`;
  return reduced ? `${reduced}, ${cancelled}` : cancelled;
}

/** "1,9 hektar"; "0,1 hektardan az" for an area that would show as 0,0. */
function hectares(valueHa: number): string {
  const area = hectareFigure(valueHa, 'az');
  return area.belowPrecision ? `${area.text} hektardan az` : `${area.text} hektar`;
}

function joinWithAnd(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} və ${parts[parts.length - 1]}`;
}

const VOWELS = 'aıoueəiöü';

/** Last vowel of the units word: bir, iki, üç, dörd, beş, altı, yeddi, səkkiz, doqquz. */
const UNIT_VOWELS = ['', 'i', 'i', 'ü', 'ö', 'e', 'ı', 'i', 'i', 'u'];
/** Last vowel of the tens word: on, iyirmi, otuz, qırx, əlli, altmış, yetmiş, səksən, doxsan. */
const TEN_VOWELS = ['', 'o', 'i', 'u', 'ı', 'i', 'ı', 'i', 'ə', 'a'];
/** yüz (100), min (1 000), milyon (10⁶), milyard (10⁹). */
const HUNDRED_VOWEL = 'ü';
const THOUSAND_VOWEL = 'i';
const MILLION_VOWEL = 'o';
const BILLION_VOWEL = 'a';

/** The last vowel of a whole number as it is read aloud: 2024 "iki min iyirmi dörd" → ö. */
function lastSpokenVowel(value: number): string {
  if (value % 10 !== 0) return UNIT_VOWELS[value % 10];
  if (value % 100 !== 0) return TEN_VOWELS[(value % 100) / 10];
  if (value % 1000 !== 0) return HUNDRED_VOWEL;
  if (value % 1_000_000 !== 0) return THOUSAND_VOWEL;
  if (value % 1_000_000_000 !== 0) return MILLION_VOWEL;
  return BILLION_VOWEL;
}

function lastVowelOf(word: string): string {
  const lower = word.toLocaleLowerCase('az');
  for (let index = lower.length - 1; index >= 0; index -= 1) {
    if (VOWELS.includes(lower[index])) return lower[index];
  }
  return 'i';
}

/** Two-way harmony (-da/-də): back vowels take a, front vowels ə. */
function twoWayVowel(vowel: string): string {
  return 'aıou'.includes(vowel) ? 'a' : 'ə';
}

/** Four-way harmony (-ın/-in/-un/-ün). */
function fourWayVowel(vowel: string): string {
  if ('aı'.includes(vowel)) return 'ı';
  if ('ou'.includes(vowel)) return 'u';
  if ('öü'.includes(vowel)) return 'ü';
  return 'i';
}

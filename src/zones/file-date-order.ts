import type { ValidationIssue } from '../validate/issue-codes.js';
import { quoteValue } from '../validate/report-issue.js';
import { readAmbiguousDate, readDate } from './normalise-date.js';
import type { DateOrder } from './normalise-date.js';

/** A date that showed the file's order, for messages. */
interface Witness {
  featureIndex: number;
  value: string;
}

/**
 * What one file's dates have shown so far about their order, and the dates waiting for it.
 *
 * Why dates wait instead of the file being read twice: a file's order is settled by any one date
 * (`25/05/2024`) anywhere in it, possibly after a million ambiguous ones, and a streamed file may
 * not be readable twice (a pipe, a download). So an ambiguous date is read as missing at first,
 * and remembered compactly — two numbers, its zone's place in the file and its packed parts, a few
 * bytes beside the kilobytes the zone itself takes — until the file has been read; then
 * {@link settleFileDateOrder} fills it in. Memory stays proportional to the accepted zones, like
 * the zones themselves, and the file is read once.
 */
export interface FileDateOrder {
  /** The order the user gave (CLI `--date-order`, option `dateOrder`), or null to let the file settle it. */
  readonly given: DateOrder | null;
  /** The first date that reads only day-first, and the first that reads only month-first. */
  dayFirst: Witness | null;
  monthFirst: Witness | null;
  /** The first ambiguous date, for messages. */
  firstAmbiguous: Witness | null;
  /** Ambiguous dates of the feature being read, kept only if it is accepted. */
  held: number[];
  /** Per waiting date: its zone's place among the file's accepted zones × 2, + 1 for the end date. */
  places: number[];
  /** Per waiting date: ((year × 100 + first part) × 100 + second part) × 2, + 1 when written with dots. */
  parts: number[];
  /** Accepted zones so far in this file. */
  accepted: number;
}

/** Which zone property a waiting date belongs to. */
export type DateField = 'startDate' | 'endDate';

/**
 * A fresh record for one file; pass the same one to every batch of the file.
 *
 * @example
 * const dates = createFileDateOrder(null);
 */
export function createFileDateOrder(given: DateOrder | null): FileDateOrder {
  return { given, dayFirst: null, monthFirst: null, firstAmbiguous: null, held: [], places: [], parts: [], accepted: 0 };
}

/**
 * Reads one date cell of feature `featureIndex` by {@link readDate} in the file's given order,
 * noting what it proves about the order. Returns the date, `'blank'`, `'invalid'`, or null for an
 * ambiguous date, which is held until {@link keepHeldDates} (the feature was accepted) or
 * {@link dropHeldDates}.
 *
 * @example
 * readFileDate(dates, '25/05/2024', 0, 'endDate'); // '2024-05-25', and dates.dayFirst is set
 */
export function readFileDate(
  dates: FileDateOrder,
  value: unknown,
  featureIndex: number,
  field: DateField,
): string | 'blank' | 'invalid' | null {
  const reading = readDate(value, dates.given);
  switch (reading.kind) {
    case 'blank':
    case 'invalid':
      return reading.kind;
    case 'date':
      if (reading.proves === 'dmy' && dates.dayFirst === null) dates.dayFirst = { featureIndex, value: String(value).trim() };
      if (reading.proves === 'mdy' && dates.monthFirst === null) dates.monthFirst = { featureIndex, value: String(value).trim() };
      return reading.date;
    case 'ambiguous':
      if (dates.firstAmbiguous === null) dates.firstAmbiguous = { featureIndex, value: String(value).trim() };
      dates.held.push(field === 'endDate' ? 1 : 0, ((reading.year * 100 + reading.first) * 100 + reading.second) * 2 + (reading.dotted ? 1 : 0));
      return null;
  }
}

/**
 * The feature whose dates were just read was accepted as the file's next zone: its ambiguous dates
 * wait for the file's order.
 *
 * @example
 * keepHeldDates(dates);
 */
export function keepHeldDates(dates: FileDateOrder): void {
  for (let at = 0; at < dates.held.length; at += 2) {
    dates.places.push(dates.accepted * 2 + dates.held[at]);
    dates.parts.push(dates.held[at + 1]);
  }
  dates.held = [];
  dates.accepted++;
}

/**
 * The feature whose dates were just read was rejected: forget its ambiguous dates.
 *
 * @example
 * dropHeldDates(dates);
 */
export function dropHeldDates(dates: FileDateOrder): void {
  dates.held = [];
}

/**
 * Decides the order of a file once it has been read, calls `fill` with each waiting date that the
 * decision reads (its zone's place among the file's accepted zones, the field, the date), and
 * returns at most one whole-file `ambiguous-date` issue:
 * - the file settled it (some date reads only one way, none the other way): every waiting date is
 *   read so, with an `info` issue naming the order and the date that settled it;
 * - nothing settled it, or the file has dates of both orders: waiting dates written with dots are
 *   read day-first (the dot is a day-first separator in every locale that uses it), with an info
 *   issue; the others stay missing, with one `warning` naming `--date-order` / `dateOrder`.
 *
 * @example
 * const issues = settleFileDateOrder(dates, 'zones.geojson', (place, field, date) => {
 *   zones[place].properties[field] = date;
 * });
 */
export function settleFileDateOrder(
  dates: FileDateOrder,
  fileName: string,
  fill: (place: number, field: DateField, date: string) => void,
): ValidationIssue[] {
  const count = dates.places.length;
  if (count === 0 || dates.firstAmbiguous === null) return [];
  const settled = dates.dayFirst !== null && dates.monthFirst === null ? 'dmy' : dates.monthFirst !== null && dates.dayFirst === null ? 'mdy' : null;
  let dotted = 0;
  for (let at = 0; at < count; at++) {
    const packed = dates.parts[at];
    const isDotted = packed % 2 === 1;
    const order = settled ?? (isDotted ? 'dmy' : null);
    if (order === null) continue;
    if (settled === null) dotted++;
    const code = Math.floor(packed / 2);
    const date = readAmbiguousDate({ year: Math.floor(code / 10_000), first: Math.floor(code / 100) % 100, second: code % 100 }, order);
    const place = dates.places[at];
    if (date !== null) fill(Math.floor(place / 2), place % 2 === 1 ? 'endDate' : 'startDate', date);
  }
  const example = `${quoteValue(dates.firstAmbiguous.value)} (feature ${dates.firstAmbiguous.featureIndex})`;
  const dateCount = `${count} date${count === 1 ? '' : 's'}`;
  if (settled !== null) {
    const witness = settled === 'dmy' ? dates.dayFirst! : dates.monthFirst!;
    const form = settled === 'dmy' ? 'day first (DD/MM/YYYY)' : 'month first (MM/DD/YYYY)';
    return [
      wholeFileIssue(
        'info',
        `${fileName}: ${dateCount} such as ${example} could be read day first or month first; they were read ${form}, ` +
          `as ${quoteValue(witness.value)} (feature ${witness.featureIndex}) shows. If that is wrong, pass --date-order (the dateOrder option).`,
      ),
    ];
  }
  const why =
    dates.dayFirst !== null && dates.monthFirst !== null
      ? `the file has dates of both orders (${quoteValue(dates.dayFirst.value)} in feature ${dates.dayFirst.featureIndex} is day first, ` +
        `${quoteValue(dates.monthFirst.value)} in feature ${dates.monthFirst.featureIndex} month first)`
      : 'no date in the file tells which (none has a first part above 12, as 25/05/2024, or a second part above 12, as 05/25/2024)';
  const missing = count - dotted;
  if (missing === 0) {
    return [
      wholeFileIssue(
        'info',
        `${fileName}: ${dateCount} written with dots such as ${example} could be read day first or month first, and ${why}; ` +
          'they were read day first (DD.MM.YYYY), as dotted dates are written. If they are month first, pass --date-order mdy (the dateOrder option).',
      ),
    ];
  }
  const dottedNote = dotted === 0 ? '' : ` (${dotted} more, written with dots, were read day first)`;
  return [
    wholeFileIssue(
      'warning',
      `${fileName}: ${missing} date${missing === 1 ? '' : 's'} such as ${example} could be read day first or month first, and ${why}; ` +
        `they were treated as missing, so those releases count as undated${dottedNote}. ` +
        'Say how the file writes dates: --date-order dmy (25/05/2024) or --date-order mdy (05/25/2024), the dateOrder option.',
    ),
  ];
}

function wholeFileIssue(severity: 'info' | 'warning', message: string): ValidationIssue {
  return { code: 'ambiguous-date', severity, feature: null, id: null, message };
}

import fc from 'fast-check';
import { validateFeatures } from '../../src/validate/validate-features.js';
import { readDate } from '../../src/zones/normalise-date.js';
import type { DateOrder } from '../../src/zones/normalise-date.js';
import { countCase } from './fuzz-runs.js';

/** A calendar day, 1900–2100, as numbers (month 1–12). */
interface Day {
  year: number;
  month: number;
  day: number;
}

const dayArbitrary: fc.Arbitrary<Day> = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
  .map((date) => ({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }));

function iso(day: Day): string {
  return `${day.year}-${pad(day.month)}-${pad(day.day)}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** How a day is written, and the order it must be read with (null: it reads one way only). */
interface Written {
  value: unknown;
  order: DateOrder | null;
}

/** Every supported way of writing `day`, picked by the arbitrary's other numbers. */
const writtenArbitrary: fc.Arbitrary<{ day: Day; written: Written }> = fc
  .tuple(
    dayArbitrary,
    fc.integer({ min: 0, max: 9 }),
    fc.boolean(),
    fc.constantFrom('/', '.', '-'),
    fc.integer({ min: 0, max: 23 }),
    fc.integer({ min: 0, max: 59 }),
    fc.integer({ min: -14 * 60, max: 14 * 60 }),
    fc.integer({ min: 0, max: 86_399_999 }),
  )
  .map(([day, form, padded, separator, hour, minute, offsetMinutes, millisecond]) => {
    const d = padded ? pad(day.day) : String(day.day);
    const m = padded ? pad(day.month) : String(day.month);
    const time = `${pad(hour)}:${pad(minute)}`;
    const sign = offsetMinutes < 0 ? '-' : '+';
    const offset = `${sign}${pad(Math.floor(Math.abs(offsetMinutes) / 60))}:${pad(Math.abs(offsetMinutes) % 60)}`;
    const forms: Written[] = [
      { value: iso(day), order: null },
      { value: `${iso(day)}T${time}:00.000Z`, order: null },
      { value: `${iso(day)} ${time}`, order: null },
      { value: `${iso(day)}T${time}:00${offset}`, order: null },
      { value: `${day.year}/${m}/${d}`, order: null },
      { value: `${d}${separator}${m}${separator}${day.year}`, order: 'dmy' },
      { value: `${m}${separator}${d}${separator}${day.year} ${time}`, order: 'mdy' },
      { value: `${m}/${d}/${day.year} ${String(((hour + 11) % 12) + 1)}:${pad(minute)}:00 ${hour < 12 ? 'AM' : 'PM'}`, order: 'mdy' },
      // Epoch milliseconds, anywhere within the UTC day (outside 1966–1973, which the rule refuses).
      { value: Date.UTC(day.year, day.month - 1, day.day) + millisecond, order: null },
      { value: new Date(day.year, day.month - 1, day.day, hour, minute), order: null },
    ];
    const written = forms[form];
    const epoch = form === 8 && Math.abs(written.value as number) < 1e11;
    return { day, written: epoch ? forms[0] : written };
  });

/**
 * Any day from 1900 to 2100 written in any supported form reads back as that day: with the order
 * its form needs, and with no order whenever the form reads only one way.
 */
export function writtenDateReadsBackProperty(): fc.IPropertyWithHooks<[{ day: Day; written: Written }]> {
  return fc.property(writtenArbitrary, ({ day, written }) => {
    countCase('a written date reads back');
    const expected = iso(day);
    const given = readDate(written.value, written.order);
    if (given.kind !== 'date' || given.date !== expected) throw new Error(`${JSON.stringify(written)} read as ${JSON.stringify(given)}, not ${expected}`);
    const alone = readDate(written.value, null);
    if (alone.kind === 'date' && alone.date !== expected) throw new Error(`${JSON.stringify(written.value)} read alone as ${alone.date}, not ${expected}`);
    if (alone.kind !== 'date' && alone.kind !== 'ambiguous') throw new Error(`${JSON.stringify(written.value)} read alone as ${alone.kind}`);
  });
}

/**
 * A file of year-last dates in one order, one of which reads only that way, reads back every day
 * with no order given: the file settles it, wherever the settling date stands.
 */
export function fileSettlesOrderProperty(): fc.IPropertyWithHooks<[Day[], 'dmy' | 'mdy', number]> {
  return fc.property(fc.array(dayArbitrary, { minLength: 1, maxLength: 30 }), fc.constantFrom('dmy', 'mdy'), fc.nat(), (days, order, at) => {
    countCase('a file settles its date order');
    const settling = { year: 2024, month: 5, day: 25 };
    const all = [...days];
    all.splice(at % (days.length + 1), 0, settling);
    const features = all.map((day) => ({
      type: 'Feature',
      properties: { status: 'cleared', endDate: order === 'dmy' ? `${pad(day.day)}/${pad(day.month)}/${day.year}` : `${pad(day.month)}/${pad(day.day)}/${day.year}` },
      geometry: { type: 'Polygon', coordinates: [[[0, 0], [0.001, 0], [0.001, 0.001], [0, 0]]] },
    }));
    const { zones } = validateFeatures(features);
    const read = zones.map((zone) => zone.properties.endDate);
    const expected = all.map(iso);
    if (JSON.stringify(read) !== JSON.stringify(expected)) throw new Error(`read ${JSON.stringify(read)}, not ${JSON.stringify(expected)}`);
  });
}

const DATE_LIKE = fc.stringMatching(/^[0-9/.\-: TZzAPM+]{0,40}$/);

/**
 * The date rule on anything — date-like text, any string, numbers, megabytes of digits — never
 * throws, and a date it returns is a real day from 1900 to 2100 written `YYYY-MM-DD`.
 */
export function dateRuleTotalProperty(): fc.IPropertyWithHooks<[unknown, DateOrder | null]> {
  const value = fc.oneof(
    DATE_LIKE,
    fc.string(),
    fc.double(),
    fc.integer(),
    fc.date(),
    fc.nat({ max: 1 << 20 }).map((length) => '7'.repeat(length)),
    fc.constantFrom(null, undefined, true, {}, []),
  );
  return fc.property(value, fc.constantFrom<DateOrder | null>(null, 'dmy', 'mdy', 'ymd'), (input, order) => {
    countCase('the date rule on anything');
    const reading = readDate(input, order);
    if (reading.kind !== 'date') return;
    const [year, month, day] = reading.date.split('-').map(Number);
    const check = new Date(Date.UTC(year, month - 1, day));
    if (!/^\d{4}-\d{2}-\d{2}$/.test(reading.date) || year < 1900 || year > 2100 || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
      throw new Error(`${JSON.stringify(input)} read as ${reading.date}`);
    }
  });
}

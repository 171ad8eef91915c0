import { loadZones, parseLocaleNumber, normaliseStatus } from '../../src/index.js';
import { normaliseDate } from '../../src/zones/normalise-date.js';
import { normaliseCount } from '../../src/zones/normalise-count.js';
import { normaliseReportedArea } from '../../src/zones/normalise-reported-area.js';
import { csvField } from '../../src/report/csv-field.js';
import { escapeTerminalText } from '../../src/cli/escape-terminal-text.js';

/**
 * Strings built to make a backtracking regular expression take quadratic or exponential time:
 * long runs of what a pattern's repeated parts accept, then one character that makes it fail.
 * Each is `length` characters long, about.
 */
export function pathologicalStrings(length: number): Record<string, string> {
  const run = (unit: string, tail: string) => unit.repeat(Math.ceil(length / unit.length)) + tail;
  return {
    digitsThenLetter: run('1', 'x'),
    digitsDotDigitsThenLetter: `${run('1', '')}.${run('1', 'x')}`,
    dotsAndDigits: run('1.', 'x'),
    commasAndDigits: run('1,', 'x'),
    groupsThenLetter: run('111 ', 'x'),
    spacesThenLetter: run(' ', 'x'),
    dashes: run('-', 'x'),
    datesRepeated: run('2024-', 'x'),
    dottedDatesRepeated: run('1.', '2024x'),
    exponentRun: `1e${run('1', 'x')}`,
    lettersThenDigit: run('a', '1'),
    punctuation: run('_-', 'a'),
    escapes: run('\u001b[', '\u202e'),
  };
}

/**
 * Runs every parser of user text over every pathological string: numbers (reported area, counts,
 * locale figures), dates, statuses, ids, field lookup (as property names), the CSV guard, the
 * terminal escape, and the whole load path with the string in every zone property.
 */
export async function parseEveryWay(text: string): Promise<void> {
  parseLocaleNumber(text);
  parseLocaleNumber(text, { locale: 'en' });
  parseLocaleNumber(text, { locale: 'az' });
  normaliseDate(text);
  normaliseCount(text);
  normaliseReportedArea(text);
  normaliseStatus(text);
  csvField(text, null, 'test');
  escapeTerminalText(text);
  const properties = {
    id: text,
    status: text,
    hazardId: text,
    method: text,
    startDate: text,
    endDate: text,
    apMines: text,
    atMines: text,
    uxo: text,
    otherItems: text,
    region: text,
    organisation: text,
    reportedArea: text,
    [text.slice(0, 100_000)]: 'a column name',
  };
  const feature = { type: 'Feature', id: text, properties, geometry: { type: 'Polygon', coordinates: [[[46, 40], [46.01, 40], [46.01, 40.01], [46, 40]]] } };
  await loadZones(JSON.stringify({ type: 'FeatureCollection', features: [feature] }), { fileName: 'strings.geojson' });
}

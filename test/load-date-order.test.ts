import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadZones } from '../src/io/load-zones.js';
import { pathSource } from '../src/node.js';
import { PackedZones } from '../src/zones/packed-zones.js';

// A file's date order is settled by the whole file: dates that read both ways (05/06/2024) take the
// order of a date that reads only one way (25/05/2024) wherever it stands — here after thousands of
// ambiguous ones, across the streaming reader's batches, in a PackedZones sink.

const dir = mkdtempSync(join(tmpdir(), 'cleared-land-dates-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function collection(dates: string[]): string {
  const features = dates.map((endDate, index) => ({
    type: 'Feature',
    properties: { id: `T-${index}`, status: 'cleared', endDate },
    geometry: { type: 'Polygon', coordinates: [[[46 + index * 0.001, 39], [46 + index * 0.001 + 0.0005, 39], [46 + index * 0.001, 39.0005], [46 + index * 0.001, 39]]] },
  }));
  return JSON.stringify({ type: 'FeatureCollection', features });
}

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

// 2,500 ambiguous dates first (three batches of the streaming reader), then the one that settles.
const ambiguousFirst = [...Array.from({ length: 2_500 }, () => '05/06/2024'), '25/05/2024'];

describe('a file settles its own date order', () => {
  test('streamed into a sink: ambiguous dates before the settling one are read in its order', async () => {
    const sink = new PackedZones();
    const result = await loadZones(pathSource(write('day-first.geojson', collection(ambiguousFirst))), { zoneSink: sink });
    expect(result.accepted).toBe(2_501);
    expect(sink.propertiesAt(0).endDate).toBe('2024-06-05');
    expect(sink.propertiesAt(2_499).endDate).toBe('2024-06-05');
    expect(sink.propertiesAt(2_500).endDate).toBe('2024-05-25');
    const dateIssues = result.issues.filter((issue) => issue.code === 'ambiguous-date');
    expect(dateIssues).toHaveLength(1);
    expect(dateIssues[0]).toMatchObject({ severity: 'info', feature: null });
    expect(dateIssues[0].message).toContain('2500 dates such as "05/06/2024" (feature 0)');
    expect(dateIssues[0].message).toContain('read day first (DD/MM/YYYY), as "25/05/2024" (feature 2500) shows');
  });

  test('streamed into a sink after another file: the dates go to this file\'s zones', async () => {
    const sink = new PackedZones();
    await loadZones(pathSource(write('before.geojson', collection(['2024-01-01', '2024-01-02']))), { zoneSink: sink });
    await loadZones(pathSource(write('month-first.geojson', collection(['05/06/2024', '05/25/2024']))), { zoneSink: sink });
    expect([0, 1, 2, 3].map((index) => sink.propertiesAt(index).endDate)).toEqual(['2024-01-01', '2024-01-02', '2024-05-06', '2024-05-25']);
  });

  test('read whole: the same dates as streamed', async () => {
    const result = await loadZones(collection(ambiguousFirst), { fileName: 'whole.geojson' });
    expect(result.zones[0].properties.endDate).toBe('2024-06-05');
    expect(result.issues.filter((issue) => issue.code === 'ambiguous-date')).toHaveLength(1);
  });

  test('nothing settles it: one warning naming --date-order, and the dates are missing', async () => {
    const result = await loadZones(pathSource(write('unsettled.geojson', collection(['05/06/2024', '01/02/2024', '2024-05-25']))));
    expect(result.zones.map((zone) => zone.properties.endDate)).toEqual([null, null, '2024-05-25']);
    const dateIssues = result.issues.filter((issue) => issue.code === 'ambiguous-date');
    expect(dateIssues).toHaveLength(1);
    expect(dateIssues[0]).toMatchObject({ severity: 'warning', feature: null });
    expect(dateIssues[0].message).toBe(
      `${join(dir, 'unsettled.geojson')}: 2 dates such as "05/06/2024" (feature 0) could be read day first or month first, and no date in the file ` +
        'tells which (none has a first part above 12, as 25/05/2024, or a second part above 12, as 05/25/2024); they were treated ' +
        'as missing, so those releases count as undated. Say how the file writes dates: --date-order dmy (25/05/2024) or ' +
        '--date-order mdy (05/25/2024), the dateOrder option.',
    );
  });

  test('dates of both orders: the ambiguous ones stay missing, and the warning names both witnesses', async () => {
    const result = await loadZones(collection(['05/06/2024', '25/05/2024', '05/25/2024']), { fileName: 'mixed.geojson' });
    expect(result.zones.map((zone) => zone.properties.endDate)).toEqual([null, '2024-05-25', '2024-05-25']);
    const [issue] = result.issues.filter((found) => found.code === 'ambiguous-date');
    expect(issue.message).toContain('"25/05/2024" in feature 1 is day first, "05/25/2024" in feature 2 month first');
  });

  test('the dateOrder option decides, and a date against it is invalid', async () => {
    const result = await loadZones(collection(['05/06/2024', '05/25/2024']), { fileName: 'given.geojson', dateOrder: 'dmy' });
    expect(result.zones.map((zone) => zone.properties.endDate)).toEqual(['2024-06-05', null]);
    expect(result.issues.map((issue) => `${issue.feature} ${issue.code}`)).toEqual(['1 invalid-date']);
    expect(result.issues[0].message).toContain('The file was declared to write the day first (--date-order dmy).');
  });

  test('dates written with dots are day first unless the file says otherwise, with an info', async () => {
    const result = await loadZones(collection(['05.06.2024']), { fileName: 'dots.geojson' });
    expect(result.zones[0].properties.endDate).toBe('2024-06-05');
    expect(result.issues.map((issue) => [issue.code, issue.severity])).toEqual([['ambiguous-date', 'info']]);
    const monthFirst = await loadZones(collection(['05.06.2024', '05.25.2024']), { fileName: 'dots.geojson' });
    expect(monthFirst.zones[0].properties.endDate).toBe('2024-05-06');
  });

  test('a rejected feature\'s ambiguous dates are not filled into another zone', async () => {
    const text = JSON.parse(collection(['05/06/2024', '03/04/2024', '25/05/2024']));
    text.features[0].properties.status = 'swept';
    const result = await loadZones(JSON.stringify(text), { fileName: 'rejected.geojson' });
    expect(result.zones.map((zone) => zone.properties.endDate)).toEqual(['2024-04-03', '2024-05-25']);
  });
});

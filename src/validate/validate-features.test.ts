import { describe, expect, test } from 'vitest';
import type { FieldMap } from '../zones/field-map.js';
import type { ZoneStatus } from '../zones/zone.js';
import { ISSUE_CODES } from './issue-codes.js';
import { validateFeatures } from './validate-features.js';

const square = [[46, 40], [46.01, 40], [46.01, 40.01], [46, 40.01], [46, 40]];
const feature = (geometry: unknown, properties: unknown = { status: 'cleared' }, id?: string | number) => ({
  type: 'Feature',
  ...(id === undefined ? {} : { id }),
  properties,
  geometry,
});
const polygon = (...rings: unknown[]) => ({ type: 'Polygon', coordinates: rings });

// One feature per finding; the comment gives the code each should raise.
const mixedFile: Array<unknown | null> = [
  feature(polygon(square), { task_id: 'T-1', status: 'CHA', AP: '3' }), // 0: clean
  null, // 1: unreadable entry, already reported by the parser
  'not a feature', // 2: not-geojson
  feature(null), // 3: null-geometry
  feature({ type: 'LineString', coordinates: square }), // 4: unsupported-geometry
  feature({ type: 'GeometryCollection', geometries: [polygon(square)] }, { status: 'SHA', id: 'T-5' }), // 5: merged-geometry-collection
  feature(polygon([[46, 40], [46.01, null], [46, 40.01], [46, 40]])), // 6: invalid-coordinate
  feature(polygon([[46, 40], [46.01, 40], [46.01, 140], [46, 40]])), // 7: coordinate-out-of-range
  feature(polygon([[652345.1, 4432123.9], [652445.1, 4432123.9], [652445.1, 4432223.9], [652345.1, 4432123.9]])), // 8: projected-coordinates
  feature(polygon([[46, 40], [46.01, 40], [46, 40]])), // 9: too-few-positions
  feature(polygon(square.slice(0, 4)), { status: 'cleared', id: 'T-10' }), // 10: unclosed-ring
  feature(polygon([[46, 40], [46.01, 40], [46.01, 40], [46.01, 40.01], [46, 40]])), // 11: repeated-position
  feature(polygon(square.slice().reverse())), // 12: ring-orientation
  feature(polygon([[46, 40], [46.03125, 40.03125], [46.03125, 40], [46, 40.03125], [46, 40]])), // 13: self-intersection
  feature(polygon([[46, 40], [46.01, 40.01], [46.02, 40.02], [46, 40]])), // 14: zero-area
  feature(polygon(square), { status: 'closed' }), // 15: unknown-status
  feature(polygon(square), { status: 'cleared', end_date: '14/13/2023' }), // 16: invalid-date
  feature(polygon(square), { status: 'cleared', AP: -3 }), // 17: invalid-count
  feature(polygon(square), { status: 'cleared', area_m2: 'big' }), // 18: invalid-reported-area
  feature(polygon(square), { task_id: 'T-1', status: 'reduced' }), // 19: duplicate-id of feature 0
  feature(polygon(square), null, 'F-20'), // 20: no properties at all: unknown-status, id from the Feature
  feature({ type: 'MultiPolygon', coordinates: [[square], [[]]] }), // 21: empty-member
  // 22: self-intersection and ambiguous-repair: traced out and back along its own vertices, so
  // non-zero keeps nothing (zero-area error) and GEOS's linework keeps the square.
  feature(polygon([...square, ...square.slice(0, -1).reverse()])),
  feature(polygon(square), { status: 'cleared', end_date: '05/06/2024' }), // 23: ambiguous-date, once for the file
];

describe('validateFeatures', () => {
  const { zones, issues } = validateFeatures(mixedFile, { fileName: 'zones.geojson' });

  test('accepts or rejects every entry: zones + rejected = input length', () => {
    const rejected = new Set([1, 2, 3, 4, 6, 7, 8, 9, 14, 15, 17, 20, 22]);
    expect(zones.map((zone) => zone.properties.featureIndex)).toEqual([0, 5, 10, 11, 12, 13, 16, 18, 19, 21, 23]);
    expect(zones.length + rejected.size).toBe(mixedFile.length);
    for (const issue of issues) {
      if (issue.severity === 'error') expect(rejected.has(issue.feature!)).toBe(true);
    }
  });

  test('raises each code on the feature made for it, with its severity', () => {
    expect(issues.map((issue) => `${issue.feature} ${issue.code} ${issue.severity}`)).toEqual([
      '2 not-geojson error',
      '3 null-geometry error',
      '4 unsupported-geometry error',
      '5 merged-geometry-collection warning',
      '6 invalid-coordinate error',
      '7 coordinate-out-of-range error',
      '8 projected-coordinates error',
      '9 too-few-positions error',
      '10 unclosed-ring warning',
      '11 repeated-position warning',
      '12 ring-orientation info',
      '13 self-intersection warning',
      '14 zero-area error',
      '15 unknown-status error',
      '16 invalid-date warning',
      '17 invalid-count error',
      '18 invalid-reported-area warning',
      '19 duplicate-id warning',
      '20 unknown-status error',
      '21 empty-member warning',
      '22 ambiguous-repair warning',
      '22 zero-area error',
      'null ambiguous-date warning',
    ]);
  });

  test('raises every per-feature code of validation, and only those', () => {
    const raised = new Set(issues.map((issue) => issue.code));
    expect([...raised].sort()).toEqual(
      [
        'not-geojson',
        'null-geometry',
        'unsupported-geometry',
        'merged-geometry-collection',
        'invalid-coordinate',
        'coordinate-out-of-range',
        'projected-coordinates',
        'too-few-positions',
        'unclosed-ring',
        'repeated-position',
        'ring-orientation',
        'self-intersection',
        'zero-area',
        'unknown-status',
        'invalid-date',
        'invalid-count',
        'invalid-reported-area',
        'duplicate-id',
        'empty-member',
        'ambiguous-repair',
        'ambiguous-date',
      ].sort(),
    );
    for (const code of raised) expect(ISSUE_CODES).toContain(code);
  });

  test('names the earlier feature in a duplicate-id warning', () => {
    expect(issues.find((issue) => issue.code === 'duplicate-id')).toEqual({
      code: 'duplicate-id',
      severity: 'warning',
      feature: 19,
      id: 'T-1',
      message:
        'zones.geojson, feature 19 (id T-1): its id T-1 is also used by feature 0; both were kept. If they are the ' +
        'same task, its items found would be counted twice: remove one, or give them distinct ids.',
    });
  });

  test('says what a non-feature entry is', () => {
    expect(issues[0].message).toBe(
      'zones.geojson, feature 2 (no id): this entry is a string, not a GeoJSON Feature; each entry must be an object ' +
        'with "type": "Feature", a "geometry" and "properties" (an object or null). The entry was rejected.',
    );
    const { issues: others } = validateFeatures([
      { type: 'Polygon', coordinates: [square] },
      [1, 2],
      { type: 'Feature', id: 'X', properties: 'status=cleared', geometry: polygon(square) },
    ]);
    expect(others.map((issue) => issue.message)).toEqual([
      'input, feature 0 (no id): this entry is an object of type "Polygon", not a GeoJSON Feature; each entry must be an object with "type": "Feature", a "geometry" and "properties" (an object or null). The entry was rejected.',
      'input, feature 1 (no id): this entry is an array, not a GeoJSON Feature; each entry must be an object with "type": "Feature", a "geometry" and "properties" (an object or null). The entry was rejected.',
      'input, feature 2 (id X): this entry is a Feature whose properties are a string, not a GeoJSON Feature; each entry must be an object with "type": "Feature", a "geometry" and "properties" (an object or null). The entry was rejected.',
    ]);
  });

  test('builds zones with normalised properties, the Feature id and a repaired geometry', () => {
    expect(zones[0]).toEqual({
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: [square] },
      properties: {
        id: 'T-1',
        status: 'confirmed',
        hazardId: null,
        method: null,
        startDate: null,
        endDate: null,
        apMines: 3,
        atMines: 0,
        uxo: 0,
        otherItems: 0,
        region: null,
        organisation: null,
        reportedAreaM2: null,
        featureIndex: 0,
        source: { task_id: 'T-1', status: 'CHA', AP: '3' },
      },
    });
    expect(zones[0].properties.source).toBe((mixedFile[0] as { properties: unknown }).properties);
    expect(zones[1].geometry).toEqual({ type: 'MultiPolygon', coordinates: [[square]] });
    expect(zones[2].geometry).toEqual({ type: 'Polygon', coordinates: [square] });
    expect(zones[4].geometry).toEqual({ type: 'Polygon', coordinates: [square] });
    // The bowtie's edges cross at its centre, (46.015625, 40.015625): sides of 1/32°, exact in binary.
    expect(zones[5].geometry).toEqual({
      type: 'MultiPolygon',
      coordinates: [
        [[[46, 40], [46.015625, 40.015625], [46, 40.03125], [46, 40]]],
        [[[46.015625, 40.015625], [46.03125, 40], [46.03125, 40.03125], [46.015625, 40.015625]]],
      ],
    });
  });

  test('keeps the Feature id on the zone and uses it when no property gives one', () => {
    const { zones: kept, issues: found } = validateFeatures([feature(polygon(square), { status: 'cleared' }, 7)]);
    expect(found).toEqual([]);
    expect(kept[0].id).toBe(7);
    expect(kept[0].properties.id).toBe('7');
  });

  test('applies the field map and status spellings', () => {
    const fieldMap: FieldMap = { status: 'Hazard_Typ', apMines: 'MINES_AP' };
    const statusValues: Record<string, ZoneStatus> = { 'Closed - Cleared': 'cleared' };
    const { zones: read } = validateFeatures(
      [feature(polygon(square), { Hazard_Typ: 'Closed - Cleared', MINES_AP: '12', status: 'CHA' })],
      { fieldMap, statusValues },
    );
    expect(read[0].properties).toMatchObject({ status: 'cleared', apMines: 12 });
  });

  test('says a given CRS does not fit the data', () => {
    const { issues: found } = validateFeatures([mixedFile[8]], { fileName: 'a.geojson', crs: 'EPSG:4326' });
    expect(found[0].message).toContain('the data does not fit the CRS EPSG:4326');
  });

  test('does not change its input', () => {
    const copy = structuredClone(mixedFile);
    validateFeatures(mixedFile, { fileName: 'zones.geojson' });
    expect(mixedFile).toEqual(copy);
  });

  test('throws on misused options, naming the fix', () => {
    expect(() => validateFeatures({} as unknown as unknown[])).toThrow('features must be an array of GeoJSON Features');
    expect(() => validateFeatures([], { fileName: 3 as unknown as string })).toThrow('fileName must be a string');
    expect(() => validateFeatures([], { fieldMap: { state: 'X' } as FieldMap })).toThrow('fieldMap has an unknown property "state"');
    expect(() => validateFeatures([], { statusValues: { Closed: 'done' as ZoneStatus } })).toThrow('statusValues["Closed"] is "done"');
  });

  test('accepts 20,000 valid task polygons without an issue', () => {
    // Seeded star-shaped rings of 8–60 vertices. Speed is measured by `npm run bench`, not here.
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const features = [];
    for (let i = 0; i < 20_000; i++) {
      const count = 8 + Math.floor(random() * 53);
      const ring = [];
      for (let j = 0; j < count; j++) {
        const angle = (2 * Math.PI * j) / count;
        const radius = 0.002 * (0.6 + 0.4 * random());
        ring.push([46 + (i % 100) * 0.01 + radius * Math.cos(angle), 40 + Math.floor(i / 100) * 0.01 + radius * Math.sin(angle)]);
      }
      ring.push(ring[0]);
      features.push(feature(polygon(ring), { id: `T-${i}`, status: 'cleared', AP: '1' }));
    }
    const result = validateFeatures(features);
    expect(result.zones.length).toBe(20_000);
    expect(result.issues).toEqual([]);
  });
});

import { describe, expect, test } from 'vitest';
import { validateRegions } from './validate-regions.js';

const square = [[[46.5, 40], [46.5, 40.01], [46.51, 40.01], [46.51, 40], [46.5, 40]]];

describe('validateRegions', () => {
  test('keeps valid regions with their properties and id, rewound without a note', () => {
    const { regions, issues } = validateRegions([{ type: 'Feature', id: 7, properties: { name: 'A' }, geometry: { type: 'Polygon', coordinates: square } }]);
    expect(issues).toEqual([]);
    expect(regions).toHaveLength(1);
    expect(regions[0]).toMatchObject({ type: 'Feature', id: 7, properties: { name: 'A' }, geometry: { type: 'Polygon' } });
    // Clockwise in, counterclockwise out (RFC 7946), as zones are.
    expect(regions[0].geometry.coordinates[0][1]).toEqual([46.51, 40]);
  });

  test('rejects what is not a Feature, or has no polygon, naming the file, region, index and id', () => {
    const { regions, issues } = validateRegions(
      [
        'Fuzuli',
        { type: 'Feature', properties: [], geometry: { type: 'Polygon', coordinates: square } },
        null,
        { type: 'Feature', properties: { shapeName: 'Tartar', shapeID: 'T-1' }, geometry: null },
      ],
      { fileName: 'districts.geojson' },
    );
    expect(regions).toEqual([]);
    expect(issues.map((issue) => [issue.code, issue.severity, issue.feature, issue.id])).toEqual([
      ['not-geojson', 'error', 0, null],
      ['not-geojson', 'error', 1, null],
      ['null-geometry', 'error', 3, 'T-1'],
    ]);
    expect(issues[2].message.startsWith('districts.geojson, region "Tartar", feature 3 (id T-1): it has no geometry')).toBe(true);
  });

  test('speaks of regions, not zones, in the geometry checks\' messages', () => {
    const region = (geometry: unknown) => ({ type: 'Feature', properties: { name: 'Agdam' }, geometry });
    const bowtie = [[[46.5, 40], [46.51, 40.01], [46.51, 40], [46.5, 40.01], [46.5, 40]]];
    const { issues } = validateRegions([
      region(null),
      region({ type: 'Polygon', coordinates: [] }),
      region({ type: 'LineString', coordinates: [[46.5, 40], [46.51, 40]] }),
      region({ type: 'GeometryCollection', geometries: [] }),
      region({ type: 'Polygon', coordinates: [[[46.5, 40], [46.51, 40], [46.52, 40], [46.5, 40]]] }),
      region({ type: 'Polygon', coordinates: bowtie }),
    ]);
    expect(issues.map((issue) => issue.code)).toEqual(['null-geometry', 'null-geometry', 'unsupported-geometry', 'null-geometry', 'zero-area', 'self-intersection']);
    for (const issue of issues) expect(issue.message).not.toMatch(/\bzones?\b|The feature was rejected/);
    expect(issues[0].message).toContain('a region needs a Polygon or MultiPolygon outline. The region was rejected.');
    expect(issues[4].message).toContain('a region must enclose land');
    expect(issues[5].message).toContain('crosses itself near [46.505, 40.005]; it was repaired');
    expect(issues[5].message).toContain('Check that the repaired outline is what the boundary file meant.');
  });

  test('takes the id from idField when given', () => {
    const { issues } = validateRegions([{ type: 'Feature', id: 7, properties: { pcode: 'AZ01' }, geometry: { type: 'Point', coordinates: [46.5, 40] } }], { idField: 'pcode' });
    expect(issues[0].id).toBe('AZ01');
  });
});

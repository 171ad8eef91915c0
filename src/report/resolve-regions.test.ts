import { describe, expect, test } from 'vitest';
import type { Feature } from 'geojson';
import { rectangle } from '../../test/fixtures/build-zone.js';
import type { RegionFeature } from '../validate/validate-regions.js';
import { resolveRegions } from './resolve-regions.js';

const district = (properties: Record<string, unknown> | null, id?: string, at = 0): Feature => ({
  type: 'Feature',
  id,
  properties,
  geometry: rectangle(at, 0, at + 1, 1),
});

describe('resolveRegions', () => {
  test('names regions from name, shapeName, NAME or region, then the id, then the position', () => {
    const { regions } = resolveRegions(
      [district({ name: 'Tartar' }), district({ shapeName: 'Fuzuli District' }), district({ NAME: 'Agdam' }), district({ region: 'Lachin' }), district({}, 'D-9'), district(null)],
    );
    expect(regions.map((region) => region.name)).toEqual(['Tartar', 'Fuzuli District', 'Agdam', 'Lachin', 'D-9', 'region 5']);
  });

  test('uses the named field, and throws naming the field, the region and the properties when it is missing', () => {
    expect(resolveRegions([district({ name: 'x', ADM2_EN: 'Tartar' })], { regionField: 'ADM2_EN' }).regions[0].name).toBe('Tartar');
    expect(() => resolveRegions([district({ ADM2_EN: 'Tartar' }), district({ name: 'Agdam' })], { regionField: 'ADM2_EN' })).toThrow(
      "regionField 'ADM2_EN' is missing on region 1; its properties are: name. Pass one of those as regionField.",
    );
  });

  test('gives each region its id: the id field, else the feature id, else shapeID, id, ID, code or CODE', () => {
    const { regions } = resolveRegions([
      district({ name: 'A', shapeID: 'S-1' }, 'F-1'),
      district({ name: 'B', shapeID: 'S-2' }),
      district({ name: 'C', code: 7 }),
      district({ name: 'D' }),
    ]);
    expect(regions.map((region) => region.id)).toEqual(['F-1', 'S-2', '7', null]);
    expect(resolveRegions([district({ name: 'A', pcode: 'AZ01' }, 'F-1')], { regionIdField: 'pcode' }).regions[0].id).toBe('AZ01');
    expect(() => resolveRegions([district({ name: 'A', pcode: 'AZ01' }), district({ name: 'B' })], { regionIdField: 'pcode' })).toThrow(
      "regionIdField 'pcode' is missing on region 1; its properties are: name. Pass one of those as regionIdField.",
    );
  });

  test('keeps regions of the same name but different ids as separate rows, told apart by id, with a warning', () => {
    const { regions, issues } = resolveRegions([
      district({ shapeName: 'Novi Grad', shapeID: 'BA-1' }),
      district({ shapeName: 'Ilidža', shapeID: 'BA-2' }, undefined, 2),
      district({ shapeName: 'Novi Grad', shapeID: 'BA-3' }, undefined, 4),
    ]);
    expect(regions.map((region) => [region.name, region.id, region.label])).toEqual([
      ['Novi Grad', 'BA-1', 'Novi Grad (BA-1)'],
      ['Ilidža', 'BA-2', 'Ilidža'],
      ['Novi Grad', 'BA-3', 'Novi Grad (BA-3)'],
    ]);
    expect(issues).toEqual([
      {
        code: 'duplicate-region-name',
        severity: 'warning',
        feature: 2,
        id: 'BA-3',
        message:
          'regions, feature 2 (id BA-3): its name "Novi Grad" is also the name of feature 0 (id BA-1); both are reported, as separate rows "Novi Grad (BA-1)" and "Novi Grad (BA-3)". If they are one district, give them the same id.',
      },
    ]);
  });

  test('merges features that share an id, and features of the same name without any id (with an info), at the first one’s place', () => {
    const byId = resolveRegions([district({ name: 'Lankaran', code: 'L' }), district({ name: 'Astara', code: 'A' }), district({ name: 'Lankaran island', code: 'L' }, undefined, 5)]);
    expect(byId.regions.map((region) => [region.label, region.geometry.coordinates.length])).toEqual([['Lankaran', 2], ['Astara', 1]]);
    expect(byId.issues).toEqual([]);
    const byName = resolveRegions({ type: 'FeatureCollection', features: [district({ name: 'Lankaran' }), district({ name: 'Astara' }), district({ name: 'Lankaran' }, undefined, 5)] });
    expect(byName.regions.map((region) => [region.label, region.id, region.geometry.coordinates.length])).toEqual([['Lankaran', null, 2], ['Astara', null, 1]]);
    expect(byName.issues.map((issue) => [issue.code, issue.severity, issue.feature])).toEqual([['duplicate-region-name', 'info', 2]]);
    expect(byName.issues[0].message).toContain('neither has an id, so they were reported as one region');
  });

  test('merges a region of 200,000 parts into another of its id without overflowing the stack', () => {
    const parts = Array.from({ length: 200_000 }, (_, index) => rectangle(index * 1e-4, 0, index * 1e-4 + 5e-5, 5e-5).coordinates);
    // As loadRegionFile's result, already validated: only the merging is under test.
    const loaded = {
      fileName: 'many-parts.geojson',
      format: 'geojson' as const,
      regions: [district({ name: 'A', code: 'A' }), { type: 'Feature', properties: { name: 'A', code: 'A' }, geometry: { type: 'MultiPolygon', coordinates: parts } }] as RegionFeature[],
      issues: [],
    };
    const { regions } = resolveRegions(loaded);
    expect(regions[0].geometry.coordinates).toHaveLength(200_001);
  });

  test('throws for a region that is not a polygon, naming its position and type', () => {
    const line: Feature = { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[0, 0], [1, 1]] } };
    expect(() => resolveRegions([district({}), district({}), district({}), line])).toThrow(/^regions, feature 3 \(no id\): .*LineString/);
  });

  test('throws for something that is not a list of features', () => {
    expect(() => resolveRegions({ type: 'Polygon' } as never)).toThrow(
      "regions must be an array of Polygon or MultiPolygon features, a FeatureCollection, or loadRegionFile's result; got an object of type Polygon",
    );
  });
});

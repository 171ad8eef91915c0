import { describe, expect, test } from 'vitest';
import type { Feature } from 'geojson';
import { rectangle } from '../../test/fixtures/build-zone.js';
import { resolveRegions } from './resolve-regions.js';

const district = (properties: Record<string, unknown> | null, id?: string): Feature => ({
  type: 'Feature',
  id,
  properties,
  geometry: rectangle(0, 0, 1, 1),
});

describe('resolveRegions', () => {
  test('names regions from name, shapeName, NAME or region, then the id, then the position', () => {
    const regions = resolveRegions(
      [district({ name: 'Tartar' }), district({ shapeName: 'Fuzuli District' }), district({ NAME: 'Agdam' }), district({ region: 'Lachin' }), district({}, 'D-9'), district(null)],
      null,
    );
    expect(regions.map((region) => region.name)).toEqual(['Tartar', 'Fuzuli District', 'Agdam', 'Lachin', 'D-9', 'region 5']);
  });

  test('uses the named field, and throws naming the field, the region and the properties when it is missing', () => {
    expect(resolveRegions([district({ name: 'x', ADM2_EN: 'Tartar' })], 'ADM2_EN')[0].name).toBe('Tartar');
    expect(() => resolveRegions([district({ ADM2_EN: 'Tartar' }), district({ name: 'Agdam' })], 'ADM2_EN')).toThrow(
      "regionField 'ADM2_EN' is missing on region 1; its properties are: name. Pass one of those as regionField.",
    );
  });

  test('merges features of the same name into one region, at the first one’s place', () => {
    const regions = resolveRegions(
      { type: 'FeatureCollection', features: [district({ name: 'Lankaran' }), district({ name: 'Astara' }), { ...district({ name: 'Lankaran' }), geometry: rectangle(5, 5, 6, 6) }] },
      null,
    );
    expect(regions.map((region) => region.name)).toEqual(['Lankaran', 'Astara']);
    expect(regions[0].geometry.coordinates).toHaveLength(2);
  });

  test('throws for a region that is not a polygon, naming its position and type', () => {
    const line: Feature = { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[0, 0], [1, 1]] } };
    expect(() => resolveRegions([district({}), district({}), district({}), line], null)).toThrow(
      'regions must be Polygon or MultiPolygon features; region 3 is a LineString',
    );
  });

  test('throws for something that is not a list of features', () => {
    expect(() => resolveRegions({ type: 'Polygon' } as never, null)).toThrow(
      'regions must be an array of Polygon or MultiPolygon features or a FeatureCollection; got an object of type Polygon',
    );
  });
});

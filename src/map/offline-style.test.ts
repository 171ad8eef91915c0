import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Point, Polygon, MultiPolygon } from 'geojson';
import { booleanPointInPolygon } from '@turf/turf';
import { OFFLINE_STYLE_IDS, offlineStyle } from './offline-style.js';

const districtsTopology = JSON.parse(
  readFileSync(new URL('../../../shared/data/geoboundaries-aze-adm2/geoBoundaries-AZE-ADM2_simplified.topojson', import.meta.url), 'utf8'),
) as Topology;
const districts = feature(districtsTopology, Object.values(districtsTopology.objects)[0]) as FeatureCollection<Polygon | MultiPolygon>;

function sourceData<T>(style: ReturnType<typeof offlineStyle>, id: string): T {
  const source = style.sources[id];
  if (source?.type !== 'geojson') throw new Error(`no GeoJSON source ${id}`);
  return source.data as T;
}

describe('offlineStyle', () => {
  it('is a valid MapLibre style with no URL anywhere (nothing to fetch)', () => {
    const style = offlineStyle({ regions: districts, regionAttribution: 'geoBoundaries (Runfola et al. 2020), CC BY-SA 3.0' });
    expect(validateStyleMin(style as never)).toEqual([]);
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style)).not.toMatch(/https?:\/\//);
  });

  it('writes each country name once, inside the country', () => {
    const style = offlineStyle();
    const labels = sourceData<FeatureCollection<Point, { name: string }>>(style, OFFLINE_STYLE_IDS.countryLabels);
    const countries = sourceData<FeatureCollection<Polygon | MultiPolygon, { name: string }>>(style, OFFLINE_STYLE_IDS.countries);
    const names = labels.features.map((label) => label.properties.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.length).toBe(countries.features.length);
    const azerbaijan = countries.features.find((country) => country.properties.name === 'Azerbaijan')!;
    const label = labels.features.find((point) => point.properties.name === 'Azerbaijan')!;
    expect(booleanPointInPolygon(label, azerbaijan)).toBe(true);
  });

  it('labels every district name once, inside a polygon of that name', () => {
    const style = offlineStyle({ regions: districts.features });
    const labels = sourceData<FeatureCollection<Point, { name: string }>>(style, `${OFFLINE_STYLE_IDS.regions}-labels`);
    const names = new Set(districts.features.map((region) => region.properties?.shapeName));
    // 79 districts, but "Lankaran District" comes as two features.
    expect(names.size).toBe(78);
    expect(labels.features.map((label) => label.properties.name).sort()).toEqual([...names].sort());
    for (const label of labels.features) {
      const polygons = districts.features.filter((region) => region.properties?.shapeName === label.properties.name);
      expect(polygons.some((polygon) => booleanPointInPolygon(label, polygon)), label.properties.name).toBe(true);
    }
  });

  it('draws no countries when asked, leaving land as the background', () => {
    const style = offlineStyle({ countries: null });
    expect(Object.keys(style.sources)).toEqual([]);
    expect(style.layers).toEqual([{ id: 'basemap-water', type: 'background', paint: { 'background-color': '#F4F1EA' } }]);
  });

  it('refuses regions that are not polygons, naming the feature', () => {
    const line: Feature = { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[0, 0], [1, 1]] } };
    expect(() => offlineStyle({ regions: [districts.features[0], line] })).toThrow('feature 1 is LineString');
  });
});

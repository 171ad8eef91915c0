import { readFileSync } from 'node:fs';
import { toPoint } from 'mgrs';
import { describe, expect, it } from 'vitest';
import { formatMapPosition, mapPosition } from './map-position.js';

interface FixturePoint {
  name: string;
  lonLat: [number, number];
  utm: { zone: number; hemisphere: 'N' | 'S'; easting: number; northing: number };
}
const { points } = JSON.parse(readFileSync(new URL('../../test/fixtures/map-positions.json', import.meta.url), 'utf8')) as {
  points: FixturePoint[];
};

describe('mapPosition', () => {
  for (const point of points) {
    it(`puts ${point.name} in pyproj's UTM zone and coordinates to the millimetre`, () => {
      const { utm } = mapPosition(...point.lonLat);
      expect(utm).not.toBeNull();
      expect([utm!.zone, utm!.hemisphere]).toEqual([point.utm.zone, point.utm.hemisphere]);
      expect(Math.abs(utm!.eastingMeters - point.utm.easting)).toBeLessThan(0.001);
      expect(Math.abs(utm!.northingMeters - point.utm.northing)).toBeLessThan(0.001);
    });

    it(`gives ${point.name} an MGRS reference in the same zone whose 1 m square holds the point`, () => {
      const { mgrs } = mapPosition(...point.lonLat);
      expect(mgrs!.startsWith(String(point.utm.zone))).toBe(true);
      // MGRS truncates to the metre: the square's centre is within a metre and a half of the point.
      const [longitude, latitude] = toPoint(mgrs!);
      const metresPerDegreeLatitude = 111_000;
      expect(Math.abs(latitude - point.lonLat[1]) * metresPerDegreeLatitude).toBeLessThan(1.5);
      expect(Math.abs(longitude - point.lonLat[0]) * metresPerDegreeLatitude * Math.cos((latitude * Math.PI) / 180)).toBeLessThan(1.5);
    });
  }

  it('has no UTM or MGRS beyond 84° N', () => {
    expect(mapPosition(10, 85)).toMatchObject({ utm: null, mgrs: null });
  });
});

describe('formatMapPosition', () => {
  it('writes degrees with hemispheres, UTM in whole metres and MGRS in groups', () => {
    const aghdam = points.find((point) => point.name === 'Aghdam')!;
    const text = formatMapPosition(mapPosition(...aghdam.lonLat));
    expect(text.lonLat).toBe('39.99310° N 46.92740° E');
    expect(text.utm).toBe(`38N ${Math.floor(aghdam.utm.easting)} E ${Math.floor(aghdam.utm.northing)} N`);
    expect(text.mgrs).toMatch(/^38S [A-Z]{2} \d{5} \d{5}$/);
    expect(formatMapPosition(mapPosition(-78.4678, -0.1807)).lonLat).toBe('0.18070° S 78.46780° W');
  });
});

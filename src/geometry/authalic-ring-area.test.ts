import { describe, expect, test } from 'vitest';
import type { Position } from 'geojson';
import fixture from '../../test/fixtures/small-ring-areas.json' with { type: 'json' };
import { areaSquareMeters } from './area.js';
import { AUTHALIC_RING_MAX_DEGREES, authalicRingArea } from './authalic-ring-area.js';

// test/fixtures/make-small-ring-areas.py: rings of 30 m to 4 km at latitudes 0–84°, with their
// areas along geodesics densified 64-fold (referenceM2) and GeographicLib's (geographiclibM2).
const rings = fixture.rings.map(({ ring, referenceM2, geographiclibM2 }) => ({ ring: ring as Position[], referenceM2, geographiclibM2 }));
const relative = (value: number, reference: number) => Math.abs(value - reference) / Math.abs(reference);

function extentDegrees(ring: Position[]): number {
  const longitudes = ring.map((position) => position[0]);
  const latitudes = ring.map((position) => position[1]);
  return Math.max(Math.max(...longitudes) - Math.min(...longitudes), Math.max(...latitudes) - Math.min(...latitudes));
}

describe('authalicRingArea', () => {
  const small = rings.filter(({ ring }) => extentDegrees(ring) <= AUTHALIC_RING_MAX_DEGREES);

  test('the fixture covers the route: most rings are small enough for it, some are not', () => {
    expect(small.length).toBeGreaterThan(90);
    expect(rings.length - small.length).toBeGreaterThan(10);
  });

  test('every small ring is within 1e-9 of its area along densified geodesics, sign included', () => {
    for (const { ring, referenceM2 } of small) {
      expect(relative(authalicRingArea(ring, ring.length), referenceM2)).toBeLessThan(1e-9);
    }
  });

  test('areaSquareMeters is within 1e-9 of the reference on every ring, whichever way it measures', () => {
    for (const { ring, referenceM2 } of rings) {
      const area = areaSquareMeters({ type: 'Polygon', coordinates: [[...ring, ring[0]]] });
      expect(relative(area, Math.abs(referenceM2))).toBeLessThan(1e-9);
    }
  });

  test('the reference is the geodesic area: GeographicLib agrees to 1e-9 wherever its own rounding allows (≥ 100 ha)', () => {
    const large = rings.filter(({ referenceM2 }) => Math.abs(referenceM2) >= 1e6);
    expect(large.length).toBeGreaterThan(20);
    for (const { referenceM2, geographiclibM2 } of large) expect(relative(geographiclibM2, referenceM2)).toBeLessThan(1e-9);
  });

  test('on small rings GeographicLib rounds to about 1e-4 m²: the authalic route is within that of it', () => {
    for (const { ring, geographiclibM2 } of small) {
      const difference = Math.abs(authalicRingArea(ring, ring.length) - geographiclibM2);
      expect(difference).toBeLessThan(Math.max(1e-9 * Math.abs(geographiclibM2), 5e-4));
    }
  });

  test('a repeated closing position changes nothing', () => {
    const { ring } = small[0];
    expect(authalicRingArea([...ring, ring[0]], ring.length + 1)).toBeCloseTo(authalicRingArea(ring, ring.length), 9);
  });
});

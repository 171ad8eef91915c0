import { readFileSync } from 'node:fs';
import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { perimeterMeters } from './perimeter-meters.js';

const fixture = JSON.parse(readFileSync(new URL('../../test/fixtures/map-positions.json', import.meta.url), 'utf8')) as {
  perimeters: { name: string; geometry: Polygon | MultiPolygon; perimeterMeters: number }[];
};

describe('perimeterMeters', () => {
  for (const { name, geometry, perimeterMeters: truth } of fixture.perimeters) {
    it(`matches pyproj Geod.geometry_length for ${name} to the millimetre`, () => {
      expect(Math.abs(perimeterMeters(geometry) - truth)).toBeLessThan(0.001);
    });
  }

  it('closes a ring that does not repeat its first position', () => {
    const open: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [0.001, 0], [0.001, 0.001], [0, 0.001]]] };
    expect(Math.abs(perimeterMeters(open) - fixture.perimeters[0].perimeterMeters)).toBeLessThan(0.001);
  });
});

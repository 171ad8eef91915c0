import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import type { Polygon, Position } from 'geojson';
import { areaSquareMeters } from './area.js';
import { dissolve } from './dissolve.js';

// Truth from shapely/GEOS and pyproj: test/fixtures/make-noisy-squares.py. GEOS itself leaves
// sliver holes in both (101 and 91) and splits off parts; the engine's unions snap vertices within
// 5e-9° of each other first, so the squares' shared corners meet.
interface NoisyCase {
  amplitudeDegrees: number;
  squares: Position[][];
  geos: { parts: number; holes: number; areaM2: number };
}
const fixture: { noiselessAreaM2: number; cases: NoisyCase[] } = JSON.parse(
  readFileSync(new URL('../../test/fixtures/noisy-adjacent-squares.json', import.meta.url), 'utf8'),
);
/** The 20 × 10 grid's outline holds every grid vertex on its sides: 2 × (20 + 10), closed. */
const OUTLINE_POSITIONS = 61;
/** The report's bound against GEOS. */
const GEOS_RELATIVE_TOLERANCE = 1e-6;
/**
 * Against the squares without noise: each outline vertex may be moved by up to √2 × amplitude, so
 * the area by at most the perimeter (5.6 km) times that: 8.3e-10 m² at 1e-12°, 0.85 m² at 1e-9°
 * (4.5e-7 of the 190 ha).
 */
const PERIMETER_METERS = 5_600;
const METERS_PER_DEGREE = 111_320;

test.each(fixture.cases)('dissolves 200 adjacent squares with $amplitudeDegrees° noise on their shared edges into one clean polygon', (noisy) => {
  const squares: Polygon[] = noisy.squares.map((ring) => ({ type: 'Polygon', coordinates: [ring] }));
  const dissolved = dissolve(squares);
  expect(dissolved.coordinates).toHaveLength(1);
  expect(dissolved.coordinates[0]).toHaveLength(1);
  expect(dissolved.coordinates[0][0]).toHaveLength(OUTLINE_POSITIONS);

  const areaM2 = areaSquareMeters(dissolved);
  expect(Math.abs(areaM2 / noisy.geos.areaM2 - 1)).toBeLessThan(GEOS_RELATIVE_TOLERANCE);
  const noiseBoundM2 = PERIMETER_METERS * Math.SQRT2 * noisy.amplitudeDegrees * METERS_PER_DEGREE;
  expect(Math.abs(areaM2 - fixture.noiselessAreaM2)).toBeLessThanOrEqual(noiseBoundM2);
});

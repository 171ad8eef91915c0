// How far Turf's spherical `area` (R = 6,371,008.8 m) is from the WGS84 ellipsoidal area, for a
// ~1 ha and a ~100 km² square at several latitudes. Prints a Markdown table.
// Usage: tsx bench/turf-area-error.ts
import { area as turfArea } from '@turf/turf';
import type { Polygon } from 'geojson';
import { areaSquareMeters } from '../src/geometry/area.js';

const LATITUDES = [0, 20, 40, 60];
const SIDES_METERS: Array<[string, number]> = [['~1 ha', 100], ['~100 km²', 10_000]];
const LONGITUDE = 45;
// Metres per degree, only to size the squares (their exact area is measured, not assumed).
const METERS_PER_DEGREE_LATITUDE = 110_574;
const METERS_PER_DEGREE_LONGITUDE_AT_EQUATOR = 111_320;
const SQUARE_METERS_PER_HECTARE = 10_000;

function square(latitude: number, sideMeters: number): Polygon {
  const halfLatitude = sideMeters / 2 / METERS_PER_DEGREE_LATITUDE;
  const halfLongitude = sideMeters / 2 / (METERS_PER_DEGREE_LONGITUDE_AT_EQUATOR * Math.cos((latitude * Math.PI) / 180));
  const [west, east, south, north] = [LONGITUDE - halfLongitude, LONGITUDE + halfLongitude, latitude - halfLatitude, latitude + halfLatitude];
  return { type: 'Polygon', coordinates: [[[west, south], [east, south], [east, north], [west, north], [west, south]]] };
}

console.log('| square | latitude | WGS84 ellipsoid (ha) | Turf sphere (ha) | Turf error |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const [label, side] of SIDES_METERS) {
  for (const latitude of LATITUDES) {
    const polygon = square(latitude, side);
    const ellipsoid = areaSquareMeters(polygon);
    const sphere = turfArea(polygon);
    const error = ((sphere - ellipsoid) / ellipsoid) * 100;
    console.log(
      `| ${label} | ${latitude}°N | ${(ellipsoid / SQUARE_METERS_PER_HECTARE).toFixed(4)} | ${(sphere / SQUARE_METERS_PER_HECTARE).toFixed(4)} | ${error >= 0 ? '+' : ''}${error.toFixed(3)} % |`,
    );
  }
}

import geographiclib from 'geographiclib-geodesic';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { AUTHALIC_RING_MAX_DEGREES, AUTHALIC_RING_MAX_LATITUDE, authalicRingArea } from './authalic-ring-area.js';

/** 1 ha = 10,000 m². */
export const SQUARE_METERS_PER_HECTARE = 10_000;

const geodesic = geographiclib.Geodesic.WGS84;
/**
 * What each edge asks of GeographicLib: only S12, the area between the edge's geodesic and the
 * equator. PolygonArea also asks for the edge's length (a perimeter cleared-land never uses),
 * which costs a second series per edge.
 */
const AREA_ONLY = geographiclib.Geodesic.AREA | geographiclib.Geodesic.LONG_UNROLL;
// For the rare ring round a pole: PolygonArea counts its meridian crossings and adds the cap.
const accumulator = geodesic.Polygon(false);
const FULL_TURN_DEGREES = 360;
const HALF_TURN_DEGREES = 180;

// Ring areas remembered by ring identity while `withRingAreaCache` runs, else null. A Map, not a
// WeakMap: it lives for one batch of work and goes with it, and a WeakMap of millions of rings
// made every major collection of a national report walk its ephemerons.
let rememberedRingAreas: Map<readonly Position[], number> | null = null;

/**
 * Runs `measure` remembering each ring's area by identity, so a ring measured again (a zone that
 * overlaps nothing passes unchanged into several dissolved layers, the weekly layers and the
 * checks) costs a lookup instead of a geodesic per edge. summarize() measures each edge about
 * three times without it. Only for synchronous work that does not change a ring after measuring
 * it; nested calls share the outer cache. The rings measured stay referenced until `measure`
 * returns, so wrap one batch of work at a time, not a whole national file.
 *
 * @example
 * const summary = withRingAreaCache(() => measureEverything(zones));
 */
export function withRingAreaCache<T>(measure: () => T): T {
  if (rememberedRingAreas) return measure();
  rememberedRingAreas = new Map();
  try {
    return measure();
  } finally {
    rememberedRingAreas = null;
  }
}

/**
 * Area of a Polygon or MultiPolygon on the WGS84 ellipsoid, in square metres, with edges taken as
 * geodesics (GeographicLib's PolygonArea, Karney 2013; rings under about 2 km across on the
 * authalic sphere with a correction for the bowing of geodesics, the same to 1e-9 and ten times
 * faster: see authalicRingArea). Each ring counts by its absolute area, so
 * either winding is accepted: a polygon is its outer ring minus its holes, and a MultiPolygon is the
 * sum of its polygons (overlapping parts are counted twice; dissolve them first).
 *
 * @example
 * // A 0.001° square at the equator: about 1.23 ha.
 * areaSquareMeters({ type: 'Polygon', coordinates: [[[0, 0], [0.001, 0], [0.001, 0.001], [0, 0.001], [0, 0]]] });
 * // 12309.07…
 */
export function areaSquareMeters(geometry: Polygon | MultiPolygon): number {
  if (geometry.type === 'Polygon') return polygonAreaSquareMeters(geometry.coordinates);
  let total = 0;
  for (const rings of geometry.coordinates) total += polygonAreaSquareMeters(rings);
  return total;
}

/**
 * Area of a Polygon or MultiPolygon on the WGS84 ellipsoid, in hectares (m² / 10,000); see
 * {@link areaSquareMeters}.
 *
 * @example
 * areaHectares(zone.geometry); // e.g. 1.2309…
 */
export function areaHectares(geometry: Polygon | MultiPolygon): number {
  return areaSquareMeters(geometry) / SQUARE_METERS_PER_HECTARE;
}

/**
 * Area of one polygon given as rings (outer ring first, then holes), in square metres on the WGS84
 * ellipsoid: |outer| − Σ|holes|.
 *
 * @example
 * polygonAreaSquareMeters(polygon.coordinates);
 */
export function polygonAreaSquareMeters(rings: readonly (readonly Position[])[]): number {
  let total = 0;
  for (let index = 0; index < rings.length; index += 1) {
    const ringArea = ringAreaSquareMeters(rings[index]);
    total += index === 0 ? ringArea : -ringArea;
  }
  return total;
}

function ringAreaSquareMeters(ring: readonly Position[]): number {
  if (!rememberedRingAreas) return measureRing(ring);
  let area = rememberedRingAreas.get(ring);
  if (area === undefined) rememberedRingAreas.set(ring, (area = measureRing(ring)));
  return area;
}

function measureRing(ring: readonly Position[]): number {
  let count = ring.length;
  if (count < 3) return 0;
  const first = ring[0];
  const last = ring[count - 1];
  // GeoJSON repeats the first position at the end; the closing edge is measured from the last
  // distinct position, and the repeated one would only cost one more inverse problem.
  if (first[0] === last[0] && first[1] === last[1]) count -= 1;
  if (count < 3) return 0;
  if (isSmallRing(ring, count)) return Math.abs(authalicRingArea(ring, count));
  // Karney (2013) §6, as PolygonArea does it: the ring's area is the sum of each edge's S12.
  // Summed with Neumaier's compensation (PolygonArea's own accumulator allocates per addition).
  let sum = 0;
  let compensation = 0;
  let turnDegrees = 0;
  let previous = ring[count - 1];
  for (let index = 0; index < count; index += 1) {
    const position = ring[index];
    const edgeArea = geodesic.Inverse(previous[1], previous[0], position[1], position[0], AREA_ONLY).S12 ?? 0;
    const next = sum + edgeArea;
    compensation += Math.abs(sum) >= Math.abs(edgeArea) ? sum - next + edgeArea : edgeArea - next + sum;
    sum = next;
    const stepDegrees = position[0] - previous[0];
    turnDegrees += stepDegrees - FULL_TURN_DEGREES * Math.round(stepDegrees / FULL_TURN_DEGREES);
    previous = position;
  }
  // A ring whose longitudes wind once round the globe encloses a pole: S12 alone misses the cap.
  if (Math.abs(turnDegrees) > HALF_TURN_DEGREES) return measureRingRoundPole(ring, count);
  return Math.abs(sum + compensation);
}

// Survey polygons (tens of metres to a kilometre or two) are measured on the authalic sphere, ten
// times faster and as exact (see authalicRingArea); districts, rings near a pole or across the
// antimeridian (their longitudes span 360°) edge by edge with GeographicLib.
function isSmallRing(ring: readonly Position[], count: number): boolean {
  let west = Infinity;
  let east = -Infinity;
  let south = Infinity;
  let north = -Infinity;
  for (let index = 0; index < count; index += 1) {
    const [longitude, latitude] = ring[index];
    if (longitude < west) west = longitude;
    if (longitude > east) east = longitude;
    if (latitude < south) south = latitude;
    if (latitude > north) north = latitude;
  }
  return (
    east - west <= AUTHALIC_RING_MAX_DEGREES &&
    north - south <= AUTHALIC_RING_MAX_DEGREES &&
    Math.max(Math.abs(south), Math.abs(north)) <= AUTHALIC_RING_MAX_LATITUDE
  );
}

function measureRingRoundPole(ring: readonly Position[], count: number): number {
  accumulator.Clear();
  for (let index = 0; index < count; index += 1) accumulator.AddPoint(ring[index][1], ring[index][0]);
  // sign = true: a clockwise ring gives a negative area instead of "the rest of the Earth".
  return Math.abs(accumulator.Compute(false, true).area ?? 0);
}

import type { Position } from 'geojson';

// WGS84.
const SEMI_MAJOR_AXIS = 6378137;
const FLATTENING = 1 / 298.257223563;
const ECCENTRICITY_SQUARED = FLATTENING * (2 - FLATTENING);
const ECCENTRICITY = Math.sqrt(ECCENTRICITY_SQUARED);
const RADIANS_PER_DEGREE = Math.PI / 180;

/** Snyder (1987) eq. 3-12: q(φ) from sin φ; the authalic latitude β has sin β = q(φ) / q(90°). */
function authalicQ(sinLatitude: number): number {
  return (1 - ECCENTRICITY_SQUARED) * (sinLatitude / (1 - ECCENTRICITY_SQUARED * sinLatitude * sinLatitude) + Math.atanh(ECCENTRICITY * sinLatitude) / ECCENTRICITY);
}

const POLE_Q = authalicQ(1);
/** R_q²: the sphere of this radius has the ellipsoid's area, and (β, λ) maps one onto the other area for area. */
const AUTHALIC_RADIUS_SQUARED = (SEMI_MAJOR_AXIS * SEMI_MAJOR_AXIS * POLE_Q) / 2;

/**
 * The largest ring, in degrees of latitude or longitude, measured by {@link authalicRingArea}
 * (about 2.2 km): up to this size it agrees with geodesic edges to 1e-9 (see below); larger
 * rings, like districts, go to GeographicLib edge by edge.
 */
export const AUTHALIC_RING_MAX_DEGREES = 0.02;
/** Nearer the poles the correction's tan φ grows: rings there go to GeographicLib. */
export const AUTHALIC_RING_MAX_LATITUDE = 85;

/**
 * The area in m² of a small ring whose edges are geodesics on the WGS84 ellipsoid, about ten
 * times faster than solving GeographicLib's inverse problem for every edge. Signed: positive when
 * the ring runs counterclockwise. For rings within {@link AUTHALIC_RING_MAX_DEGREES} and
 * {@link AUTHALIC_RING_MAX_LATITUDE} only (the caller checks).
 *
 * How: the ellipsoid maps onto the authalic sphere (latitude φ → authalic latitude β, longitude
 * kept) without changing any area, so the ring's area is its area on that sphere. There the
 * area of a ring with great-circle edges is exact: each edge contributes the spherical excess of
 * the quadrilateral it makes with the equator, tan(E/2) = tan(Δλ/2)·(t₁ + t₂)/(1 + t₁t₂) with
 * t = tan(β/2) (the formula GeographicLib uses for its own spheres). But a geodesic of the
 * ellipsoid is not quite a great circle of the authalic sphere: written in (φ, λ), the two curves
 * leave a vertex along the same tangent and part with different second derivatives, by terms of
 * order e². Their difference D, from the geodesic equations of the two metrics
 * (M² dφ² + N² cos²φ dλ² and R_q² β'² dφ² + R_q² cos²β dλ²), bows each edge off the great circle
 * by a parabola whose area is (Δ × D)/12 per edge; with the two metrics' area elements equal, that
 * is (M N cos φ / 12)·(−(3/2) δ Δφ² Δλ − c Δλ³), where
 * δ = −2 (M/N) tan φ + 2 tan β · β′ and c = −(N/M) sin φ cos φ + sin β cos β / β′,
 * taken at the ring's mean latitude.
 *
 * Measured against rings densified 64-fold along their geodesics (GeographicLib positions, the
 * same sphere without the correction: test/fixtures/make-small-ring-areas.py, 144 rings at
 * latitudes 0–84° with 4–34 vertices): within 7e-10 for rings under 60 m, 2e-10 up to 200 m and
 * 4e-11 beyond. Without the correction the error was 2e-8 at 1 km; at 5.5 km even the corrected
 * sum reaches 1e-9, so larger rings are left to GeographicLib. GeographicLib's own edge-by-edge
 * sum differs from the same reference by up to 2e-7 on rings of tens of metres: each edge's S12 is
 * a difference of areas to the equator of ~10⁷ m², so its rounding is ~10⁻⁴ m² whatever the
 * ring's size.
 *
 * @param ring Positions [lon, lat] in degrees, the first repeated at the end or not.
 * @param count Positions to use (the ring's length without a repeated closing position).
 * @example
 * // A 0.001° square at the equator: about 1.23 ha.
 * authalicRingArea([[0, 0], [0.001, 0], [0.001, 0.001], [0, 0.001]], 4); // 12309.07…
 */
export function authalicRingArea(ring: readonly Position[], count: number): number {
  let meanLatitude = 0;
  for (let index = 0; index < count; index += 1) meanLatitude += ring[index][1];
  const latitude = (meanLatitude / count) * RADIANS_PER_DEGREE;
  const { alongBoth, alongLongitude, areaElement } = correctionAt(latitude);

  let excess = 0;
  let compensation = 0;
  let bowing = 0;
  let previous = ring[count - 1];
  let previousHalfTan = halfTanAuthalic(previous[1]);
  for (let index = 0; index < count; index += 1) {
    const position = ring[index];
    const halfTan = halfTanAuthalic(position[1]);
    const longitudeStep = (position[0] - previous[0]) * RADIANS_PER_DEGREE;
    const latitudeStep = (position[1] - previous[1]) * RADIANS_PER_DEGREE;
    const edgeExcess = 2 * Math.atan2(Math.tan(longitudeStep / 2) * (previousHalfTan + halfTan), 1 + previousHalfTan * halfTan);
    // Neumaier's compensated sum: the edges' excesses are far larger than the ring's.
    const next = excess + edgeExcess;
    compensation += Math.abs(excess) >= Math.abs(edgeExcess) ? excess - next + edgeExcess : edgeExcess - next + excess;
    excess = next;
    bowing += longitudeStep * (alongBoth * latitudeStep * latitudeStep + alongLongitude * longitudeStep * longitudeStep);
    previous = position;
    previousHalfTan = halfTan;
  }
  // Edges running east add the excess between them and the equator, edges running west take it
  // away: a counterclockwise ring sums to minus its area.
  return -((excess + compensation) * AUTHALIC_RADIUS_SQUARED + bowing * areaElement);
}

// tan(β/2) of a latitude in degrees.
function halfTanAuthalic(latitudeDegrees: number): number {
  const sinAuthalic = authalicQ(Math.sin(latitudeDegrees * RADIANS_PER_DEGREE)) / POLE_Q;
  return sinAuthalic / (1 + Math.sqrt(1 - sinAuthalic * sinAuthalic));
}

// The coefficients of the geodesic's bowing (see authalicRingArea) at latitude φ, times the area
// element M N cos φ / 12 that turns them into square metres.
function correctionAt(latitude: number): { alongBoth: number; alongLongitude: number; areaElement: number } {
  const sinLatitude = Math.sin(latitude);
  const cosLatitude = Math.cos(latitude);
  const sinAuthalic = authalicQ(sinLatitude) / POLE_Q;
  const cosAuthalic = Math.sqrt(1 - sinAuthalic * sinAuthalic);
  const w = 1 - ECCENTRICITY_SQUARED * sinLatitude * sinLatitude;
  const primeVertical = SEMI_MAJOR_AXIS / Math.sqrt(w);
  const meridional = (SEMI_MAJOR_AXIS * (1 - ECCENTRICITY_SQUARED)) / (w * Math.sqrt(w));
  // dβ/dφ, from the equal area elements: R_q² β′ cos β = M N cos φ.
  const authalicRate = (meridional * primeVertical * cosLatitude) / (AUTHALIC_RADIUS_SQUARED * cosAuthalic);
  const delta = -2 * (meridional / primeVertical) * (sinLatitude / cosLatitude) + 2 * (sinAuthalic / cosAuthalic) * authalicRate;
  const c = -(primeVertical / meridional) * sinLatitude * cosLatitude + (sinAuthalic * cosAuthalic) / authalicRate;
  return { alongBoth: -1.5 * delta, alongLongitude: -c, areaElement: (meridional * primeVertical * cosLatitude) / 12 };
}

import { InputLimitError, type InputLimits } from './input-limits.js';

/**
 * Checks one parsed feature (or bare geometry) against the per-feature limits before anything
 * costly is done with it: positions per ring, rings per polygon, parts per multi-geometry, and
 * the length of every property name and string value. Walks without recursion, so a hostile
 * nesting cannot overflow the stack; it looks only at arrays where GeoJSON puts coordinates.
 *
 * @param feature A Feature object (or anything: only well-formed parts are counted; validation
 *   judges the rest).
 * @param index 0-based index of the feature, for the message.
 * @throws {InputLimitError} when a count passes its limit.
 * @example
 * checkFeatureLimits(feature, 4, resolveInputLimits({ maxVerticesPerRing: 100 }));
 * // throws InputLimitError('maxVerticesPerRing', 100, 'a ring of 120 positions (feature 4)')
 */
export function checkFeatureLimits(feature: unknown, index: number, limits: InputLimits): void {
  if (feature === null || typeof feature !== 'object') return;
  const { geometry, properties } = feature as { geometry?: unknown; properties?: unknown };
  checkGeometryLimits(geometry, index, limits);
  checkStringLimits(properties, index, limits);
}

/**
 * Checks one GeoJSON geometry's counts (see {@link checkFeatureLimits}).
 *
 * @example
 * checkGeometryLimits({ type: 'Polygon', coordinates: rings }, 0, defaultInputLimits);
 */
export function checkGeometryLimits(geometry: unknown, index: number, limits: InputLimits): void {
  const pending: unknown[] = [geometry];
  while (pending.length > 0) {
    const item = pending.pop();
    if (item === null || typeof item !== 'object') continue;
    const { type, coordinates, geometries } = item as { type?: unknown; coordinates?: unknown; geometries?: unknown };
    if (type === 'GeometryCollection') {
      if (!Array.isArray(geometries)) continue;
      checkCount(geometries.length, 'maxPartsPerMultiPolygon', limits, () => `a GeometryCollection of ${count(geometries.length)} geometries (feature ${index})`);
      for (const part of geometries) pending.push(part);
      continue;
    }
    if (!Array.isArray(coordinates)) continue;
    switch (type) {
      case 'LineString':
      case 'MultiPoint':
        checkRing(coordinates, index, limits);
        break;
      case 'Polygon':
      case 'MultiLineString':
        checkPolygon(coordinates, index, limits);
        break;
      case 'MultiPolygon':
        checkCount(coordinates.length, 'maxPartsPerMultiPolygon', limits, () => `a MultiPolygon of ${count(coordinates.length)} polygons (feature ${index})`);
        for (const polygon of coordinates) if (Array.isArray(polygon)) checkPolygon(polygon, index, limits);
        break;
    }
  }
}

function checkPolygon(rings: unknown[], index: number, limits: InputLimits): void {
  checkCount(rings.length, 'maxRingsPerPolygon', limits, () => `a polygon of ${count(rings.length)} rings (feature ${index})`);
  for (const ring of rings) if (Array.isArray(ring)) checkRing(ring, index, limits);
}

function checkRing(ring: unknown[], index: number, limits: InputLimits): void {
  checkCount(ring.length, 'maxVerticesPerRing', limits, () => `a ring of ${count(ring.length)} positions (feature ${index})`);
}

// Property values may nest (objects, arrays); every string in them, and every key, counts.
function checkStringLimits(properties: unknown, index: number, limits: InputLimits): void {
  const pending: unknown[] = [properties];
  while (pending.length > 0) {
    const item = pending.pop();
    if (typeof item === 'string') {
      checkCount(item.length, 'maxPropertyChars', limits, () => `a property value of ${count(item.length)} characters (feature ${index})`);
    } else if (Array.isArray(item)) {
      for (const value of item) pending.push(value);
    } else if (item !== null && typeof item === 'object') {
      for (const [key, value] of Object.entries(item)) {
        checkCount(key.length, 'maxPropertyChars', limits, () => `a property name of ${count(key.length)} characters (feature ${index})`);
        pending.push(value);
      }
    }
  }
}

// The message is made only when a limit is passed: formatting a number for every ring and every
// property string (toLocaleString) was 78 % of loading a file in Chromium.
function checkCount(
  found: number,
  limit: 'maxVerticesPerRing' | 'maxRingsPerPolygon' | 'maxPartsPerMultiPolygon' | 'maxPropertyChars',
  limits: InputLimits,
  describe: () => string,
): void {
  if (found > limits[limit]) throw new InputLimitError(limit, limits[limit], describe());
}

function count(value: number): string {
  return value.toLocaleString('en');
}

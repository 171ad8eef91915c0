import { describe, expect, test } from 'vitest';
import { checkFeatureLimits } from './check-feature-limits.js';
import { defaultInputLimits, InputLimitError } from './input-limits.js';

const limits = { ...defaultInputLimits, maxVerticesPerRing: 5, maxRingsPerPolygon: 2, maxPartsPerMultiPolygon: 2, maxPropertyChars: 10 };
const ring = (positions: number) => Array.from({ length: positions }, (_, index) => [index, 0]);
const feature = (geometry: object, properties: object = {}) => ({ type: 'Feature', properties, geometry });

function thrown(run: () => void): InputLimitError | null {
  try {
    run();
    return null;
  } catch (error) {
    return error as InputLimitError;
  }
}

describe('checkFeatureLimits', () => {
  test('passes a feature within every limit', () => {
    expect(thrown(() => checkFeatureLimits(feature({ type: 'Polygon', coordinates: [ring(5), ring(5)] }, { name: 'ten chars!' }), 0, limits))).toBeNull();
  });

  test.each([
    ['a ring of 6 positions (feature 3)', 'maxVerticesPerRing', { type: 'Polygon', coordinates: [ring(6)] }],
    ['a polygon of 3 rings (feature 3)', 'maxRingsPerPolygon', { type: 'Polygon', coordinates: [ring(4), ring(4), ring(4)] }],
    ['a MultiPolygon of 3 polygons (feature 3)', 'maxPartsPerMultiPolygon', { type: 'MultiPolygon', coordinates: [[ring(4)], [ring(4)], [ring(4)]] }],
    ['a ring of 6 positions (feature 3)', 'maxVerticesPerRing', { type: 'GeometryCollection', geometries: [{ type: 'LineString', coordinates: ring(6) }] }],
  ])('stops at %s', (found, limit, geometry) => {
    const error = thrown(() => checkFeatureLimits(feature(geometry), 3, limits));
    expect(error).toBeInstanceOf(InputLimitError);
    expect(error).toMatchObject({ limit, found });
  });

  test('counts every string in the properties, nested ones and names too', () => {
    expect(thrown(() => checkFeatureLimits(feature({ type: 'Point', coordinates: [0, 0] }, { a: { b: ['x'.repeat(11)] } }), 0, limits))).toMatchObject({
      limit: 'maxPropertyChars',
      found: 'a property value of 11 characters (feature 0)',
    });
    expect(thrown(() => checkFeatureLimits(feature(null as never, { ['k'.repeat(11)]: 1 }), 0, limits))).toMatchObject({ limit: 'maxPropertyChars' });
  });
});

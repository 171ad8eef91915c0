import { describe, expect, test } from 'vitest';
import { loadProj4 } from './load-proj4.js';
import { reprojectFeatures } from './reproject-features.js';
import { resolveCrs } from './resolve-crs.js';

const utmPoint = [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [500_000, 0] } }];

// Runs in its own module graph (one per test file), so proj4 starts unloaded here.
describe('loadProj4', () => {
  test('resolves EPSG codes without proj4, and says how to load it for what needs it', () => {
    expect(resolveCrs('EPSG:32638')).toBe('+proj=utm +zone=38 +datum=WGS84 +units=m +no_defs');
    expect(() => reprojectFeatures(utmPoint, 'EPSG:32638')).toThrow('reprojectFeatures: proj4 is loaded on demand; call `await loadProj4()` first');
    expect(() => resolveCrs('+proj=utm +zone=38 +datum=WGS84')).toThrow('resolveCrs: proj4 is loaded on demand');
  });

  test('loads proj4 once, after which the synchronous functions convert', async () => {
    const [first, second] = await Promise.all([loadProj4(), loadProj4()]);
    expect(first).toBe(second);
    const [feature] = reprojectFeatures(utmPoint, 'EPSG:32638') as Array<{ geometry: { coordinates: number[] } }>;
    // UTM zone 38's false easting on the equator is its central meridian, 45° E.
    expect(feature.geometry.coordinates[0]).toBeCloseTo(45, 9);
    expect(feature.geometry.coordinates[1]).toBeCloseTo(0, 9);
  });
});

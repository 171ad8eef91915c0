import { expect, test, vi } from 'vitest';
import { rectangle } from '../../test/fixtures/build-zone.js';
import { areaSquareMeters } from './area.js';
import { dissolve } from './dissolve.js';
import type { ClipFallback } from './try-boolean.js';

// An overlay engine that fails on any input holding longitude 1.7: the stand-in for geometry
// the real one cannot handle.
vi.mock('./overlay-engine.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('./overlay-engine.js')>();
  return {
    ...real,
    overlay: (...operands: Parameters<typeof real.overlay>) => {
      if (JSON.stringify(operands).includes('[1.7,')) throw new Error('Unable to complete output ring (test)');
      return real.overlay(...operands);
    },
  };
});

const LUNE = areaSquareMeters(rectangle(0, 0, 1, 90));

test('merges the rest of a failing group and keeps the polygon that cannot be merged apart, telling which', () => {
  const fallbacks: ClipFallback[] = [];
  const dissolved = dissolve([rectangle(0, 0, 1, 90), rectangle(1.7, 0, 2.5, 90), rectangle(0.5, 0, 2, 90)], {
    onFallback: (fallback) => fallbacks.push(fallback),
  });
  // [0,1] ∪ [0.5,2] = 2 lunes, and [1.7,2.5] measured on its own: 0.8 more, 0.3 counted twice.
  expect(Math.abs(areaSquareMeters(dissolved) / (2.8 * LUNE) - 1)).toBeLessThan(1e-12);
  expect(fallbacks).toHaveLength(1);
  expect(fallbacks[0]).toMatchObject({ operation: 'union', inputs: [1], box: [0, 0, 2.5, 90] });
  expect(fallbacks[0].strategy).toMatch(/counted twice/);
  expect(fallbacks[0].error).toMatch(/Unable to complete output ring/);
});

test('does not throw when nothing is told', () => {
  expect(() => dissolve([rectangle(1.7, 0, 2.5, 90), rectangle(2, 0, 3, 90)])).not.toThrow();
});

import { describe, expect, test } from 'vitest';
import { checkJsonDepth } from './check-json-depth.js';

describe('checkJsonDepth', () => {
  test('allows nesting up to the limit, brackets in strings not counted', () => {
    expect(() => checkJsonDepth('[[[0]]]', 3)).not.toThrow();
    expect(() => checkJsonDepth('[["[[[[\\"[["]]', 2)).not.toThrow();
  });

  test('stops at the first level past it, even 500,000 deep', () => {
    expect(() => checkJsonDepth('[[[[0]]]]', 3)).toThrow('JSON nested more than 3 levels deep');
    expect(() => checkJsonDepth('{"a":'.repeat(500_000), 100)).toThrow('more than 100 levels');
  });
});

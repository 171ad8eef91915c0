import { describe, expect, test } from 'vitest';
import { parseLoadFlags } from './parse-load-flags.js';

describe('parseLoadFlags: limits', () => {
  test('--max-bytes takes a size, --limit NAME=VALUE any limit', () => {
    const { limits } = parseLoadFlags({ 'max-bytes': '8GiB', limit: ['features=3,000,000', 'whole-bytes=256MiB', 'depth=200'] });
    expect(limits).toEqual({ maxBytes: 8 * 1024 ** 3, maxFeatures: 3_000_000, maxWholeBytes: 256 * 1024 ** 2, maxNestingDepth: 200 });
  });

  test('no flags, no limits: the defaults apply', () => {
    expect(parseLoadFlags({}).limits).toEqual({});
  });

  test.each([
    [{ limit: ['vertices=10'] }, "--limit vertices=10: 'vertices' is not a limit; use one of bytes, whole-bytes, features, ring-vertices, polygon-rings, multi-parts, depth, zip-entries, property-chars, compression-ratio"],
    [{ limit: ['features=many'] }, "--limit features=many: the value must be a whole number such as 3000000; got 'many'"],
    [{ 'max-bytes': '4 gigs' }, "--max-bytes 4 gigs: the value must be a size such as 8GiB, 500MB or 1048576; got '4 gigs'"],
    [{ limit: ['features'] }, "--limit needs NAME=VALUE, e.g. --limit features=3000000; got 'features'"],
  ])('refuses %j', (values, message) => {
    expect(() => parseLoadFlags(values)).toThrow(message);
  });
});

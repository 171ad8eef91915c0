import { describe, expect, test } from 'vitest';
import { defaultInputLimits, formatBytes, InputLimitError, inputLimitMessage, limitFlag, parseByteSize, resolveInputLimits } from './input-limits.js';

describe('input limits', () => {
  test('the national file (966 MiB, 1,000,000 features) is within every default', () => {
    expect(966 * 1024 ** 2).toBeLessThan(defaultInputLimits.maxBytes);
    expect(1_000_000).toBeLessThan(defaultInputLimits.maxFeatures);
    expect(defaultInputLimits.maxBytes).toBe(4 * 1024 ** 3);
  });

  test('reads sizes in decimal and binary units', () => {
    expect(parseByteSize('8GiB')).toBe(8 * 1024 ** 3);
    expect(parseByteSize('1.5 GB')).toBe(1_500_000_000);
    expect(parseByteSize('64mib')).toBe(64 * 1024 ** 2);
    expect(parseByteSize('1048576')).toBe(1_048_576);
    expect(parseByteSize('500 kB')).toBe(500_000);
    expect(parseByteSize('lots')).toBeNull();
    expect(parseByteSize('-1GB')).toBeNull();
    expect(parseByteSize('5 XB')).toBeNull();
  });

  test('writes sizes in binary units', () => {
    expect(formatBytes(4 * 1024 ** 3)).toBe('4 GiB');
    expect(formatBytes(966 * 1024 ** 2)).toBe('966 MiB');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(512)).toBe('512 bytes');
  });

  test('the message names the file, what it holds, the limit, the flag and the option', () => {
    const error = new InputLimitError('maxFeatures', 2_000_000, 'more than 2,000,000 features');
    expect(inputLimitMessage(error, 'national.geojson')).toBe(
      'national.geojson has more than 2,000,000 features, over the limit of 2,000,000 features; nothing was read from it. If the file is genuine, raise the limit with --limit features=N (option limits.maxFeatures).',
    );
    expect(limitFlag('maxBytes')).toBe('--max-bytes SIZE');
    expect(limitFlag('maxWholeBytes')).toBe('--limit whole-bytes=SIZE');
  });

  test('merges limits over the defaults and refuses values that are not whole numbers ≥ 0', () => {
    expect(resolveInputLimits({ maxFeatures: 5 })).toEqual({ ...defaultInputLimits, maxFeatures: 5 });
    expect(resolveInputLimits({ maxBytes: Infinity }).maxBytes).toBe(Infinity);
    expect(() => resolveInputLimits({ maxFeatures: -1 })).toThrow('limits.maxFeatures must be a whole number ≥ 0 (or Infinity); got -1');
    expect(() => resolveInputLimits({ maxNestingDepth: 1.5 })).toThrow('limits.maxNestingDepth');
  });
});

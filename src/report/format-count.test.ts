import { describe, expect, it } from 'vitest';
import { formatCount } from './format-count.js';

describe('formatCount', () => {
  it('groups thousands in each locale style', () => {
    expect(formatCount(59163, 'en')).toBe('59,163');
    expect(formatCount(59163, 'az')).toBe('59.163');
    expect(formatCount(59163, 'ru')).toBe('59\u00a0163');
  });

  it('groups four-digit counts too, as CLDR does for these three languages', () => {
    expect(formatCount(1021, 'en')).toBe('1,021');
    expect(formatCount(1021, 'az')).toBe('1.021');
    expect(formatCount(1021, 'ru')).toBe('1\u00a0021');
  });

  it('writes small counts and zero without separators', () => {
    expect(formatCount(574, 'ru')).toBe('574');
    expect(formatCount(0, 'az')).toBe('0');
  });

  it('throws naming the argument for a count that is not a whole number', () => {
    expect(() => formatCount(2.5, 'en')).toThrow('count must be a whole number; got 2.5.');
    expect(() => formatCount(Number.NaN, 'en')).toThrow('got NaN');
  });

  it('throws for an unsupported locale', () => {
    expect(() => formatCount(1, 'de' as never)).toThrow('locale must be one of en, az, ru; got "de"');
  });
});

import { describe, expect, it } from 'vitest';
import { formatHectares } from './format-hectares.js';

describe('formatHectares', () => {
  it('writes one decimal with a comma for thousands and a point for decimals in English', () => {
    expect(formatHectares(1130.6, 'en')).toBe('1,130.6');
    expect(formatHectares(41915.77, 'en')).toBe('41,915.8');
  });

  it('writes a point for thousands and a comma for decimals in Azerbaijani', () => {
    expect(formatHectares(2790.9, 'az')).toBe('2.790,9');
    expect(formatHectares(1.94, 'az')).toBe('1,9');
  });

  it('separates thousands with a no-break space (U+00A0) in Russian so a figure never breaks', () => {
    expect(formatHectares(1130.6, 'ru')).toBe('1\u00a0130,6');
    expect(formatHectares(1_130_600.25, 'ru')).toBe('1\u00a0130\u00a0600,3');
  });

  it('always shows the tenth, even for whole hectares', () => {
    expect(formatHectares(5, 'en')).toBe('5.0');
    expect(formatHectares(0, 'ru')).toBe('0,0');
  });

  it('rounds to the nearest tenth', () => {
    expect(formatHectares(1.96, 'en')).toBe('2.0');
    expect(formatHectares(1.04, 'en')).toBe('1.0');
  });

  it('drops the minus sign from negative zero and from tiny negative floating-point leftovers', () => {
    expect(formatHectares(-0, 'en')).toBe('0.0');
    expect(formatHectares(-1e-12, 'az')).toBe('0,0');
    expect(formatHectares(-2.5, 'en')).toBe('-2.5');
  });

  it('throws naming the argument for a value that is not a finite number', () => {
    expect(() => formatHectares(Number.NaN, 'en')).toThrow('valueHa must be a finite number of hectares; got NaN.');
    expect(() => formatHectares(Number.POSITIVE_INFINITY, 'en')).toThrow('got Infinity');
  });

  it('throws naming the locale argument and the accepted values for an unsupported locale', () => {
    expect(() => formatHectares(1, 'fr' as never)).toThrow('locale must be one of en, az, ru; got "fr"');
  });
});

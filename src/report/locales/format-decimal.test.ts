import { describe, expect, it } from 'vitest';
import { formatDecimal } from './format-decimal.js';

describe('formatDecimal', () => {
  it('writes exactly the asked number of decimals with the locale separators', () => {
    expect(formatDecimal(1130.6, 'en', 2)).toBe('1,130.60');
    expect(formatDecimal(1130.6, 'az', 0)).toBe('1.131');
    expect(formatDecimal(1234567.891, 'ru', 3)).toBe('1\u00a0234\u00a0567,891');
  });

  it('drops the sign of values that round to zero at the asked precision only', () => {
    expect(formatDecimal(-0.004, 'en', 2)).toBe('0.00');
    expect(formatDecimal(-0.006, 'en', 2)).toBe('-0.01');
  });

  it('throws naming the argument for fraction digits outside 0–20', () => {
    expect(() => formatDecimal(1, 'en', 21)).toThrow('fractionDigits must be a whole number from 0 to 20; got 21.');
    expect(() => formatDecimal(1, 'en', 1.5)).toThrow('got 1.5.');
  });
});

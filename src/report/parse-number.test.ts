import { describe, expect, it } from 'vitest';
import { parseLocaleNumber } from './parse-number.js';

describe('parseLocaleNumber', () => {
  it('reads the same weekly figure as different outlets publish it', () => {
    expect(parseLocaleNumber('2.790,9')).toBe(2790.9);
    expect(parseLocaleNumber('1,130.6')).toBe(1130.6);
    expect(parseLocaleNumber('1245.5')).toBe(1245.5);
    expect(parseLocaleNumber('1 130,6')).toBe(1130.6);
  });

  it('reads a comma followed by fewer or more than three digits as a decimal comma', () => {
    expect(parseLocaleNumber('1,9')).toBe(1.9);
    expect(parseLocaleNumber('115,8')).toBe(115.8);
    expect(parseLocaleNumber('41915,77')).toBe(41915.77);
    expect(parseLocaleNumber('1,1306')).toBe(1.1306);
  });

  it('reads a single separator as decimal when what precedes it cannot be a thousands group', () => {
    expect(parseLocaleNumber('0,125')).toBe(0.125);
    expect(parseLocaleNumber('1245.500')).toBe(1245.5);
    expect(parseLocaleNumber(',5')).toBe(0.5);
    expect(parseLocaleNumber('.125')).toBe(0.125);
  });

  it('reads every kind of space as a thousands separator, never as decimals', () => {
    expect(parseLocaleNumber('2 436 776')).toBe(2436776);
    expect(parseLocaleNumber('1\u00a0130,6')).toBe(1130.6);
    expect(parseLocaleNumber('1\u202f130,6')).toBe(1130.6);
    expect(parseLocaleNumber('1\u2009130.6')).toBe(1130.6);
    expect(parseLocaleNumber('1 130')).toBe(1130);
  });

  it('reads a separator that appears more than once as a thousands separator', () => {
    expect(parseLocaleNumber('1.130.600')).toBe(1130600);
    expect(parseLocaleNumber('305,765,807')).toBe(305765807);
    expect(parseLocaleNumber('1,130,600.25')).toBe(1130600.25);
    expect(parseLocaleNumber('1.130.600,25')).toBe(1130600.25);
  });

  it('returns null for "1,130" and "1.130" without a locale: thousands in one style, decimals in another', () => {
    expect(parseLocaleNumber('1,130')).toBeNull();
    expect(parseLocaleNumber('1.130')).toBeNull();
    expect(parseLocaleNumber('344,000')).toBeNull();
  });

  it("settles the ambiguous case with the locale's decimal separator", () => {
    expect(parseLocaleNumber('1,130', { locale: 'en' })).toBe(1130);
    expect(parseLocaleNumber('1.130', { locale: 'en' })).toBe(1.13);
    expect(parseLocaleNumber('1,130', { locale: 'az' })).toBe(1.13);
    expect(parseLocaleNumber('1.130', { locale: 'az' })).toBe(1130);
    expect(parseLocaleNumber('1,130', { locale: 'ru' })).toBe(1.13);
    expect(parseLocaleNumber('1.130', { locale: 'ru' })).toBe(1130);
  });

  it('reads unambiguous figures the same whatever the locale', () => {
    expect(parseLocaleNumber('1,9', { locale: 'en' })).toBe(1.9);
    expect(parseLocaleNumber('2.790,9', { locale: 'en' })).toBe(2790.9);
    expect(parseLocaleNumber('1,130.6', { locale: 'az' })).toBe(1130.6);
  });

  it('reads whole numbers, surrounding spaces and a leading minus', () => {
    expect(parseLocaleNumber('1245')).toBe(1245);
    expect(parseLocaleNumber('  97 ')).toBe(97);
    expect(parseLocaleNumber('-1,5')).toBe(-1.5);
    expect(parseLocaleNumber('\u22122.790,9')).toBe(-2790.9);
    expect(parseLocaleNumber('-0')).toBe(0);
  });

  it('returns null for text that is not a figure', () => {
    for (const text of ['', ' ', '1,9 ha', 'abc', '+5', '1e3', '1,', '1.', '.', '1,,9', '1..130', '--1', '١٢']) {
      expect(parseLocaleNumber(text), JSON.stringify(text)).toBeNull();
    }
  });

  it('returns null for thousands groups of the wrong size', () => {
    for (const text of ['1,13.6', '12,34,567', '1 13', '1.1300.000', '0,130,000', '1234 567', '1,130 600']) {
      expect(parseLocaleNumber(text), JSON.stringify(text)).toBeNull();
    }
  });

  it('returns null when the decimal separator appears twice or before a group separator', () => {
    for (const text of ['1.130,6,5', '1,130.6.5', '1.5,130', '1 130,6 5']) {
      expect(parseLocaleNumber(text), JSON.stringify(text)).toBeNull();
    }
  });

  it('throws naming the argument for a text that is not a string, or an unsupported locale', () => {
    expect(() => parseLocaleNumber(12 as never)).toThrow('text must be a string holding a figure such as "1 130,6"; got number.');
    expect(() => parseLocaleNumber('1,130', { locale: 'de' as never })).toThrow(
      'options.locale must be one of en, az, ru; got "de"',
    );
  });
});

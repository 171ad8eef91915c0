import { describe, expect, it } from 'vitest';
import { assertSupportedLocale, SUPPORTED_LOCALES } from './supported-locales.js';

describe('SUPPORTED_LOCALES', () => {
  it('lists English, Azerbaijani and Russian', () => {
    expect(SUPPORTED_LOCALES).toEqual(['en', 'az', 'ru']);
  });
});

describe('assertSupportedLocale', () => {
  it('returns a supported locale unchanged', () => {
    expect(assertSupportedLocale('az', 'options.locale')).toBe('az');
  });

  it('throws naming the argument, the value and the accepted values', () => {
    expect(() => assertSupportedLocale('en-GB', 'options.locale')).toThrow(
      'options.locale must be one of en, az, ru; got "en-GB". Pass one of these locale codes.',
    );
    expect(() => assertSupportedLocale(undefined, 'locale')).toThrow('locale must be one of en, az, ru; got undefined.');
  });
});

import { describe, expect, it } from 'vitest';
import { getReportLocale } from './get-report-locale.js';

describe('getReportLocale', () => {
  it('gives each supported language its own words', () => {
    expect(['en', 'az', 'ru'].map((locale) => getReportLocale(locale, 'locale').totalLabel)).toEqual(['Total', 'Cəmi', 'Итого']);
    expect(getReportLocale('ru', 'locale').locale).toBe('ru');
  });

  it('throws naming the argument for an unsupported language', () => {
    expect(() => getReportLocale('EN', 'options.locale')).toThrow('options.locale must be one of en, az, ru; got "EN"');
  });
});

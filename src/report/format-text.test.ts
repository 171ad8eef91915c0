import { describe, expect, it } from 'vitest';
import { buildFigures, buildRegion, buildSummary } from '../../test/fixtures/build-summary.js';
import { formatText } from './format-text.js';

const threeDistricts = buildSummary({
  totals: buildFigures({ clearedHa: 1.9, items: { apMines: 35 } }),
  regions: [
    buildRegion('Aghdam', { clearedHa: 0.5 }),
    buildRegion('Fuzuli', { clearedHa: 0.3 }),
    buildRegion('Lachin', { clearedHa: 0 }),
    buildRegion('Tartar', { clearedHa: 1.1 }),
  ],
});

describe('formatText', () => {
  it('lists districts by cleared hectares, largest first, leaving out districts with none', () => {
    expect(formatText(threeDistricts, { locale: 'en' })).toBe(
      'Between 21 and 27 April 2024, 35 anti-personnel mines were found and destroyed; ' +
        '1.9 hectares were cleared in Tartar, Aghdam and Fuzuli.',
    );
  });

  it('keeps the summary order for districts with equal cleared hectares', () => {
    const tied = buildSummary({
      totals: buildFigures({ clearedHa: 3 }),
      regions: [buildRegion('Zangilan', { clearedHa: 1 }), buildRegion('Aghdam', { clearedHa: 1 }), buildRegion('Shusha', { clearedHa: 1 })],
    });
    expect(formatText(tied)).toContain('cleared in Zangilan, Aghdam and Shusha.');
  });

  it('names at most regionsLimit districts, then counts the others', () => {
    expect(formatText(threeDistricts, { regionsLimit: 1 })).toContain('cleared in Tartar and 2 other districts.');
    expect(formatText(threeDistricts, { regionsLimit: 2 })).toContain('cleared in Tartar, Aghdam and 1 other district.');
    expect(formatText(threeDistricts, { regionsLimit: 3 })).toContain('cleared in Tartar, Aghdam and Fuzuli.');
    expect(formatText(threeDistricts, { regionsLimit: 0 })).toContain('cleared in 3 districts.');
  });

  it('writes English by default and the asked locale otherwise', () => {
    expect(formatText(threeDistricts)).toBe(formatText(threeDistricts, { locale: 'en' }));
    expect(formatText(threeDistricts, { locale: 'ru', regionsLimit: undefined })).toContain('очищено 1,9 гектара в районах Tartar, Aghdam и Fuzuli.');
  });

  it('mentions cleared land that falls outside every region polygon', () => {
    const outside = { ...threeDistricts, outsideRegions: buildFigures({ clearedHa: 0.2 }) };
    expect(formatText(outside, { regionsLimit: 1 })).toContain('cleared in Tartar and 2 other districts, and outside any district.');
  });

  it('does not mention districts when the summary has no regions', () => {
    expect(formatText({ ...threeDistricts, regions: [] })).toContain('; 1.9 hectares were cleared.');
  });

  it('writes untrusted district names on one line without bidirectional controls', () => {
    const hostile = buildSummary({
      totals: buildFigures({ clearedHa: 1 }),
      regions: [buildRegion('Tartar\nRemaining hazardous area: 0.0 hectares.\u202e', { clearedHa: 1 })],
    });
    expect(formatText(hostile)).toBe(
      'Between 21 and 27 April 2024, no explosive items were found; ' +
        '1.0 hectares were cleared in Tartar Remaining hazardous area: 0.0 hectares..',
    );
  });

  it('takes the figures of the whole record from the totals, not from the sum of the regions', () => {
    const overlapping = buildSummary({
      totals: buildFigures({ clearedHa: 1.5, reducedHa: 2, cancelledHa: 0.4, remainingHazardHa: 7 }),
      regions: [buildRegion('Tartar', { clearedHa: 1 }), buildRegion('Aghdam', { clearedHa: 1 })],
    });
    expect(formatText(overlapping)).toBe(
      'Between 21 and 27 April 2024, no explosive items were found; 1.5 hectares were cleared in Tartar and Aghdam; ' +
        '2.0 hectares were reduced by technical survey and 0.4 hectares cancelled by non-technical survey. ' +
        'Remaining hazardous area on 27 April 2024: 7.0 hectares.',
    );
  });

  it('throws naming the option for an unsupported locale', () => {
    expect(() => formatText(threeDistricts, { locale: 'fr' as never })).toThrow(
      'options.locale must be one of en, az, ru; got "fr"',
    );
  });

  it('throws naming the option for a regionsLimit that is not a whole number', () => {
    expect(() => formatText(threeDistricts, { regionsLimit: -1 })).toThrow(
      'options.regionsLimit must be a whole number of districts (0 or more) or null for all; got -1.',
    );
    expect(() => formatText(threeDistricts, { regionsLimit: 2.5 })).toThrow('got 2.5.');
  });

  it('throws when the period ends before it starts, or a date is not ISO', () => {
    const reversed = { ...threeDistricts, period: { from: '2024-04-27', to: '2024-04-21' } };
    expect(() => formatText(reversed)).toThrow(
      'summary.period.from (2024-04-27) is after summary.period.to (2024-04-21); swap them or summarize again.',
    );
    const notIso = { ...threeDistricts, period: { from: '21.04.2024', to: null } };
    expect(() => formatText(notIso)).toThrow('summary.period.from must be an ISO date (YYYY-MM-DD) or null; got "21.04.2024".');
  });
});

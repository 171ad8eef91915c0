import { describe, expect, it } from 'vitest';
import { buildFigures, buildRegion, buildSummary } from '../../test/fixtures/build-summary.js';
import { formatMarkdown } from './format-markdown.js';

const summary = buildSummary({
  totals: buildFigures({
    clearedHa: 1130.64,
    reducedHa: 12.4,
    cancelledHa: 3,
    releasedHa: 1146.04,
    hazardHa: 2790.9,
    remainingHazardHa: 1644.86,
    items: { apMines: 35, atMines: 36, uxo: 1021, otherItems: 2 },
    itemsPerClearedHa: 0.964,
  }),
  regions: [
    buildRegion('Tartar', {
      clearedHa: 1130.64,
      releasedHa: 1130.64,
      hazardHa: 2000,
      remainingHazardHa: 869.36,
      items: { apMines: 35, atMines: 36, uxo: 1021, otherItems: 2 },
      itemsPerClearedHa: 0.964,
    }),
    buildRegion('Lachin', { reducedHa: 12.4, cancelledHa: 3, releasedHa: 15.4, hazardHa: 790.9, remainingHazardHa: 775.5 }),
  ],
});

describe('formatMarkdown', () => {
  it('writes a table with a row per region and a bold total, hectares to one decimal, in English', () => {
    expect(formatMarkdown(summary, { locale: 'en' })).toBe(
      [
        '| District | Cleared (ha) | Reduced (ha) | Cancelled (ha) | Released (ha) | Hazardous area (ha) | Remaining hazardous area (ha) | AP mines | AT mines | UXO | Other items | Items per cleared ha |',
        '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
        '| Tartar | 1,130.6 | 0.0 | 0.0 | 1,130.6 | 2,000.0 | 869.4 | 35 | 36 | 1,021 | 2 | 1.0 |',
        '| Lachin | 0.0 | 12.4 | 3.0 | 15.4 | 790.9 | 775.5 | 0 | 0 | 0 | 0 | — |',
        '| **Total** | 1,130.6 | 12.4 | 3.0 | 1,146.0 | 2,790.9 | 1,644.9 | 35 | 36 | 1,021 | 2 | 1.0 |',
      ].join('\n'),
    );
  });

  it('writes headings and figures in the style of the locale', () => {
    const az = formatMarkdown(summary, { locale: 'az' }).split('\n');
    expect(az[0].startsWith('| Rayon | Təmizlənib (ha) |')).toBe(true);
    expect(az[2]).toBe('| Tartar | 1.130,6 | 0,0 | 0,0 | 1.130,6 | 2.000,0 | 869,4 | 35 | 36 | 1.021 | 2 | 1,0 |');
    expect(az[4].startsWith('| **Cəmi** | 1.130,6 |')).toBe(true);
    const ru = formatMarkdown(summary, { locale: 'ru' }).split('\n');
    expect(ru[0].startsWith('| Район | Очищено (га) |')).toBe(true);
    expect(ru[2]).toBe(
      '| Tartar | 1\u00a0130,6 | 0,0 | 0,0 | 1\u00a0130,6 | 2\u00a0000,0 | 869,4 | 35 | 36 | 1\u00a0021 | 2 | 1,0 |',
    );
    expect(ru[4].startsWith('| **Итого** |')).toBe(true);
  });

  it('writes English by default', () => {
    expect(formatMarkdown(summary)).toBe(formatMarkdown(summary, { locale: 'en' }));
  });

  it('adds a row for land outside the regions before the total', () => {
    const lines = formatMarkdown({ ...summary, outsideRegions: buildFigures({ clearedHa: 0.25 }) }).split('\n');
    expect(lines[4]).toBe('| Outside regions | 0.3 | 0.0 | 0.0 | 0.0 | 0.0 | 0.0 | 0 | 0 | 0 | 0 | — |');
    expect(lines[5].startsWith('| **Total** |')).toBe(true);
  });

  it("escapes '|' in a name so it cannot end the cell or add columns", () => {
    const row = formatMarkdown(buildSummary({ regions: [buildRegion('Tartar | 999 | 999')] })).split('\n')[2];
    expect(row.startsWith('| Tartar \\| 999 \\| 999 | 0.0 |')).toBe(true);
    // Unescaped pipes are exactly the 13 column borders.
    expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(14);
  });

  it('escapes links, images, HTML, emphasis, code, entities and backslashes in names', () => {
    const name = '[x](javascript:alert(1)) ![i](http://t/p.png) <img src=x onerror=alert(1)> *b* _i_ `c` &amp; a\\b ~~s~~';
    const row = formatMarkdown(buildSummary({ regions: [buildRegion(name)] })).split('\n')[2];
    expect(row.split(' | ')[0]).toBe(
      '| \\[x\\]\\(javascript\\:alert\\(1\\)\\) \\!\\[i\\]\\(http\\:\\/\\/t\\/p\\.png\\) ' +
        '\\<img src\\=x onerror\\=alert\\(1\\)\\> \\*b\\* \\_i\\_ \\`c\\` \\&amp\\; a\\\\b \\~\\~s\\~\\~',
    );
  });

  it('keeps a name with line breaks on its row', () => {
    const lines = formatMarkdown(buildSummary({ regions: [buildRegion('Tartar\n| --- |\r\nX')] })).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[2].startsWith('| Tartar \\| \\-\\-\\- \\| X | 0.0 |')).toBe(true);
  });

  it('leaves letters of other scripts unescaped', () => {
    const row = formatMarkdown(buildSummary({ regions: [buildRegion('Ağdərə Тертер')] })).split('\n')[2];
    expect(row.startsWith('| Ağdərə Тертер | 0.0 |')).toBe(true);
  });

  it('throws naming the option for an unsupported locale', () => {
    expect(() => formatMarkdown(summary, { locale: 'tr' as never })).toThrow('options.locale must be one of en, az, ru; got "tr"');
  });
});

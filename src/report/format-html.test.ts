import { describe, expect, it } from 'vitest';
import { buildFigures, buildRegion, buildSummary } from '../../test/fixtures/build-summary.js';
import { formatHtml } from './format-html.js';
import { formatText } from './format-text.js';

const summary = buildSummary({
  totals: buildFigures({
    clearedHa: 1.94,
    reducedHa: 12.4,
    cancelledHa: 3,
    releasedHa: 17.34,
    hazardHa: 2790.9,
    remainingHazardHa: 1644.86,
    items: { apMines: 35, atMines: 36, uxo: 574, otherItems: 0 },
    itemsPerClearedHa: 332.5,
  }),
  regions: [
    buildRegion('Tartar', { clearedHa: 1.94, releasedHa: 1.94, items: { apMines: 35, atMines: 36, uxo: 574 } }),
    buildRegion('<img src=x onerror=alert(1)> & "Lachin"', { reducedHa: 12.4, cancelledHa: 3, releasedHa: 15.4 }),
  ],
});

/** The text a reader sees: tags removed, entities decoded. */
const visibleText = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&')
    .replace(/\s+/g, ' ');

describe('formatHtml', () => {
  it('shows the period, the weekly sentence and the released hectares as the locale writes them', () => {
    const text = visibleText(formatHtml(summary, { locale: 'en' }));
    expect(text).toContain('21 April 2024 – 27 April 2024');
    expect(text).toContain(formatText(summary, { locale: 'en' }));
    expect(text).toContain('Released 17.3 ha');
    expect(text).toContain('Remaining hazardous area 1,644.9 ha');
    expect(text).toContain('Items found and destroyed 645');
  });

  it('writes Azerbaijani figures with a decimal comma', () => {
    const text = visibleText(formatHtml(summary, { locale: 'az' }));
    expect(text).toContain('Azad edilib 17,3 ha');
    expect(text).toContain(formatText(summary, { locale: 'az' }));
  });

  it('escapes names from files, so markup in a district name stays text', () => {
    const html = formatHtml(summary, { locale: 'en' });
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Lachin&quot;');
  });

  it('refers to nothing outside itself and tells the browser so', () => {
    const plain = { ...summary, regions: summary.regions.slice(0, 1) };
    const html = formatHtml(plain, { locale: 'en', mapSvg: '<svg class="map"></svg>', attribution: 'Zones: week17.geojson' });
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).not.toMatch(/\b(src|href)=/);
    expect(html).not.toMatch(/url\(/);
    expect(html).toContain('<svg class="map"></svg>');
    expect(visibleText(html)).toContain('Zones in the period. Zones: week17.geojson');
  });

  it('lays the page out for A4 portrait', () => {
    expect(formatHtml(summary)).toContain('@page { size: A4 portrait;');
  });

  it('says so in large type when the figures are the synthetic sample', () => {
    expect(visibleText(formatHtml(summary, { sample: true }))).toContain('SAMPLE DATA — synthetic, not a real record');
    expect(visibleText(formatHtml(summary))).not.toContain('SAMPLE DATA');
  });

  it('ends the table with the total row', () => {
    const text = visibleText(formatHtml(summary, { locale: 'en' }));
    expect(text).toContain('Total 1.9 12.4 3.0 17.3 2,790.9 1,644.9 35 36 574 0 332.5');
  });
});

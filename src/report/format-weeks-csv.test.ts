import { describe, expect, it } from 'vitest';
import { buildSummary } from '../../test/fixtures/build-summary.js';
import { formatWeeksCsv } from './format-weeks-csv.js';

const HEADER = 'week_start,week_end,cleared_ha,reduced_ha,cancelled_ha,released_ha,ap_mines,at_mines,uxo,other_items';

const summary = buildSummary({
  weeks: [
    {
      weekStart: '2024-04-15',
      weekEnd: '2024-04-21',
      clearedHa: 0.1432,
      reducedHa: 0,
      cancelledHa: 2.25,
      releasedHa: 2.3932,
      items: { apMines: 2, atMines: 3, uxo: 41, otherItems: 0 },
    },
    {
      weekStart: '2024-04-22',
      weekEnd: '2024-04-28',
      clearedHa: 1.7649,
      reducedHa: 12.4,
      cancelledHa: 0,
      releasedHa: 14.1649,
      items: { apMines: 33, atMines: 33, uxo: 533, otherItems: 1 },
    },
  ],
});

describe('formatWeeksCsv', () => {
  it('writes one row per week, oldest first, with CRLF line ends', () => {
    expect(formatWeeksCsv(summary)).toBe(
      [
        HEADER,
        '2024-04-15,2024-04-21,0.1432,0,2.25,2.3932,2,3,41,0',
        '2024-04-22,2024-04-28,1.7649,12.4,0,14.1649,33,33,533,1',
        '',
      ].join('\r\n'),
    );
  });

  it('rounds hectares to the given decimals, never counts', () => {
    expect(formatWeeksCsv(summary, { decimals: 1 }).split('\r\n')[2]).toBe('2024-04-22,2024-04-28,1.8,12.4,0.0,14.2,33,33,533,1');
  });

  it('writes the header alone when there are no dated releases', () => {
    expect(formatWeeksCsv(buildSummary())).toBe(`${HEADER}\r\n`);
  });

  it('checks the decimals option even with no weeks to write', () => {
    expect(() => formatWeeksCsv(buildSummary(), { decimals: -2 })).toThrow('options.decimals must be null');
  });
});

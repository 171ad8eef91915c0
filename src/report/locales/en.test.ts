import { describe, expect, it } from 'vitest';
import { buildReportFacts as facts } from '../../../test/fixtures/build-report-facts.js';
import { en } from './en.js';

describe('en.writeReport', () => {
  it('writes the weekly sentence with categories, hectares and districts', () => {
    expect(
      en.writeReport(facts({ items: { apMines: 35, atMines: 36, uxo: 574 }, clearedHa: 1.9, names: ['Tartar', 'Aghdam', 'Fuzuli'] })),
    ).toBe(
      'Between 21 and 27 April 2024, 35 anti-personnel mines, 36 anti-tank mines and 574 items of unexploded ordnance ' +
        'were found and destroyed; 1.9 hectares were cleared in Tartar, Aghdam and Fuzuli.',
    );
  });

  it('uses the singular for one item and "was" when it is the only thing found', () => {
    expect(en.writeReport(facts({ items: { apMines: 1 } }))).toBe(
      'Between 21 and 27 April 2024, 1 anti-personnel mine was found and destroyed.',
    );
    expect(en.writeReport(facts({ items: { uxo: 1, otherItems: 1 } }))).toBe(
      'Between 21 and 27 April 2024, 1 item of unexploded ordnance and 1 other explosive item were found and destroyed.',
    );
  });

  it('leaves out categories with nothing found', () => {
    expect(en.writeReport(facts({ items: { atMines: 2, otherItems: 3 } }))).toBe(
      'Between 21 and 27 April 2024, 2 anti-tank mines and 3 other explosive items were found and destroyed.',
    );
  });

  it('says when no items were found but land was cleared', () => {
    expect(en.writeReport(facts({ clearedHa: 12.44, names: ['Lachin'] }))).toBe(
      'Between 21 and 27 April 2024, no explosive items were found; 12.4 hectares were cleared in Lachin.',
    );
  });

  it('says when nothing was found and no land was released', () => {
    expect(en.writeReport(facts({}))).toBe('Between 21 and 27 April 2024, no explosive items were found and no land was released.');
  });

  it('adds reduced and cancelled hectares, eliding the second verb', () => {
    expect(en.writeReport(facts({ items: { uxo: 3 }, reducedHa: 12.4, cancelledHa: 3 }))).toBe(
      'Between 21 and 27 April 2024, 3 items of unexploded ordnance were found and destroyed; ' +
        '12.4 hectares were reduced by technical survey and 3.0 hectares cancelled by non-technical survey.',
    );
    expect(en.writeReport(facts({ cancelledHa: 3 }))).toBe(
      'Between 21 and 27 April 2024, no explosive items were found; 3.0 hectares were cancelled by non-technical survey.',
    );
  });

  it('adds the remaining hazardous area on the last day of the period', () => {
    expect(en.writeReport(facts({ items: { apMines: 2 }, remainingHazardHa: 1130.6 }))).toBe(
      'Between 21 and 27 April 2024, 2 anti-personnel mines were found and destroyed. ' +
        'Remaining hazardous area on 27 April 2024: 1,130.6 hectares.',
    );
  });

  it('says "less than 0.1 hectares" for an area above zero that would show as 0.0', () => {
    expect(en.writeReport(facts({ clearedHa: 0.03 }))).toBe(
      'Between 21 and 27 April 2024, no explosive items were found; less than 0.1 hectares were cleared.',
    );
  });

  it('names the first districts and counts the rest', () => {
    expect(en.writeReport(facts({ clearedHa: 2, names: ['Tartar', 'Aghdam'], otherCount: 10 }))).toContain(
      '2.0 hectares were cleared in Tartar, Aghdam and 10 other districts.',
    );
    expect(en.writeReport(facts({ clearedHa: 2, names: ['Tartar'], otherCount: 1 }))).toContain(
      'cleared in Tartar and 1 other district.',
    );
    expect(en.writeReport(facts({ clearedHa: 2, names: [], otherCount: 13 }))).toContain('cleared in 13 districts.');
  });

  it('mentions cleared land outside every district', () => {
    expect(en.writeReport(facts({ clearedHa: 2, names: ['Tartar', 'Aghdam'], outside: true }))).toContain(
      'cleared in Tartar and Aghdam, and outside any district.',
    );
    expect(en.writeReport(facts({ clearedHa: 2, outside: true }))).toContain('cleared outside any district.');
  });

  describe('dates the period', () => {
    const opening = (from: string | null, to: string | null) =>
      en.writeReport(facts({ from, to, items: { apMines: 2 } })).split(', 2 anti-personnel')[0];

    it('within one month', () => expect(opening('2024-04-21', '2024-04-27')).toBe('Between 21 and 27 April 2024'));
    it('across months', () => expect(opening('2024-03-21', '2024-04-27')).toBe('Between 21 March and 27 April 2024'));
    it('across years', () =>
      expect(opening('2023-12-21', '2024-04-27')).toBe('Between 21 December 2023 and 27 April 2024'));
    it('on a single day', () => expect(opening('2024-04-27', '2024-04-27')).toBe('On 27 April 2024'));
    it('open at the start', () => expect(opening(null, '2024-04-27')).toBe('Up to 27 April 2024'));
    it('open at the end', () => expect(opening('2024-04-21', null)).toBe('Since 21 April 2024'));
    it('open at both ends', () => expect(opening(null, null)).toBe('In the whole record'));
  });

  it('gives the remaining hazard without a date when the period has no end', () => {
    expect(en.writeReport(facts({ from: '2024-04-21', to: null, items: { apMines: 2 }, remainingHazardHa: 5 }))).toContain(
      'Remaining hazardous area: 5.0 hectares.',
    );
  });
});

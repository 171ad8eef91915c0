import { describe, expect, it } from 'vitest';
import { buildReportFacts as facts } from '../../../test/fixtures/build-report-facts.js';
import { az } from './az.js';

describe('az.writeReport', () => {
  it('writes the weekly sentence in the words of ANAMA, with no plural after numerals', () => {
    expect(
      az.writeReport(facts({ items: { apMines: 35, atMines: 36, uxo: 574 }, clearedHa: 1.9, names: ['Tərtər', 'Ağdam', 'Füzuli'] })),
    ).toBe(
      '2024-cü il aprelin 21-dən 27-dək 35 piyada əleyhinə mina, 36 tank əleyhinə mina və 574 partlamamış hərbi sursat ' +
        'aşkarlanaraq zərərsizləşdirilib; Tərtər, Ağdam və Füzuli rayonlarında 1,9 hektar ərazi mina və partlamamış ' +
        'hərbi sursatlardan təmizlənib.',
    );
  });

  it('uses the same noun for one item and for many', () => {
    expect(az.writeReport(facts({ items: { apMines: 1, otherItems: 4 } }))).toBe(
      '2024-cü il aprelin 21-dən 27-dək 1 piyada əleyhinə mina və 4 digər partlayıcı sursat aşkarlanaraq zərərsizləşdirilib.',
    );
  });

  it('says when no items were found but land was cleared, in one district', () => {
    expect(az.writeReport(facts({ clearedHa: 12.44, names: ['Laçın'] }))).toBe(
      '2024-cü il aprelin 21-dən 27-dək heç bir partlayıcı sursat aşkarlanmayıb; Laçın rayonunda 12,4 hektar ərazi mina ' +
        'və partlamamış hərbi sursatlardan təmizlənib.',
    );
  });

  it('says when nothing was found and no land was cleared, reduced or cancelled', () => {
    expect(az.writeReport(facts({}))).toBe(
      '2024-cü il aprelin 21-dən 27-dək heç bir partlayıcı sursat aşkarlanmayıb, heç bir ərazi təmizlənməyib, ' +
        'azaldılmayıb və ya ləğv edilməyib.',
    );
  });

  it('adds land reduced by technical survey and cancelled by non-technical survey', () => {
    expect(az.writeReport(facts({ items: { uxo: 3 }, reducedHa: 12.4, cancelledHa: 3 }))).toBe(
      '2024-cü il aprelin 21-dən 27-dək 3 partlamamış hərbi sursat aşkarlanaraq zərərsizləşdirilib; texniki tədqiqat ' +
        'nəticəsində 12,4 hektar ərazi azaldılıb, qeyri-texniki tədqiqat nəticəsində isə 3,0 hektar ərazi ləğv edilib.',
    );
    expect(az.writeReport(facts({ cancelledHa: 3 }))).toContain(
      '; qeyri-texniki tədqiqat nəticəsində 3,0 hektar ərazi ləğv edilib.',
    );
  });

  it('adds the hazardous area remaining at the end of the period, in Azerbaijani number style', () => {
    expect(az.writeReport(facts({ items: { apMines: 2 }, remainingHazardHa: 1130.6 }))).toContain(
      'zərərsizləşdirilib. Dövrün sonunda qalan təhlükəli ərazi: 1.130,6 hektar.',
    );
    expect(az.writeReport(facts({ to: null, items: { apMines: 2 }, remainingHazardHa: 1130.6 }))).toContain(
      'zərərsizləşdirilib. Qalan təhlükəli ərazi: 1.130,6 hektar.',
    );
  });

  it('says "0,1 hektardan az" for an area above zero that would show as 0,0', () => {
    expect(az.writeReport(facts({ clearedHa: 0.03 }))).toContain('; 0,1 hektardan az ərazi mina');
  });

  it('names the first districts and counts the rest', () => {
    expect(az.writeReport(facts({ clearedHa: 2, names: ['Tərtər', 'Ağdam'], otherCount: 10 }))).toContain(
      '; Tərtər, Ağdam və daha 10 rayonda 2,0 hektar ərazi',
    );
    expect(az.writeReport(facts({ clearedHa: 2, otherCount: 13 }))).toContain('; 13 rayonda 2,0 hektar ərazi');
  });

  it('mentions cleared land outside every district', () => {
    expect(az.writeReport(facts({ clearedHa: 2, names: ['Tərtər', 'Ağdam'], outside: true }))).toContain(
      '; Tərtər və Ağdam rayonlarında, həmçinin rayonlardan kənarda 2,0 hektar ərazi',
    );
    expect(az.writeReport(facts({ clearedHa: 2, outside: true }))).toContain('; rayonlardan kənarda 2,0 hektar ərazi');
  });

  describe('dates the period as ANAMA does, with the genitive month and case endings on the day', () => {
    const opening = (from: string | null, to: string | null) =>
      az.writeReport(facts({ from, to, items: { apMines: 2 } })).split(' 2 piyada')[0];

    it('within one month', () => expect(opening('2024-04-21', '2024-04-27')).toBe('2024-cü il aprelin 21-dən 27-dək'));
    it('across months', () => expect(opening('2024-03-21', '2024-04-27')).toBe('2024-cü il martın 21-dən aprelin 27-dək'));
    it('across years', () =>
      expect(opening('2023-12-21', '2024-04-27')).toBe('2023-cü il dekabrın 21-dən 2024-cü il aprelin 27-dək'));
    it('on a single day', () => expect(opening('2024-04-27', '2024-04-27')).toBe('2024-cü il aprelin 27-də'));
    it('open at the start', () => expect(opening(null, '2024-04-27')).toBe('2024-cü il aprelin 27-dək'));
    it('open at the end', () => expect(opening('2024-04-21', null)).toBe('2024-cü il aprelin 21-dən etibarən'));
    it('open at both ends', () => expect(opening(null, null)).toBe('Qeydə alınmış bütün dövr ərzində'));

    it('puts every month in the genitive', () => {
      const genitives = Array.from({ length: 12 }, (_, index) => {
        const month = String(index + 1).padStart(2, '0');
        return opening(`2024-${month}-01`, `2024-${month}-01`).replace('2024-cü il ', '').replace(' 1-də', '');
      });
      expect(genitives).toEqual([
        'yanvarın', 'fevralın', 'martın', 'aprelin', 'mayın', 'iyunun',
        'iyulun', 'avqustun', 'sentyabrın', 'oktyabrın', 'noyabrın', 'dekabrın',
      ]);
    });

    it('writes the ordinal ending of the year by vowel harmony', () => {
      const year = (value: number) => opening(`${value}-05-02`, `${value}-05-02`).split(' il ')[0];
      expect([2000, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2029, 2030, 2040, 2100].map(year)).toEqual([
        '2000-ci', '2020-ci', '2021-ci', '2022-ci', '2023-cü', '2024-cü',
        '2025-ci', '2026-cı', '2029-cu', '2030-cu', '2040-cı', '2100-cü',
      ]);
    });

    it('writes the ablative (-dən/-dan) and locative (-də/-da) of the day by vowel harmony', () => {
      const from = (day: number) => opening(`2024-05-${String(day).padStart(2, '0')}`, '2024-05-31').split(' ')[3];
      expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 26, 30].map(from)).toEqual([
        '1-dən', '2-dən', '3-dən', '4-dən', '5-dən', '6-dan', '7-dən', '8-dən', '9-dan', '10-dan', '20-dən', '26-dan', '30-dan',
      ]);
      expect(opening('2024-05-06', '2024-05-06')).toBe('2024-cü il mayın 6-da');
      expect(opening('2024-05-19', '2024-05-19')).toBe('2024-cü il mayın 19-da');
    });
  });
});

import { describe, expect, it } from 'vitest';
import { formatText } from '../src/report/format-text.js';
import type { Summary } from '../src/report/summary.js';
import weekly from './fixtures/weekly-report-2024-04-21.json' with { type: 'json' };

// A hand-written summary of the week of 21–27 April 2024 in the style of ANAMA's weekly reports:
// 35 AP mines, 36 AT mines, 574 UXO and 1.9 ha cleared over 13 districts, listed by name.
// It is written in the 0.1 contract, before rows had an id and a label: formats still read it.
const summary = weekly as unknown as Summary;

describe('the weekly report sentence of 21–27 April 2024', () => {
  it('has a fixture whose districts add up to its totals', () => {
    const sum = (pick: (region: Summary['regions'][number]) => number) =>
      summary.regions.reduce((total, region) => total + pick(region), 0);
    expect(summary.regions).toHaveLength(13);
    expect(sum((region) => region.items.apMines)).toBe(35);
    expect(sum((region) => region.items.atMines)).toBe(36);
    expect(sum((region) => region.items.uxo)).toBe(574);
    expect(sum((region) => region.clearedHa)).toBeCloseTo(summary.totals.clearedHa, 12);
  });

  it('reads in English as the agencies write it', () => {
    expect(formatText(summary, { locale: 'en' })).toBe(
      'Between 21 and 27 April 2024, 35 anti-personnel mines, 36 anti-tank mines and 574 items of unexploded ordnance ' +
        'were found and destroyed; 1.9 hectares were cleared in Tartar, Aghdam, Fuzuli, Khojavend, Jabrayil, Zangilan, ' +
        'Gubadli, Lachin, Kalbajar, Shusha, Khankandi, Aghdara and Khojaly.',
    );
  });

  it('reads in Azerbaijani as ANAMA writes it', () => {
    expect(formatText(summary, { locale: 'az' })).toBe(
      '2024-cü il aprelin 21-dən 27-dək 35 piyada əleyhinə mina, 36 tank əleyhinə mina və 574 partlamamış hərbi sursat ' +
        'aşkarlanaraq zərərsizləşdirilib; Tartar, Aghdam, Fuzuli, Khojavend, Jabrayil, Zangilan, Gubadli, Lachin, ' +
        'Kalbajar, Shusha, Khankandi, Aghdara və Khojaly rayonlarında 1,9 hektar ərazi mina və partlamamış hərbi ' +
        'sursatlardan təmizlənib.',
    );
  });

  it('reads in Russian as Russian-language mine action reports write it', () => {
    expect(formatText(summary, { locale: 'ru' })).toBe(
      'С 21 по 27 апреля 2024 года обнаружены и обезврежены 35 противопехотных мин, 36 противотанковых мин и 574 единицы ' +
        'неразорвавшихся боеприпасов; очищено 1,9 гектара в районах Tartar, Aghdam, Fuzuli, Khojavend, Jabrayil, Zangilan, ' +
        'Gubadli, Lachin, Kalbajar, Shusha, Khankandi, Aghdara и Khojaly.',
    );
  });

  it('names the three largest districts and counts the other ten when limited to three', () => {
    expect(formatText(summary, { locale: 'en', regionsLimit: 3 })).toContain(
      '; 1.9 hectares were cleared in Tartar, Aghdam, Fuzuli and 10 other districts.',
    );
    expect(formatText(summary, { locale: 'az', regionsLimit: 3 })).toContain(
      '; Tartar, Aghdam, Fuzuli və daha 10 rayonda 1,9 hektar ərazi',
    );
    expect(formatText(summary, { locale: 'ru', regionsLimit: 3 })).toContain(
      '; очищено 1,9 гектара в районах Tartar, Aghdam, Fuzuli и в 10 других районах.',
    );
  });
});

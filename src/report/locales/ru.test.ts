import { describe, expect, it } from 'vitest';
import { buildReportFacts as facts } from '../../../test/fixtures/build-report-facts.js';
import { ru } from './ru.js';

describe('ru.writeReport', () => {
  it('writes the weekly sentence in the words of Russian-language mine action reports', () => {
    expect(
      ru.writeReport(facts({ items: { apMines: 35, atMines: 36, uxo: 575 }, clearedHa: 1.9, names: ['Тертер', 'Агдам', 'Физули'] })),
    ).toBe(
      'С 21 по 27 апреля 2024 года обнаружены и обезврежены 35 противопехотных мин, 36 противотанковых мин и 575 единиц ' +
        'неразорвавшихся боеприпасов; очищено 1,9 гектара в районах Тертер, Агдам и Физули.',
    );
  });

  it('chooses among the three plural forms by Intl.PluralRules: 1 мина, 2 мины, 5 мин, 21 мина, 22 мины, 11 мин', () => {
    const mines = (count: number) => ru.writeReport(facts({ items: { apMines: count, uxo: 7 } })).split(' и 7 ')[0].split('обезврежены ')[1];
    expect([1, 2, 5, 11, 21, 22, 25, 111, 1021].map(mines)).toEqual([
      '1 противопехотная мина',
      '2 противопехотные мины',
      '5 противопехотных мин',
      '11 противопехотных мин',
      '21 противопехотная мина',
      '22 противопехотные мины',
      '25 противопехотных мин',
      '111 противопехотных мин',
      '1\u00a0021 противопехотная мина',
    ]);
  });

  it('counts unexploded ordnance in units and other items as objects, in all three forms', () => {
    const uxo = (count: number) => ru.writeReport(facts({ items: { apMines: 7, uxo: count } })).split('мин и ')[1].replace('.', '');
    expect([1, 3, 5].map(uxo)).toEqual([
      '1 единица неразорвавшихся боеприпасов',
      '3 единицы неразорвавшихся боеприпасов',
      '5 единиц неразорвавшихся боеприпасов',
    ]);
    const other = (count: number) => ru.writeReport(facts({ items: { apMines: 7, otherItems: count } })).split('мин и ')[1].replace('.', '');
    expect([1, 3, 5].map(other)).toEqual([
      '1 прочий взрывоопасный предмет',
      '3 прочих взрывоопасных предмета',
      '5 прочих взрывоопасных предметов',
    ]);
  });

  it('makes the verb agree with a single kind of item', () => {
    const verb = (items: Parameters<typeof facts>[0]['items']) => ru.writeReport(facts({ items })).split(' 2024 года ')[1];
    expect(verb({ apMines: 1 })).toBe('обнаружена и обезврежена 1 противопехотная мина.');
    expect(verb({ otherItems: 21 })).toBe('обнаружен и обезврежен 21 прочий взрывоопасный предмет.');
    expect(verb({ atMines: 5 })).toBe('обнаружено и обезврежено 5 противотанковых мин.');
    expect(verb({ atMines: 1, uxo: 1 })).toBe(
      'обнаружены и обезврежены 1 противотанковая мина и 1 единица неразорвавшихся боеприпасов.',
    );
  });

  it('writes hectares to one decimal, which Russian reads with the genitive singular "гектара"', () => {
    expect(ru.writeReport(facts({ clearedHa: 5 }))).toContain('очищено 5,0 гектара.');
    expect(ru.writeReport(facts({ clearedHa: 1 }))).toContain('очищено 1,0 гектара.');
    expect(ru.writeReport(facts({ clearedHa: 1130.6 }))).toContain('очищено 1\u00a0130,6 гектара.');
  });

  it('says when no items were found, and when nothing was found and no land released', () => {
    expect(ru.writeReport(facts({ clearedHa: 12.44, names: ['Лачин'] }))).toBe(
      'С 21 по 27 апреля 2024 года взрывоопасных предметов не обнаружено; очищено 12,4 гектара в районе Лачин.',
    );
    expect(ru.writeReport(facts({}))).toBe('С 21 по 27 апреля 2024 года взрывоопасных предметов не обнаружено, земли не высвобождались.');
  });

  it('adds land reduced by technical survey and cancelled by non-technical survey', () => {
    expect(ru.writeReport(facts({ items: { uxo: 3 }, reducedHa: 12.4, cancelledHa: 3 }))).toBe(
      'С 21 по 27 апреля 2024 года обнаружено и обезврежено 3 единицы неразорвавшихся боеприпасов; сокращено 12,4 гектара ' +
        'по результатам технического обследования и аннулировано 3,0 гектара по результатам нетехнического обследования.',
    );
  });

  it('adds the remaining hazardous area on the last day of the period', () => {
    expect(ru.writeReport(facts({ items: { apMines: 2 }, remainingHazardHa: 1130.6 }))).toContain(
      'мины. Оставшаяся опасная территория на 27 апреля 2024 года: 1\u00a0130,6 гектара.',
    );
  });

  it('says "менее 0,1 гектара" for an area above zero that would show as 0,0', () => {
    expect(ru.writeReport(facts({ clearedHa: 0.03 }))).toContain('; очищено менее 0,1 гектара.');
  });

  it('names the first districts and counts the rest in the prepositional case', () => {
    expect(ru.writeReport(facts({ clearedHa: 2, names: ['Тертер', 'Агдам'], otherCount: 10 }))).toContain(
      'очищено 2,0 гектара в районах Тертер, Агдам и в 10 других районах.',
    );
    expect(ru.writeReport(facts({ clearedHa: 2, names: ['Тертер'], otherCount: 21 }))).toContain(
      'в районе Тертер и в 21 другом районе.',
    );
    expect(ru.writeReport(facts({ clearedHa: 2, otherCount: 13 }))).toContain('очищено 2,0 гектара в 13 районах.');
    expect(ru.writeReport(facts({ clearedHa: 2, otherCount: 1 }))).toContain('очищено 2,0 гектара в 1 районе.');
  });

  it('mentions cleared land outside every district', () => {
    expect(ru.writeReport(facts({ clearedHa: 2, names: ['Тертер', 'Агдам'], outside: true }))).toContain(
      'в районах Тертер и Агдам, а также за пределами районов.',
    );
    expect(ru.writeReport(facts({ clearedHa: 2, outside: true }))).toContain('очищено 2,0 гектара за пределами районов.');
  });

  describe('dates the period with the genitive month from ICU and "года" in full', () => {
    const opening = (from: string | null, to: string | null) =>
      ru.writeReport(facts({ from, to, items: { apMines: 2, atMines: 2 } })).split(' обнаружены')[0];

    it('within one month', () => expect(opening('2024-04-21', '2024-04-27')).toBe('С 21 по 27 апреля 2024 года'));
    it('across months', () => expect(opening('2024-03-21', '2024-04-27')).toBe('С 21 марта по 27 апреля 2024 года'));
    it('across years', () =>
      expect(opening('2023-12-21', '2024-04-27')).toBe('С 21 декабря 2023 года по 27 апреля 2024 года'));
    it('on a single day', () => expect(opening('2024-04-27', '2024-04-27')).toBe('27 апреля 2024 года'));
    it('open at the start', () => expect(opening(null, '2024-04-27')).toBe('По состоянию на 27 апреля 2024 года'));
    it('open at the end', () => expect(opening('2024-04-21', null)).toBe('С 21 апреля 2024 года'));
    it('open at both ends', () => expect(opening(null, null)).toBe('За весь период учёта'));
  });
});

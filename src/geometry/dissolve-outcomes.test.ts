import { describe, expect, test } from 'vitest';
import { buildZone, rectangle } from '../../test/fixtures/build-zone.js';
import { areaSquareMeters } from './area.js';
import { dissolveOutcomes } from './dissolve-outcomes.js';

const LUNE = areaSquareMeters(rectangle(0, 0, 1, 90));
const lunesOf = (geometry: Parameters<typeof areaSquareMeters>[0]) => areaSquareMeters(geometry) / LUNE;
const lune = (west: number, east: number) => rectangle(west, 0, east, 90);

// Hazard [0,10]; releases: cleared [0,2] on 22 Apr and [1,3] on 24 Apr (overlapping), reduced
// [4,5] on 1 Mar (before the period), cancelled [6,7] undated, cleared [8,9] on 10 May (after).
const zones = [
  buildZone('suspected', lune(0, 6), { featureIndex: 0 }),
  buildZone('confirmed', lune(5, 10), { featureIndex: 1 }),
  buildZone('cleared', lune(0, 2), { endDate: '2024-04-22', featureIndex: 2 }),
  buildZone('cleared', lune(1, 3), { endDate: '2024-04-24', featureIndex: 3 }),
  buildZone('reduced', lune(4, 5), { endDate: '2024-03-01', featureIndex: 4 }),
  buildZone('cancelled', lune(6, 7), { featureIndex: 5 }),
  buildZone('cleared', lune(8, 9), { endDate: '2024-05-10', featureIndex: 6 }),
];

describe('dissolveOutcomes', () => {
  test('without a period, counts every release once and subtracts them all from the hazard', () => {
    const outcomes = dissolveOutcomes(zones);
    expect(lunesOf(outcomes.cleared)).toBeCloseTo(4, 9);
    expect(lunesOf(outcomes.reduced)).toBeCloseTo(1, 9);
    expect(lunesOf(outcomes.cancelled)).toBeCloseTo(1, 9);
    expect(lunesOf(outcomes.released)).toBeCloseTo(6, 9);
    expect(lunesOf(outcomes.hazard)).toBeCloseTo(10, 9);
    expect(lunesOf(outcomes.remainingHazard)).toBeCloseTo(4, 9);
  });

  test('with a period, counts releases ending in it and subtracts those completed by its end, not undated ones', () => {
    const outcomes = dissolveOutcomes(zones, { from: '2024-04-21', to: '2024-04-27' });
    expect(lunesOf(outcomes.cleared)).toBeCloseTo(3, 9);
    expect(lunesOf(outcomes.reduced)).toBe(0);
    expect(lunesOf(outcomes.cancelled)).toBe(0);
    expect(lunesOf(outcomes.released)).toBeCloseTo(3, 9);
    // 10 − cleared [0,3] − reduced [4,5] (earlier, still subtracted); not the undated [6,7] nor [8,9] (later).
    expect(lunesOf(outcomes.remainingHazard)).toBeCloseTo(6, 9);
  });

  test('with only a start, subtracts every release, undated ones included', () => {
    const outcomes = dissolveOutcomes(zones, { from: '2024-04-23' });
    expect(lunesOf(outcomes.cleared)).toBeCloseTo(3, 9);
    expect(lunesOf(outcomes.remainingHazard)).toBeCloseTo(4, 9);
  });

  test('returns MultiPolygons, empty when there is nothing', () => {
    const outcomes = dissolveOutcomes([]);
    for (const geometry of Object.values(outcomes)) expect(geometry).toEqual({ type: 'MultiPolygon', coordinates: [] });
  });

  test('throws for a date that is not YYYY-MM-DD, naming the option and the value', () => {
    expect(() => dissolveOutcomes(zones, { to: '27/04/2024' })).toThrow(/^to must be a calendar date written YYYY-MM-DD.*"27\/04\/2024"/);
  });
});

import { describe, expect, test } from 'vitest';
import { normaliseStatus, STATUS_SYNONYMS } from './normalise-status.js';
import { ZONE_STATUSES } from './zone.js';
import type { ZoneStatus } from './zone.js';

describe('normaliseStatus', () => {
  test.each<[string, ZoneStatus]>([
    ['suspected', 'suspected'],
    ['SHA', 'suspected'],
    ['sha', 'suspected'],
    ['Suspected Hazardous Area', 'suspected'],
    ['suspected hazard area', 'suspected'],
    ['  Suspected_Hazardous_Area  ', 'suspected'],
    ['CHA', 'confirmed'],
    ['confirmed', 'confirmed'],
    ['Confirmed Hazardous Area', 'confirmed'],
    ['mined area', 'confirmed'],
    ['Minefield', 'confirmed'],
    ['cleared', 'cleared'],
    ['CLEAR', 'cleared'],
    ['Cleared by clearance', 'cleared'],
    ['clearance', 'cleared'],
    ['Released by Clearance', 'cleared'],
    ['reduced', 'reduced'],
    ['Reduced by TS', 'reduced'],
    ['Reduced (TS)', 'reduced'],
    ['technical survey', 'reduced'],
    ['TS', 'reduced'],
    ['cancelled', 'cancelled'],
    ['canceled', 'cancelled'],
    ['Cancelled by NTS', 'cancelled'],
    ['cancelled by non-technical survey', 'cancelled'],
    ['Cancelled - NTS', 'cancelled'],
    ['NTS', 'cancelled'],
  ])('reads %j as %s', (value, status) => {
    expect(normaliseStatus(value)).toBe(status);
  });

  test.each(['closed', 'Closed', 'completed', 'released', 'open', 'worked on', 'active', '', '   ', 'cleared?!x'])(
    'leaves the ambiguous or unknown %j unread',
    (value) => {
      expect(normaliseStatus(value)).toBeNull();
    },
  );

  test('reads every listed synonym as its own status', () => {
    for (const status of ZONE_STATUSES) {
      for (const synonym of STATUS_SYNONYMS[status]) expect(normaliseStatus(synonym)).toBe(status);
    }
  });

  test('lets user spellings win over the built-in synonyms, matched like them', () => {
    const statusValues: Record<string, ZoneStatus> = { 'Closed - Cleared': 'cleared', CHA: 'suspected' };
    expect(normaliseStatus('closed  cleared', statusValues)).toBe('cleared');
    expect(normaliseStatus('CLOSED-CLEARED', statusValues)).toBe('cleared');
    expect(normaliseStatus('cha', statusValues)).toBe('suspected');
    expect(normaliseStatus('SHA', statusValues)).toBe('suspected');
    expect(normaliseStatus('closed', statusValues)).toBeNull();
  });

  test('reads numeric codes only through user spellings', () => {
    expect(normaliseStatus(3)).toBeNull();
    expect(normaliseStatus(3, { '3': 'cleared' })).toBe('cleared');
  });

  test('does not read values that are not text or numbers', () => {
    expect(normaliseStatus(null)).toBeNull();
    expect(normaliseStatus(undefined)).toBeNull();
    expect(normaliseStatus(true)).toBeNull();
    expect(normaliseStatus({ status: 'cleared' })).toBeNull();
    expect(normaliseStatus(Number.NaN, { NaN: 'cleared' })).toBeNull();
  });

  test('throws naming the key when a user spelling maps to something that is not a status', () => {
    expect(() => normaliseStatus('x', { Closed: 'done' as ZoneStatus })).toThrow(
      'statusValues["Closed"] is "done"; it must be one of suspected, confirmed, cancelled, reduced, cleared.',
    );
    expect(() => normaliseStatus('x', { '--': 'cleared' })).toThrow('statusValues has the key "--"');
    expect(() => normaliseStatus('x', 'cleared' as unknown as Record<string, ZoneStatus>)).toThrow(
      'statusValues must be an object',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { zoneExtent } from './zone-extent.js';
import type { ZoneFeature, ZoneStatus } from '../index.js';

function zone(status: ZoneStatus, endDate: string | null, coordinates: number[][][][]): ZoneFeature {
  return {
    type: 'Feature',
    geometry: { type: 'MultiPolygon', coordinates },
    properties: {
      id: null, status, endDate, featureIndex: 0, source: {}, hazardId: null, method: null, startDate: null,
      region: null, organisation: null, reportedAreaM2: null, apMines: 0, atMines: 0, uxo: 0, otherItems: 0,
    },
  };
}

const square = (x: number, y: number, size: number) => [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]];

describe('zoneExtent', () => {
  it('bounds every part of every zone and dates only the releases', () => {
    const extent = zoneExtent([
      zone('confirmed', '2023-01-01', [square(47, 40, 0.1)]),
      zone('cleared', '2024-03-10', [square(46.5, 39.8, 0.05), square(47.3, 40.4, 0.02)]),
      zone('cancelled', '2024-01-05', [square(46.9, 40, 0.01)]),
      zone('reduced', null, [square(46.95, 40.05, 0.01)]),
    ]);
    expect(extent).toEqual({ bounds: [46.5, 39.8, 47.32, 40.42], firstEndDate: '2024-01-05', lastEndDate: '2024-03-10' });
  });

  it('has no bounds and no dates without zones', () => {
    expect(zoneExtent([])).toEqual({ bounds: null, firstEndDate: null, lastEndDate: null });
  });
});

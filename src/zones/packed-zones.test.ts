import { describe, expect, test } from 'vitest';
import type { MultiPolygon, Polygon } from 'geojson';
import { buildZone, rectangle } from '../../test/fixtures/build-zone.js';
import { PackedZones } from './packed-zones.js';
import { isZoneList, zoneListOf } from './zone-list.js';

const withHole: Polygon = {
  type: 'Polygon',
  coordinates: [
    [[46, 39], [46.01, 39], [46.01, 39.01], [46, 39.01], [46, 39]],
    [[46.002, 39.002], [46.002, 39.004], [46.004, 39.004], [46.004, 39.002], [46.002, 39.002]],
  ],
};
const twoParts: MultiPolygon = {
  type: 'MultiPolygon',
  coordinates: [rectangle(47, 40, 47.001, 40.001).coordinates, [...withHole.coordinates.map((ring) => ring.map(([x, y]) => [x + 1, y]))]],
};
const zones = [
  buildZone('cleared', withHole, { id: 'T-1', featureIndex: 0, source: { Notes: 'kept out of the pack' } }),
  buildZone('suspected', twoParts, { id: 'H-1', featureIndex: 1, apMines: 3 }),
  buildZone('reduced', rectangle(45.123456789012345, 38.987654321098765, 45.2, 39), { featureIndex: 2 }),
];

function packed(): PackedZones {
  const store = new PackedZones();
  for (const zone of zones) store.add(zone);
  return store;
}

describe('PackedZones', () => {
  test('gives back every geometry exactly (holes, multipolygons, 17-digit coordinates) and the properties without source', () => {
    const store = packed();
    expect(store.length).toBe(3);
    const rebuilt = store.featuresAt([0, 1, 2]);
    rebuilt.forEach((feature, index) => {
      expect(feature.geometry).toEqual(zones[index].geometry);
      expect({ ...feature.properties, source: null }).toEqual({ ...zones[index].properties, source: null });
      expect(feature.properties.source).toEqual({});
    });
    expect(store.featuresAt([2, 0]).map((feature) => feature.properties.featureIndex)).toEqual([2, 0]);
  });

  test('gives the same boxes as an array of the same zones', () => {
    expect(packed().boxes()).toEqual(zoneListOf(zones).boxes());
    expect(packed().boxes()[1]).toEqual([47, 39, 47.01, 40.001]);
  });

  test('truncate forgets the zones after a length and takes new ones in their place', () => {
    const store = packed();
    store.truncate(1);
    expect(store.length).toBe(1);
    store.add(zones[2]);
    expect(store.featuresAt([0, 1]).map((feature) => feature.geometry)).toEqual([zones[0].geometry, zones[2].geometry]);
    expect(store.boxes()).toHaveLength(2);
  });

  test('holds zones across many slabs (more coordinates than one slab takes)', () => {
    const store = new PackedZones();
    const big = rectangle(10, 10, 11, 11);
    // 200,000 zones of 5 vertices: 2 million numbers, two slabs of 1,048,576 and more.
    for (let index = 0; index < 200_000; index += 1) store.add(buildZone('cleared', index === 123_456 ? withHole : big, { featureIndex: index }));
    const [last, middle] = store.featuresAt([199_999, 123_456]);
    expect(last.geometry).toEqual(big);
    expect(middle.geometry).toEqual(withHole);
  });

  test('is a zone list; an array of zones is not', () => {
    expect(isZoneList(packed())).toBe(true);
    expect(isZoneList(zones)).toBe(false);
    expect(isZoneList(zoneListOf(zones))).toBe(true);
  });
});

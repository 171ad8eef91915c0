import { describe, expect, test } from 'vitest';
import { readTopoJson } from './read-topojson.js';

// One square arc (delta-encoded under the transform) and a topology around it.
const ARCS = [[[0, 0], [10, 0], [0, 10], [-10, 0], [0, -10]]];
const topology = (objects: unknown, extra: Record<string, unknown> = {}) => ({
  type: 'Topology',
  transform: { scale: [0.001, 0.001], translate: [46.5, 40] },
  arcs: ARCS,
  objects,
  ...extra,
});
const problem = (value: unknown) => {
  const { features, issues } = readTopoJson(value, 'd.topojson');
  expect(features).toEqual([]);
  expect(issues).toHaveLength(1);
  expect(issues[0]).toMatchObject({ code: 'invalid-topojson', severity: 'error', feature: null, id: null });
  return issues[0].message;
};

describe('readTopoJson', () => {
  test('gives one feature per member of each object, decoded through the transform', () => {
    const { features, issues } = readTopoJson(
      topology({ a: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0]], properties: { name: 'A' }, id: 'x' }, { type: 'Polygon', arcs: [[-1]] }] }, b: { type: 'Polygon', arcs: [[0]] } }),
      'd.topojson',
    );
    expect(issues).toEqual([]);
    expect(features.map((feature) => [feature.id, feature.properties])).toEqual([['x', { name: 'A' }], [undefined, {}], [undefined, {}]]);
    expect(features[0].geometry).toEqual({ type: 'Polygon', coordinates: [[[46.5, 40], [46.51, 40], [46.51, 40.01], [46.5, 40.01], [46.5, 40]]] });
  });

  test('names what is broken, and where, instead of letting topojson-client throw', () => {
    expect(problem({ type: 'Topology', arcs: [] })).toBe(
      'd.topojson is a broken TopoJSON topology: its "objects" member is missing, not an object of named geometry collections. Export the boundaries again, or as GeoJSON.',
    );
    expect(problem(topology([]))).toContain('its "objects" member is an array');
    expect(problem(topology({}, { arcs: null }))).toContain('its "arcs" member is null, not an array of arcs');
    expect(problem(topology({}, { arcs: [[[0, 0]], [null]] }))).toContain('position 0 of arc 1 is null, not an array of numbers');
    expect(problem(topology({}, { transform: { scale: [1], translate: [0, 0] } }))).toContain('its "transform" needs "scale" and "translate", each two numbers');
    expect(problem(topology({ d: { type: 'GeometryCollection', geometries: [{ type: 'MultiPolygon', arcs: [[[0]], [[1]]] }] } }))).toContain(
      'in object "d", geometry 0 (a MultiPolygon) refers to arc 1, but the topology has 1 arc',
    );
    expect(problem(topology({ d: { type: 'Polygon', arcs: [['0']] } }))).toContain('refers to arc "0", which is not an arc index');
    // ~i would wrap an index beyond 32 bits back into range.
    expect(problem(topology({ d: { type: 'Polygon', arcs: [[-(2 ** 32) - 1]] } }))).toContain(`refers to arc ${-(2 ** 32) - 1} (arc ${2 ** 32} reversed)`);
    expect(problem(topology({ d: { type: 'GeometryCollection', geometries: 'x' } }))).toContain('the object is a GeometryCollection whose "geometries" is a string, not an array');
    expect(problem(topology({ d: null }))).toContain('in object "d", the object is null, not a geometry');
  });

  test('refuses collections nested deeper than 16 levels without recursing', () => {
    let geometry: unknown = { type: 'Polygon', arcs: [[0]] };
    for (let depth = 0; depth < 10_000; depth++) geometry = { type: 'GeometryCollection', geometries: [geometry] };
    expect(problem(topology({ d: geometry }))).toContain('nests geometry collections more than 16 deep');
  });
});

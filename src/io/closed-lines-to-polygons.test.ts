import { describe, expect, test } from 'vitest';
import type { Geometry } from 'geojson';
import { closedLinesToPolygons } from './closed-lines-to-polygons.js';

const ring = [[46, 40], [46.01, 40], [46.01, 40.01], [46, 40]];
const open = [[46, 40], [46.01, 40], [46.01, 40.01], [46, 40.0001]];

describe('closedLinesToPolygons', () => {
  test('turns a closed LineString into a Polygon with that ring', () => {
    expect(closedLinesToPolygons({ type: 'LineString', coordinates: ring })).toEqual({ type: 'Polygon', coordinates: [ring] });
  });

  test('ignores elevation when deciding whether a track is closed, and keeps it', () => {
    const track = [[46, 40, 612], [46.01, 40, 615], [46.01, 40.01, 611], [46, 40, 609]];
    expect(closedLinesToPolygons({ type: 'LineString', coordinates: track })).toEqual({ type: 'Polygon', coordinates: [track] });
  });

  test('leaves an open line, and a closed one too short to be a ring, as lines', () => {
    const openLine: Geometry = { type: 'LineString', coordinates: open };
    expect(closedLinesToPolygons(openLine)).toBe(openLine);
    const there = { type: 'LineString' as const, coordinates: [[46, 40], [46.01, 40], [46, 40]] };
    expect(closedLinesToPolygons(there)).toBe(there);
  });

  test('turns a MultiLineString into a MultiPolygon only when every line is closed', () => {
    expect(closedLinesToPolygons({ type: 'MultiLineString', coordinates: [ring, ring] })).toEqual({
      type: 'MultiPolygon',
      coordinates: [[ring], [ring]],
    });
    const mixed: Geometry = { type: 'MultiLineString', coordinates: [ring, open] };
    expect(closedLinesToPolygons(mixed)).toBe(mixed);
  });

  test('converts GeometryCollection members and leaves Points, Polygons and null alone', () => {
    const point: Geometry = { type: 'Point', coordinates: [46, 40] };
    expect(closedLinesToPolygons({ type: 'GeometryCollection', geometries: [{ type: 'LineString', coordinates: ring }, point] })).toEqual({
      type: 'GeometryCollection',
      geometries: [{ type: 'Polygon', coordinates: [ring] }, point],
    });
    expect(closedLinesToPolygons(point)).toBe(point);
    const polygon: Geometry = { type: 'Polygon', coordinates: [ring] };
    expect(closedLinesToPolygons(polygon)).toBe(polygon);
    expect(closedLinesToPolygons(null)).toBeNull();
  });
});

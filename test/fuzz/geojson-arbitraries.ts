import fc from 'fast-check';
import { STATUS_SYNONYMS } from '../../src/zones/normalise-status.js';
import { ZONE_STATUSES } from '../../src/zones/zone.js';

// Arbitraries for the loading and validation fuzzers: GeoJSON that is right, nearly right, and
// wrong in the ways real exports and hand edits are wrong, as values (which may hold NaN,
// Infinity, undefined and very deep nesting, as API callers can pass) and as text.

/** Numbers that break arithmetic: huge, tiny, signed zero, NaN, infinities, past 2^53. */
export const wildNumberArbitrary: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, -0, 1e308, -1e308, 5e-324, -5e-324, 1e-300, 2 ** 53 + 2, -(2 ** 60), Number.NaN, Infinity, -Infinity, 180, -180, 90, -90, 180.0000001, 90.0000001),
  fc.double(),
  fc.double({ min: -1e-9, max: 1e-9, noNaN: true }),
);

/** Any value a JSON file or a careless caller can put where a coordinate should be. */
export const wildValueArbitrary: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: wildNumberArbitrary },
  { weight: 2, arbitrary: wildNumberArbitrary.map((value) => String(value)) },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, true, false, '', ' ', '12,5', '1e3', '0x10', [], {}, [[]], { type: 'Polygon' }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
);

/**
 * A ring of 3–30 vertices around a centre anywhere on the globe (the antimeridian and poles
 * included), from a few units in the last place of a double to 0.1°: on an integer grid (so edges
 * touch, cross at vertices and run along each other exactly), or anywhere; in random order, so a
 * good share cross themselves; sometimes with a spike (a vertex visited and left the same way);
 * open or closed.
 */
export const ringArbitrary: fc.Arbitrary<number[][]> = fc
  .record({
    lon: fc.oneof(fc.double({ min: -179.9, max: 179.9, noNaN: true }), fc.constantFrom(-180, 180, 179.99999999, 0)),
    lat: fc.oneof(fc.double({ min: -89.9, max: 89.9, noNaN: true }), fc.constantFrom(-90, 90, 89.9999999, 0)),
    scaleDegrees: fc.constantFrom(1e-13, 1e-10, 1e-7, 1e-5, 1e-3, 0.01, 0.1),
    onGrid: fc.boolean(),
    offsets: fc.array(fc.tuple(fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true })), { minLength: 3, maxLength: 30 }),
    spikeAt: fc.option(fc.nat(), { nil: null }),
    closed: fc.boolean(),
  })
  .map(({ lon, lat, scaleDegrees, onGrid, offsets, spikeAt, closed }) => {
    const ring = offsets.map(([dx, dy]) => {
      const x = onGrid ? Math.round(dx * 4) : dx;
      const y = onGrid ? Math.round(dy * 4) : dy;
      // Clamped, as a real outline at the edge of the map would be.
      return [Math.max(-180, Math.min(180, lon + x * scaleDegrees)), Math.max(-90, Math.min(90, lat + y * scaleDegrees))];
    });
    if (spikeAt !== null) {
      const at = spikeAt % ring.length;
      const [x, y] = ring[at];
      ring.splice(at + 1, 0, [x + scaleDegrees, y + scaleDegrees], [x, y]);
    }
    return closed ? [...ring, ring[0]] : ring;
  });

/** A square-ish convex ring, counterclockwise and closed, that validation accepts as it is. */
export const goodRingArbitrary: fc.Arbitrary<number[][]> = fc
  .record({
    lon: fc.double({ min: -170, max: 170, noNaN: true }),
    lat: fc.double({ min: -80, max: 80, noNaN: true }),
    sizeDegrees: fc.double({ min: 1e-5, max: 0.05, noNaN: true }),
  })
  .map(({ lon, lat, sizeDegrees: d }) => [
    [lon, lat],
    [lon + d, lat],
    [lon + d, lat + d],
    [lon, lat + d],
    [lon, lat],
  ]);

/** Polygons, MultiPolygons and GeometryCollections of random (often self-intersecting) rings, with holes. */
export const polygonalGeometryArbitrary: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  { weight: 3, arbitrary: fc.array(ringArbitrary, { minLength: 1, maxLength: 3 }).map((rings) => ({ type: 'Polygon', coordinates: rings })) },
  { weight: 2, arbitrary: goodRingArbitrary.map((ring) => ({ type: 'Polygon', coordinates: [ring] })) },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.array(fc.oneof(ringArbitrary, goodRingArbitrary), { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 3 })
      .map((polygons) => ({ type: 'MultiPolygon', coordinates: polygons })),
  },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.oneof(ringArbitrary, goodRingArbitrary).map((ring) => ({ type: 'Polygon', coordinates: [ring] })), { minLength: 0, maxLength: 3 })
      .map((geometries) => ({ type: 'GeometryCollection', geometries })),
  },
);

/** Geometries that are not zones or not GeoJSON at all. */
export const otherGeometryArbitrary: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, undefined, {}, [], 'Polygon', 42, { type: 'Polygon' }, { type: 'Polygon', coordinates: [] }, { type: 'GeometryCollection' }),
  fc.tuple(wildNumberArbitrary, wildNumberArbitrary).map((position) => ({ type: 'Point', coordinates: position })),
  ringArbitrary.map((ring) => ({ type: 'LineString', coordinates: ring })),
  ringArbitrary.map((ring) => ({ type: 'Polygon', coordinates: ring })),
  ringArbitrary.map((ring) => ({ type: 'MultiPolygon', coordinates: [ring] })),
  fc.string({ maxLength: 12 }).map((type) => ({ type, coordinates: [] })),
);

const statusArbitrary: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 20, arbitrary: fc.constantFrom(...ZONE_STATUSES.flatMap((status) => STATUS_SYNONYMS[status])) },
  { weight: 1, arbitrary: fc.constantFrom('closed', 'Cleared ', 'CHA ', '', 3, null, ['cleared'], { status: 'cleared' }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
);

const countArbitrary: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 12, arbitrary: fc.nat({ max: 50 }) },
  { weight: 2, arbitrary: fc.nat({ max: 50 }).map(String) },
  { weight: 1, arbitrary: wildValueArbitrary },
);

const dateArbitrary: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.date({ min: new Date('2023-01-01'), max: new Date('2024-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)) },
  { weight: 1, arbitrary: fc.constantFrom('14.05.2023', '2023-02-30', '2024-02-29T23:59:59+14:00', '9999-12-31', '0000-01-01', '14/05/2023', '') },
  // Forms real exports write, and dates whose day and month only the file can settle.
  { weight: 1, arbitrary: fc.constantFrom('05/06/2024', '06/05/2024', '05.06.2024', '25/05/2024', '05/25/2024', '2024/05/25', 1716595200000, '00000000') },
  { weight: 1, arbitrary: wildValueArbitrary },
);

/** Property objects with real column names and values, wrong values, extra columns, odd keys and huge strings. */
export const propertiesArbitrary: fc.Arbitrary<Record<string, unknown>> = fc
  .record(
    {
      id: fc.oneof(fc.constantFrom('T-1', 'T-2', 'T-3', ' ', 7, -0, 1e21), wildValueArbitrary),
      status: statusArbitrary,
      hazardId: fc.oneof(fc.constantFrom('H-1', 'H-2'), wildValueArbitrary),
      method: fc.constantFrom('NTS', 'TS', 'clearance', 'BAC', null),
      endDate: dateArbitrary,
      startDate: dateArbitrary,
      apMines: countArbitrary,
      atMines: countArbitrary,
      uxo: countArbitrary,
      other_items: countArbitrary,
      district: fc.oneof(fc.constantFrom('Fuzuli', 'Aghdam', 'Khankendi City', ''), wildValueArbitrary),
      reported_area: fc.oneof(fc.double({ min: 0, max: 1e7, noNaN: true }), wildValueArbitrary),
      notes: fc.oneof(
        { weight: 30, arbitrary: fc.string({ maxLength: 30 }) },
        // A runaway cell: messages must quote it short.
        { weight: 1, arbitrary: fc.nat({ max: 200_000 }).map((length) => 'x'.repeat(length)) },
      ),
    },
    { requiredKeys: [] },
  )
  .chain((properties) =>
    fc.dictionary(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'toString', 'STATUS', 'Status ', 'AP')), wildValueArbitrary, { maxKeys: 3 }).map((extra) => {
      const merged: Record<string, unknown> = {};
      for (const [key, value] of [...Object.entries(properties), ...Object.entries(extra)]) {
        Object.defineProperty(merged, key, { value, enumerable: true, writable: true, configurable: true });
      }
      return merged;
    }),
  );

/** Zone features as a GIS exports them: good properties, random (often self-intersecting) outlines. */
export const zoneFeatureArbitrary: fc.Arbitrary<Record<string, unknown>> = fc.record({
  type: fc.constant('Feature'),
  properties: fc.record({
    id: fc.constantFrom('T-1', 'T-2', 'T-3', 'T-4'),
    status: fc.constantFrom(...ZONE_STATUSES),
    endDate: fc.option(fc.date({ min: new Date('2023-01-01'), max: new Date('2024-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)), { nil: null }),
    apMines: fc.nat({ max: 20 }),
    uxo: fc.nat({ max: 20 }),
    district: fc.constantFrom('Fuzuli', 'Aghdam', null),
    reported_area: fc.option(fc.double({ min: 1, max: 1e7, noNaN: true }), { nil: null }),
  }),
  geometry: polygonalGeometryArbitrary,
});

/** Features: mostly zone-like, some not features at all. */
export const featureArbitrary: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .record(
        {
          type: fc.oneof({ weight: 15, arbitrary: fc.constant('Feature') }, { weight: 1, arbitrary: fc.constantFrom('feature', 'Polygon') }),
          id: fc.oneof(fc.constantFrom('A', 'B', 1, 2), wildValueArbitrary),
          properties: fc.oneof({ weight: 8, arbitrary: propertiesArbitrary }, { weight: 1, arbitrary: fc.constantFrom(null, [], 'status', 3) }),
          geometry: fc.oneof({ weight: 6, arbitrary: polygonalGeometryArbitrary }, { weight: 1, arbitrary: otherGeometryArbitrary }),
          bbox: fc.array(wildNumberArbitrary, { maxLength: 4 }),
        },
        { requiredKeys: ['type', 'geometry'] },
      ),
  },
  { weight: 1, arbitrary: polygonalGeometryArbitrary },
  { weight: 1, arbitrary: wildValueArbitrary },
);

/**
 * Replacing, deleting or wrapping one value somewhere in a document: `path` picks the branch at
 * each level (its low bits) and how deep to go.
 */
export interface Mutation {
  path: number;
  action: 'replace' | 'delete' | 'stringify-numbers' | 'nest';
  replacement: unknown;
}

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.record({
  path: fc.nat(),
  action: fc.constantFrom('replace', 'delete', 'stringify-numbers', 'nest'),
  replacement: wildValueArbitrary,
});

/** A deep copy of `value` with the mutations applied (the input is not changed). */
export function applyMutations(value: unknown, mutations: readonly Mutation[]): unknown {
  let root = structuredClone(value);
  for (const mutation of mutations) root = mutate(root, mutation);
  return root;
}

// Nesting that overflows any recursive walk's stack (GeometryCollections in GeometryCollections,
// arrays of arrays): JSON.parse reads it, so code after it must survive it.
export const DEEP_NESTING = 20_000;

function mutate(root: unknown, { path, action, replacement }: Mutation): unknown {
  const apply = (value: unknown): unknown => {
    // A copy: the replacement may be one of the arbitraries' constants, shared between runs.
    if (action === 'replace') return structuredClone(replacement);
    if (action === 'stringify-numbers') return stringifyNumbers(value);
    if (action === 'nest') return nest(value, path % 40 === 0 ? DEEP_NESTING : 1 + (path % 5));
    return undefined;
  };
  let parent: unknown = null;
  let key: string | number = '';
  let node = root;
  let bits = path;
  // Go down while there are children and the bits say so.
  while (node !== null && typeof node === 'object' && bits % 4 !== 0) {
    const keys = Array.isArray(node) ? node.map((_, index) => index) : Object.keys(node);
    if (keys.length === 0) break;
    bits = Math.floor(bits / 4);
    parent = node;
    key = keys[bits % keys.length];
    bits = Math.floor(bits / keys.length) + 1;
    node = (node as Record<string | number, unknown>)[key];
  }
  if (parent === null) return apply(root) ?? null;
  const replaced = apply(node);
  if (replaced === undefined && action === 'delete') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete (parent as Record<string, unknown>)[key as string];
  } else (parent as Record<string | number, unknown>)[key] = replaced;
  return root;
}

// Deeper than any real document; deeper values (a nesting mutation) are left as they are.
const STRINGIFY_MAX_DEPTH = 64;

function stringifyNumbers(value: unknown, depth = 0): unknown {
  if (typeof value === 'number') return String(value);
  if (depth > STRINGIFY_MAX_DEPTH) return value;
  if (Array.isArray(value)) return value.map((child) => stringifyNumbers(child, depth + 1));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, stringifyNumbers(child, depth + 1)]));
  }
  return value;
}

function nest(value: unknown, depth: number): unknown {
  let nested = value;
  for (let level = 0; level < depth; level++) {
    nested = level % 2 === 0 ? [nested] : { type: 'GeometryCollection', geometries: [nested] };
  }
  return nested;
}

/** A FeatureCollection of 0–8 features, sometimes with a crs member or a foreign member. */
export const collectionArbitrary: fc.Arbitrary<Record<string, unknown>> = fc
  .record(
    {
      type: fc.constantFrom('FeatureCollection', 'FeatureCollection', 'FeatureCollection', 'Feature', 'Topology'),
      name: fc.string({ maxLength: 10 }),
      crs: fc.constantFrom(
        { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } },
        { type: 'name', properties: { name: 'EPSG:4326' } },
        { type: 'name', properties: { name: 'EPSG:32638' } },
        { type: 'name', properties: { name: 'EPSG:999999' } },
        { type: 'link', properties: { href: 'x' } },
        null,
        'EPSG:4326',
      ),
      features: fc.array(featureArbitrary, { maxLength: 8 }),
    },
    { requiredKeys: ['type', 'features'] },
  );

/** A collection, or a collection with a few values somewhere replaced, deleted, stringified or nested. */
export const documentArbitrary: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 2, arbitrary: collectionArbitrary },
  {
    weight: 2,
    arbitrary: fc.tuple(collectionArbitrary, fc.array(mutationArbitrary, { minLength: 1, maxLength: 3 })).map(([value, mutations]) => applyMutations(value, mutations)),
  },
  { weight: 1, arbitrary: featureArbitrary },
);

/** How text gets damaged on its way: cut, a character changed, bytes inserted, a BOM, other encodings. */
export interface TextDamage {
  kind: 'none' | 'truncate' | 'replace' | 'insert' | 'bom' | 'utf16' | 'lines' | 'random-bytes';
  at: number;
  bytes: Uint8Array;
}

export const textDamageArbitrary: fc.Arbitrary<TextDamage> = fc.record({
  kind: fc.constantFrom('none', 'none', 'truncate', 'replace', 'insert', 'bom', 'utf16', 'lines', 'random-bytes'),
  at: fc.nat(),
  bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }),
});

/**
 * Serialises a document as a GIS would (JSON, with or without indentation) and damages it.
 * Values JSON cannot hold (NaN, Infinity, undefined) become null or disappear, as JSON.stringify
 * makes them; nesting too deep to serialise is written directly.
 */
export function toDamagedBytes(document: unknown, damage: TextDamage, indent: number): Uint8Array {
  let text: string;
  try {
    text = JSON.stringify(document, null, indent) ?? 'null';
  } catch {
    // Too deep for JSON.stringify's recursion: an equally deep document written by hand.
    text = `{"type":"FeatureCollection","features":[${'['.repeat(DEEP_NESTING)}${']'.repeat(DEEP_NESTING)}]}`;
  }
  const encoder = new TextEncoder();
  const bytes = encoder.encode(text);
  const at = bytes.length === 0 ? 0 : damage.at % bytes.length;
  switch (damage.kind) {
    case 'none':
      return bytes;
    case 'truncate':
      return bytes.slice(0, at);
    case 'replace': {
      const copy = bytes.slice();
      copy.set(damage.bytes.slice(0, Math.max(0, copy.length - at)), at);
      return copy;
    }
    case 'insert':
      return concatBytes(bytes.slice(0, at), damage.bytes, bytes.slice(at));
    case 'bom':
      return concatBytes(new Uint8Array([0xef, 0xbb, 0xbf]), bytes);
    case 'utf16': {
      const utf16 = new Uint8Array(2 + text.length * 2);
      utf16.set([0xff, 0xfe]);
      for (let i = 0; i < text.length; i++) {
        utf16[2 + 2 * i] = text.charCodeAt(i) & 0xff;
        utf16[3 + 2 * i] = text.charCodeAt(i) >> 8;
      }
      return utf16;
    }
    case 'lines': {
      // As a text sequence: each feature on its own line, sometimes with RS separators.
      const features = (document as { features?: unknown })?.features;
      if (!Array.isArray(features)) return bytes;
      const separator = damage.at % 2 === 0 ? '\n' : '\n\x1e';
      return encoder.encode(features.map((feature) => safeStringify(feature)).join(separator));
    }
    case 'random-bytes':
      return damage.bytes;
  }
}

function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? 'null';
  } catch {
    return '[]';
  }
}

/** Bytes in chunks cut at the given places (each taken modulo the length), as a stream delivers them. */
export function splitBytes(bytes: Uint8Array, cuts: readonly number[]): Uint8Array[] {
  const places = [...new Set(cuts.map((cut) => (bytes.length === 0 ? 0 : cut % (bytes.length + 1))))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let start = 0;
  for (const place of places) {
    if (place > start) chunks.push(bytes.slice(start, place));
    start = Math.max(start, place);
  }
  if (start < bytes.length || chunks.length === 0) chunks.push(bytes.slice(start));
  return chunks;
}

function concatBytes(...parts: Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

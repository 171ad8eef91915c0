import type { Feature } from 'geojson';
import { feature as topologyFeature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { ValidationIssue } from '../validate/issue-codes.js';
import { parseIssue } from './parse-issue.js';

/** What {@link readTopoJson} gives: the topology's features, or a whole-file issue. */
export interface TopoJsonInput {
  /** One GeoJSON Feature per geometry of every object, in the order of `objects`; empty with an issue. */
  features: Feature[];
  /** At most one whole-file error (`invalid-topojson`), saying what is broken and how to fix it. */
  issues: ValidationIssue[];
}

// Geometry collections nested deeper than this are not district files; topojson-client would
// recurse once per level.
const MAX_COLLECTION_DEPTH = 16;

/**
 * Converts a parsed TopoJSON Topology to GeoJSON Features (every object, a GeometryCollection
 * giving one feature per member), after checking what topojson-client trusts: that `objects` is an
 * object, `arcs` an array of arcs that are arrays of positions, `transform` (when present) two pairs
 * of numbers, and every arc index of every geometry an integer naming an arc that exists. A broken
 * topology gives no features and one `invalid-topojson` error naming what is wrong and where —
 * never an exception.
 *
 * @example
 * const { features, issues } = readTopoJson(JSON.parse(text), 'districts.topojson');
 */
export function readTopoJson(value: unknown, fileName: string): TopoJsonInput {
  const fail = (problem: string): TopoJsonInput => ({
    features: [],
    issues: [parseIssue('invalid-topojson', null, `${fileName} is a broken TopoJSON topology: ${problem}. Export the boundaries again, or as GeoJSON.`)],
  });
  const topology = value as { objects?: unknown; arcs?: unknown; transform?: unknown };
  const { objects, arcs, transform } = topology;
  if (typeof objects !== 'object' || objects === null || Array.isArray(objects)) return fail(`its "objects" member is ${describe(objects)}, not an object of named geometry collections`);
  if (!Array.isArray(arcs)) return fail(`its "arcs" member is ${describe(arcs)}, not an array of arcs`);
  for (let index = 0; index < arcs.length; index++) {
    const arc: unknown = arcs[index];
    if (!Array.isArray(arc)) return fail(`arc ${index} is ${describe(arc)}, not an array of positions`);
    for (let position = 0; position < arc.length; position++) {
      if (!Array.isArray(arc[position])) return fail(`position ${position} of arc ${index} is ${describe(arc[position])}, not an array of numbers`);
    }
  }
  if (transform !== undefined && transform !== null && !isTransform(transform)) {
    return fail('its "transform" needs "scale" and "translate", each two numbers');
  }
  for (const [name, object] of Object.entries(objects)) {
    const problem = findBrokenGeometry(object, arcs.length);
    if (problem !== null) return fail(`in object ${JSON.stringify(name)}, ${problem}`);
  }
  const features: Feature[] = [];
  for (const [name, object] of Object.entries(objects)) {
    let converted: Feature | { type: 'FeatureCollection'; features: Feature[] };
    try {
      converted = topologyFeature(topology as Topology, object as Topology['objects'][string]) as typeof converted;
    } catch (error) {
      // The checks above cover what topojson-client dereferences; this is the last guard.
      return fail(`object ${JSON.stringify(name)} could not be converted (${(error as Error).message})`);
    }
    if (converted.type === 'FeatureCollection') for (const member of converted.features) features.push(member);
    else features.push(converted);
  }
  return { features, issues: [] };
}

/** What is wrong with the first broken geometry of an object, or null when its arc indexes are sound. */
function findBrokenGeometry(object: unknown, arcCount: number): string | null {
  // An explicit stack: a file can nest collections deeply, and recursion would overflow.
  const stack: Array<{ geometry: unknown; where: string; depth: number }> = [{ geometry: object, where: 'the object', depth: 0 }];
  while (stack.length > 0) {
    const { geometry, where, depth } = stack.pop()!;
    if (typeof geometry !== 'object' || geometry === null) return `${where} is ${describe(geometry)}, not a geometry`;
    const { type, geometries, arcs } = geometry as { type?: unknown; geometries?: unknown; arcs?: unknown };
    if (type === 'GeometryCollection') {
      if (!Array.isArray(geometries)) return `${where} is a GeometryCollection whose "geometries" is ${describe(geometries)}, not an array`;
      if (depth >= MAX_COLLECTION_DEPTH) return `${where} nests geometry collections more than ${MAX_COLLECTION_DEPTH} deep`;
      geometries.forEach((member, index) => stack.push({ geometry: member, where: depth === 0 ? `geometry ${index}` : `${where}, member ${index}`, depth: depth + 1 }));
      continue;
    }
    const nesting = ARC_NESTING[type as string];
    if (nesting === undefined) continue;
    const problem = findBadArcIndex(arcs, nesting, arcCount);
    if (problem !== null) return `${where} (a ${String(type)}) ${problem}`;
  }
  return null;
}

// How many array levels stand above the arc indexes of each geometry type in TopoJSON.
const ARC_NESTING: Record<string, number> = { LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 };

function findBadArcIndex(arcs: unknown, nesting: number, arcCount: number): string | null {
  let level: unknown[] = [arcs];
  for (let depth = 0; depth < nesting; depth++) {
    const next: unknown[] = [];
    for (const member of level) {
      if (!Array.isArray(member)) return `has arcs that are ${describe(member)} where an array belongs`;
      for (const inner of member) next.push(inner);
    }
    level = next;
  }
  for (const index of level) {
    if (!Number.isInteger(index)) return `refers to arc ${JSON.stringify(index)?.slice(0, 40)}, which is not an arc index`;
    // -i - 1 rather than ~i: ~ wraps indexes beyond 32 bits into range.
    const arc = (index as number) < 0 ? -(index as number) - 1 : (index as number);
    if (arc >= arcCount) return `refers to arc ${index as number}${arc !== index ? ` (arc ${arc} reversed)` : ''}, but the topology has ${arcCount} arc${arcCount === 1 ? '' : 's'}`;
  }
  return null;
}

function isTransform(value: unknown): boolean {
  const { scale, translate } = value as { scale?: unknown; translate?: unknown };
  const pair = (candidate: unknown) => Array.isArray(candidate) && candidate.length >= 2 && candidate.slice(0, 2).every((n) => typeof n === 'number' && Number.isFinite(n));
  return typeof value === 'object' && pair(scale) && pair(translate);
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

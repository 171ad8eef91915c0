import { reportIssue, wordsFor } from './report-issue.js';
import type { FeatureContext } from './report-issue.js';

/** A feature's geometry as a list of polygons whose coordinates are not yet checked. */
export interface PolygonalInput {
  /** One entry per polygon, each supposed to be an array of rings; unchecked. */
  polygons: unknown[];
  /** Whether the result must be a MultiPolygon (MultiPolygon or merged GeometryCollection input). */
  isMultiPolygon: boolean;
}

/**
 * Takes a feature's geometry apart into polygons, the first of the geometry checks. Reports and
 * returns null for a missing, null or empty geometry (`null-geometry`), for anything but a Polygon or
 * MultiPolygon (`unsupported-geometry`), and for coordinates that are not an array
 * (`invalid-coordinate`). A GeometryCollection made only of Polygons and MultiPolygons (as KML
 * MultiGeometry arrives) is merged into one MultiPolygon with a `merged-geometry-collection` warning;
 * one with any other member is rejected, since guessing which members hold the zone would invent
 * or lose land.
 *
 * @example
 * readPolygons({ type: 'Polygon', coordinates: [ring] }, context); // { polygons: [[ring]], isMultiPolygon: false }
 */
export function readPolygons(geometry: unknown, context: FeatureContext): PolygonalInput | null {
  if (geometry === null || geometry === undefined) {
    reportIssue(
      context,
      'null-geometry',
      'error',
      `it has no geometry; a ${wordsFor(context).one} needs a Polygon or MultiPolygon outline. ${wordsFor(context).rejected}`,
    );
    return null;
  }
  const type = geometryType(geometry);
  if (type === 'Polygon' || type === 'MultiPolygon') {
    const coordinates = (geometry as { coordinates?: unknown }).coordinates;
    if (!Array.isArray(coordinates)) {
      reportIssue(
        context,
        'invalid-coordinate',
        'error',
        `its ${type}'s coordinates are ${coordinates === undefined ? 'missing' : 'not an array'}; ` +
          `a ${type} needs ${type === 'Polygon' ? 'an array of rings' : 'an array of polygons'}. ${wordsFor(context).rejected}`,
      );
      return null;
    }
    if (coordinates.length === 0) {
      reportIssue(
        context,
        'null-geometry',
        'error',
        `its geometry is an empty ${type}; a ${wordsFor(context).one} needs an outline. ${wordsFor(context).rejected}`,
      );
      return null;
    }
    return type === 'Polygon'
      ? { polygons: [coordinates], isMultiPolygon: false }
      : dropEmptyMembers(coordinates, context);
  }
  if (type === 'GeometryCollection') return mergeCollection(geometry, context);
  reportIssue(context, 'unsupported-geometry', 'error', describeUnsupported(geometry, type, wordsFor(context)));
  return null;
}

/**
 * Drops the empty polygons of a MultiPolygon — written `[]` or with only empty rings (`[[]]`), as
 * GEOS writes `MULTIPOLYGON(((…)), EMPTY)` — with an `empty-member` warning each, keeping the
 * others: an empty member encloses no land, and is valid in GEOS and in Simple Features. When all
 * are empty, the geometry is (`null-geometry`).
 */
function dropEmptyMembers(polygons: unknown[], context: FeatureContext): PolygonalInput | null {
  const kept: unknown[] = [];
  const dropped: number[] = [];
  polygons.forEach((polygon, index) => {
    if (Array.isArray(polygon) && polygon.every((ring) => Array.isArray(ring) && ring.length === 0)) dropped.push(index);
    else kept.push(polygon);
  });
  if (kept.length === 0) {
    reportIssue(
      context,
      'null-geometry',
      'error',
      `its MultiPolygon's ${polygons.length === 1 ? 'only polygon is' : `${polygons.length} polygons are all`} empty; a ${wordsFor(context).one} needs an outline. ${wordsFor(context).rejected}`,
    );
    return null;
  }
  if (dropped.length === 0) return { polygons, isMultiPolygon: true };
  // One warning for all of them: a hostile file may hold millions of empty members.
  const listed = dropped.slice(0, MAX_LISTED_MEMBERS).join(', ') + (dropped.length > MAX_LISTED_MEMBERS ? ` and ${dropped.length - MAX_LISTED_MEMBERS} more` : '');
  const renumbered = dropped[0] < polygons.length - dropped.length;
  reportIssue(
    context,
    'empty-member',
    'warning',
    `${dropped.length === 1 ? `polygon ${listed} of its MultiPolygon is` : `polygons ${listed} of its MultiPolygon are`} empty ` +
      `(written [] or [[]]); ${dropped.length === 1 ? 'it encloses' : 'they enclose'} no land, so ${dropped.length === 1 ? 'it was' : 'they were'} dropped and ` +
      `the other ${kept.length === 1 ? 'polygon' : `${kept.length} polygons`} kept${renumbered ? ' (later messages number the polygons without the empty ones)' : ''}. ` +
      'Nothing to fix unless a polygon is missing from the export.',
  );
  return { polygons: kept, isMultiPolygon: true };
}

// Enough indexes to find them in the file without flooding the message.
const MAX_LISTED_MEMBERS = 5;

function geometryType(geometry: unknown): string | null {
  if (typeof geometry !== 'object' || geometry === null) return null;
  const type = (geometry as { type?: unknown }).type;
  return typeof type === 'string' ? type : null;
}

function describeUnsupported(geometry: unknown, type: string | null, words: ReturnType<typeof wordsFor>): string {
  const { rejected, one, many } = words;
  if (type === null) {
    return `its geometry is ${typeof geometry === 'object' ? 'an object without a type' : `a ${typeof geometry}`}, not a GeoJSON geometry; ${many} must be Polygons or MultiPolygons. ${rejected}`;
  }
  const hint =
    type === 'LineString' || type === 'MultiLineString'
      ? ` If the line walks around the ${one}, close it (make its last position equal its first) or redraw it as a polygon.`
      : type === 'Point' || type === 'MultiPoint'
        ? ' Points (single devices or markers) have no area; keep them in a separate file.'
        : '';
  return `its geometry is a ${type}; ${many} must be Polygons or MultiPolygons, because only an outline encloses land.${hint} ${rejected}`;
}

function mergeCollection(geometry: unknown, context: FeatureContext): PolygonalInput | null {
  const polygons: unknown[] = [];
  const otherTypes = new Set<string>();
  collectPolygons(geometry, polygons, otherTypes);
  if (otherTypes.size > 0) {
    reportIssue(
      context,
      'unsupported-geometry',
      'error',
      `its geometry is a GeometryCollection holding ${[...otherTypes].join(', ')} as well as or instead of polygons; ` +
        `${wordsFor(context).many} must be Polygons or MultiPolygons. Remove the other members, or split them into their own features. ` +
        wordsFor(context).rejected,
    );
    return null;
  }
  if (polygons.length === 0) {
    reportIssue(
      context,
      'null-geometry',
      'error',
      `its geometry is an empty GeometryCollection; a ${wordsFor(context).one} needs an outline. ${wordsFor(context).rejected}`,
    );
    return null;
  }
  reportIssue(
    context,
    'merged-geometry-collection',
    'warning',
    `its geometry is a GeometryCollection of ${polygons.length} polygon${polygons.length === 1 ? '' : 's'} ` +
      '(KML MultiGeometry arrives this way); it was merged into one MultiPolygon, whose polygons are numbered ' +
      'in the order of the collection.',
  );
  return { polygons, isMultiPolygon: true };
}

/**
 * Flattens nested collections, in document order; a member whose coordinates are not an array is
 * kept for the coordinate check. Walks with a stack of its own, not by recursion: JSON.parse reads
 * collections nested far deeper than the call stack allows.
 */
function collectPolygons(geometry: unknown, polygons: unknown[], otherTypes: Set<string>): void {
  // Each entry is a collection's members and the index of the next one to visit.
  const pending: Array<{ members: unknown[]; next: number }> = [];
  const enter = (collection: unknown): void => {
    const members = (collection as { geometries?: unknown }).geometries;
    if (Array.isArray(members)) pending.push({ members, next: 0 });
    else otherTypes.add('no geometries array');
  };
  enter(geometry);
  while (pending.length > 0) {
    const top = pending[pending.length - 1];
    if (top.next === top.members.length) {
      pending.pop();
      continue;
    }
    const member = top.members[top.next++];
    const type = geometryType(member);
    const coordinates = (member as { coordinates?: unknown } | null)?.coordinates;
    if (type === 'Polygon') polygons.push(coordinates);
    else if (type === 'MultiPolygon' && Array.isArray(coordinates)) {
      for (const polygon of coordinates) polygons.push(polygon);
    }
    else if (type === 'MultiPolygon') polygons.push(coordinates);
    else if (type === 'GeometryCollection') enter(member);
    else otherTypes.add(type ?? (member === null ? 'null' : 'a member without a type'));
  }
}

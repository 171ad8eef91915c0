import type { MultiPolygon, Polygon, Position } from 'geojson';
import { overlay } from '../geometry/overlay-engine.js';
import { checkPositions } from './check-positions.js';
import { cleanRings } from './clean-rings.js';
import { findPolygonDefect } from './find-polygon-defect.js';
import type { PolygonDefect } from './find-polygon-defect.js';
import { orientRings } from './orient-rings.js';
import { readPolygons } from './read-polygons.js';
import { describeRing, formatComputedPosition, formatPosition, reportIssue, wordsFor } from './report-issue.js';
import type { FeatureContext } from './report-issue.js';
import { isFlatRing } from './is-flat-ring.js';
import { cutAtAntimeridian } from './cut-at-antimeridian.js';
import { unwrapLongitudes } from './unwrap-longitudes.js';
import type { UnwrappedPolygons } from './unwrap-longitudes.js';
import { ringSignedArea } from './ring-signed-area.js';
import { fillByLinework } from './fill-by-linework.js';
import { areaHectares } from '../geometry/area.js';

/**
 * How a broken outline is read when the readings differ (see the `repair` option):
 * `nonzero`, a union of the outline with itself (land the outline winds round); `linework`, GEOS
 * MakeValid's reading, as QGIS "Fix geometries" and PostGIS give it (see `fillByLinework`).
 */
export type RepairReading = 'nonzero' | 'linework';

/** Every {@link RepairReading}, as the CLI's `--repair` accepts them. */
export const REPAIR_READINGS: readonly RepairReading[] = ['nonzero', 'linework'];

/** Options of {@link repairGeometry}. */
export interface RepairGeometryOptions {
  /** The CRS the coordinates were converted from, or null when they were read as longitude/latitude. */
  crs: string | null;
  /**
   * Which reading of a broken outline is counted where the non-zero and linework readings differ
   * by more than 1 % of its area (then an `ambiguous-repair` warning gives both in hectares).
   * Elsewhere the non-zero repair is kept: the readings agree.
   */
  repair: RepairReading;
}

/** Defaults for {@link RepairGeometryOptions}. */
export const defaultRepairGeometryOptions: RepairGeometryOptions = {
  // Coordinates were read as longitude/latitude.
  crs: null,
  // The reading cleared-land has always counted: a perimeter walked twice keeps its land, and
  // where the linework reading differs by more than 1 % the warning gives both figures.
  repair: 'nonzero',
};

// Readings closer than this share of the larger area agree: rounding, or slivers nobody would count.
const AMBIGUOUS_REPAIR_SHARE = 0.01;

/**
 * Checks one feature's geometry and makes it a valid, 2D, RFC 7946 Polygon or MultiPolygon, or
 * returns null when it cannot be used. In order: what the geometry is ({@link readPolygons}), its
 * positions ({@link checkPositions}), its rings ({@link cleanRings}), rings crossing the antimeridian
 * ({@link unwrapLongitudes}: checked with continuous longitudes, cut at ±180° at the end with a
 * `crosses-antimeridian` warning; a ring round a pole is an `encloses-pole` error), flat rings (`zero-area`: a flat
 * hole or, in a MultiPolygon, a flat polygon is dropped with a warning; an outline with no area at
 * all is an error), crossing or misplaced rings (`self-intersection`: repaired by an overlay-engine
 * union of the polygon with itself), and winding (`ring-orientation`, info). Every finding is
 * appended to `context.issues`.
 *
 * A Polygon stays a Polygon unless its repair or the cut splits it; a MultiPolygon stays a MultiPolygon. Unchanged
 * rings and positions are the input's own arrays: treat the result as read-only.
 *
 * @example
 * repairGeometry({ type: 'Polygon', coordinates: [[[0, 0], [2, 2], [2, 0], [0, 2], [0, 0]]] }, context);
 * // { type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 1], [0, 2], [0, 0]]], [[[1, 1], [2, 0], [2, 2], [1, 1]]]] }
 * // with a self-intersection warning
 */
export function repairGeometry(
  geometry: unknown,
  context: FeatureContext,
  options: Partial<RepairGeometryOptions> = {},
): Polygon | MultiPolygon | null {
  const { crs, repair } = { ...defaultRepairGeometryOptions, ...options };
  const input = readPolygons(geometry, context);
  if (input === null) return null;
  const { isMultiPolygon } = input;
  if (!checkPositions(input.polygons, context, { isMultiPolygon, crs })) return null;
  const cleaned = cleanRings(input.polygons, context, { isMultiPolygon });
  if (cleaned === null) return null;
  // Checked and repaired with continuous longitudes; cut at ±180° at the end.
  const unwrapped = unwrapLongitudes(cleaned, context, { isMultiPolygon });
  if (unwrapped === null) return null;
  const polygons = dropFlatRings(unwrapped.polygons, context, isMultiPolygon, FLAT);
  if (polygons === null) return null;

  const defect = findPolygonDefect(polygons);
  if (defect !== null) {
    const repaired = unionWithItself(polygons, defect, context, isMultiPolygon, repair);
    if (repaired !== undefined) return repaired === null ? null : cutIfCrossing(repaired, unwrapped.crossing, context, isMultiPolygon);
  }
  // A ring without defects whose area still computes as exactly 0 is flat but for rounding (its
  // coordinate differences underflow): it encloses no land and has no winding to set, and left in,
  // it would be rewound again at every validation.
  const measurable = dropFlatRings(polygons, context, isMultiPolygon, UNMEASURABLE);
  if (measurable === null) return null;
  const rewound = orientRings(measurable);
  if (rewound.exteriorCount + rewound.holeCount > 0) {
    reportIssue(context, 'ring-orientation', 'info', describeRewound(rewound.exteriorCount, rewound.holeCount));
  }
  const valid: Polygon | MultiPolygon = isMultiPolygon
    ? { type: 'MultiPolygon', coordinates: measurable }
    : { type: 'Polygon', coordinates: measurable[0] };
  return cutIfCrossing(valid, unwrapped.crossing, context, isMultiPolygon);
}

/**
 * Cuts a valid geometry whose longitudes were unwrapped at the antimeridian, with a
 * `crosses-antimeridian` warning; returns it as it is when it did not cross.
 */
function cutIfCrossing(
  geometry: Polygon | MultiPolygon,
  crossing: UnwrappedPolygons['crossing'],
  context: FeatureContext,
  isMultiPolygon: boolean,
): Polygon | MultiPolygon | null {
  if (crossing === null) return geometry;
  const where =
    `${describeRing(crossing.polygon, crossing.ring, isMultiPolygon)} crosses the antimeridian (longitude 180) between ` +
    `${formatPosition(crossing.from[0], crossing.from[1])} and ${formatPosition(crossing.to[0], crossing.to[1])}`;
  let pieces: Position[][][];
  try {
    pieces = cutAtAntimeridian(geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates);
  } catch (error) {
    reportIssue(
      context,
      'crosses-antimeridian',
      'error',
      `${where}, and it could not be cut there automatically (${error instanceof Error ? error.message : String(error)}). ` +
        `Cut it at longitude 180 in a GIS, into a part ending at 180 and one starting at -180. ${wordsFor(context).rejected}`,
    );
    return null;
  }
  if (pieces.length === 0) {
    reportIssue(context, 'zero-area', 'error', `${where}, and cut there, it encloses no area. Check the coordinates in the source data. ${wordsFor(context).rejected}`);
    return null;
  }
  const cut =
    pieces.length === 1
      ? 'it was written again within longitude -180 to 180'
      : `it was cut there into ${pieces.length} polygons, ending at 180 and starting at -180`;
  reportIssue(
    context,
    'crosses-antimeridian',
    'warning',
    `${where}; ${cut}, as RFC 7946 asks, so that it is measured where it lies and not as a band round the world. ` +
      'Nothing is lost; writing it cut in the file avoids this warning.',
  );
  return !isMultiPolygon && pieces.length === 1
    ? { type: 'Polygon', coordinates: pieces[0] }
    : { type: 'MultiPolygon', coordinates: pieces };
}

/** How {@link dropFlatRings} tells and words a ring that encloses no area. */
interface EmptyRingTest {
  isEmpty: (ring: Position[]) => boolean;
  /** Why one ring encloses no area. */
  why: string;
  /** Why a whole outline encloses none. */
  whyAll: string;
}

const FLAT: EmptyRingTest = {
  isEmpty: isFlatRing,
  why: 'its positions lie on one line',
  whyAll: 'all its positions lie on one line or on one point',
};

const UNMEASURABLE: EmptyRingTest = {
  isEmpty: (ring) => ringSignedArea(ring) === 0,
  why: 'its area computes as 0: its positions are too close together to measure',
  whyAll: 'its area computes as 0: its positions are too close together to measure',
};

/**
 * Drops holes that enclose no area by `test` (flat ones, or ones whose area computes as 0), and such
 * polygons of a MultiPolygon that has others, with `zero-area` warnings; returns null with a
 * `zero-area` error when nothing encloses any area.
 */
function dropFlatRings(
  polygons: Position[][][],
  context: FeatureContext,
  isMultiPolygon: boolean,
  test: EmptyRingTest,
): Position[][][] | null {
  const kept: Position[][][] = [];
  const flatPolygons: number[] = [];
  for (let p = 0; p < polygons.length; p++) {
    const rings = polygons[p];
    if (test.isEmpty(rings[0])) {
      flatPolygons.push(p);
      continue;
    }
    const keptRings = [rings[0]];
    for (let r = 1; r < rings.length; r++) {
      if (!test.isEmpty(rings[r])) {
        keptRings.push(rings[r]);
        continue;
      }
      reportIssue(
        context,
        'zero-area',
        'warning',
        `${describeRing(p, r, isMultiPolygon)} is a hole that encloses no area (${test.why}); it was dropped.`,
      );
    }
    kept.push(keptRings);
  }
  if (kept.length === 0) {
    reportIssue(
      context,
      'zero-area',
      'error',
      `its outline encloses no area (${test.whyAll}); a ${wordsFor(context).one} must enclose land. ` +
        `Check the coordinates in the source data. ${wordsFor(context).rejected}`,
    );
    return null;
  }
  for (const p of flatPolygons) {
    reportIssue(
      context,
      'zero-area',
      'warning',
      `polygon ${p} encloses no area (${test.why}); it was dropped and the other polygons kept.`,
    );
  }
  return kept;
}

/**
 * Repairs a defect by a union of the polygons with themselves, which keeps exactly the land the
 * outline encloses (a bowtie becomes its two triangles; a hole crossing its exterior is cut out of
 * it). A touch is repaired only when the union changes the area, i.e. when the rings actually cross
 * at the shared point; otherwise returns undefined and the original is kept.
 */
function unionWithItself(
  polygons: Position[][][],
  defect: PolygonDefect,
  context: FeatureContext,
  isMultiPolygon: boolean,
  repair: RepairReading,
): Polygon | MultiPolygon | null | undefined {
  let union: Position[][][];
  let linework: Position[][][];
  try {
    // Slivers the union leaves (rounding at a spike's base, a crossing within a grid step) enclose
    // no area: drop them as dropFlatRings drops the input's, so that what is accepted stays valid.
    union = withoutFlatRings(landEnclosed(polygons));
    if (defect.kind === 'touch') {
      const before = planarArea(polygons);
      const after = planarArea(union);
      if (Math.abs(after - before) <= SAME_AREA_RELATIVE_TOLERANCE * Math.max(before, after)) return undefined;
    }
    // Each polygon is read by its own linework; the polygons of a MultiPolygon are then merged as
    // under non-zero (GEOS would cut their overlap out, which no survey means). The linework's
    // noding compares edges pairwise where their x ranges overlap: past a bound of edges or of
    // crossings, only the non-zero reading is made, so a hostile outline cannot stall validation.
    if (countEdges(polygons) > MAX_LINEWORK_EDGES) return finishRepair(polygons, defect, context, isMultiPolygon, union, null, repair);
    const filled = polygons.map((rings) => fillByLinework(rings));
    if (filled.some((piece) => piece === null)) return finishRepair(polygons, defect, context, isMultiPolygon, union, null, repair);
    const pieces = (filled as Position[][][][]).filter((piece) => piece.length > 0);
    const merged = pieces.length <= 1 ? (pieces[0] ?? []) : overlay('union', pieces.flat(), []);
    linework = withoutFlatRings(merged);
  } catch (error) {
    reportIssue(
      context,
      'self-intersection',
      'error',
      `${describeDefect(defect, isMultiPolygon)}, and it could not be repaired automatically ` +
        `(${error instanceof Error ? error.message : String(error)}). Fix the outline in a GIS (in QGIS: ` +
        `Vector > Geometry Tools > Fix Geometries). ${wordsFor(context).rejected}`,
    );
    return null;
  }
  return finishRepair(polygons, defect, context, isMultiPolygon, union, linework, repair);
}

/**
 * Reports and returns the repair: the non-zero union, or the linework reading where the two differ
 * by more than 1 % and it was chosen (`linework` null: too many edges to make it).
 */
function finishRepair(
  polygons: Position[][][],
  defect: PolygonDefect,
  context: FeatureContext,
  isMultiPolygon: boolean,
  union: Position[][][],
  linework: Position[][][] | null,
  repair: RepairReading,
): Polygon | MultiPolygon | null {
  const nonzeroHectares = measure(union);
  const lineworkHectares = linework === null ? nonzeroHectares : measure(linework);
  const ambiguous = linework !== null && Math.abs(nonzeroHectares - lineworkHectares) > AMBIGUOUS_REPAIR_SHARE * Math.max(nonzeroHectares, lineworkHectares);
  const chosen = ambiguous && repair === 'linework' ? linework! : union;
  // Said after the repair it qualifies (or the rejection it explains).
  const reportAmbiguity = (): void => {
    if (!ambiguous) return;
    const other: RepairReading = repair === 'linework' ? 'nonzero' : 'linework';
    reportIssue(
      context,
      'ambiguous-repair',
      'warning',
      `${describeDefect(defect, isMultiPolygon)}, and its two honest repairs differ: read as the land the outline winds round ` +
        `(non-zero, a union of the outline with itself) it encloses ${formatRepairHectares(nonzeroHectares)} ha; read by its linework ` +
        `(GEOS MakeValid, as QGIS "Fix geometries" and PostGIS repair it: edges drawn twice count once) ${formatRepairHectares(lineworkHectares)} ha. ` +
        `The ${repair === 'linework' ? 'linework' : 'non-zero'} reading was counted (--repair ${repair}); --repair ${other} (the repair option) counts the other. ` +
        'Usually the outline was traced out and back or walked round twice, or a hole was drawn across its exterior: redraw it so that it needs no repair.',
    );
  };
  if (chosen.length === 0) {
    reportAmbiguity();
    reportIssue(
      context,
      'zero-area',
      'error',
      `${describeDefect(defect, isMultiPolygon)}, and once repaired the outline encloses no area. ` +
        `Check the coordinates in the source data. ${wordsFor(context).rejected}`,
    );
    return null;
  }
  const partCount = chosen.length;
  const how =
    chosen !== union
      ? 'its linework, as GEOS MakeValid reads it'
      : linework === null
        ? 'a union of the outline with itself, which keeps the land it encloses once (the outline crosses itself too often for the linework reading to be made)'
        : 'a union of the outline with itself, which keeps the land it encloses once';
  reportIssue(
    context,
    'self-intersection',
    'warning',
    `${describeDefect(defect, isMultiPolygon)}; it was repaired by ${how}, ` +
      `in ${partCount} polygon${partCount === 1 ? '' : 's'}. ` +
      `Check that the repaired outline is ${wordsFor(context).meant}.`,
  );
  reportAmbiguity();
  const coordinates = chosen;
  return !isMultiPolygon && partCount === 1
    ? { type: 'Polygon', coordinates: coordinates[0] }
    : { type: 'MultiPolygon', coordinates };
}

/**
 * The land an invalid outline encloses: each polygon's outer ring (a figure of eight keeps both
 * loops: non-zero filling) minus its holes (a hole reaching out of its polygon takes no land from
 * outside it), and then the union of the polygons.
 */
function landEnclosed(polygons: Position[][][]): Position[][][] {
  const lands = polygons.map((rings) => overlay('difference', [[rings[0]]], rings.slice(1).map((hole) => [hole])));
  return lands.length === 1 ? lands[0] : overlay('union', lands.flat(), []);
}

// Beyond this many edges the linework reading is not made (see unionWithItself).
const MAX_LINEWORK_EDGES = 20_000;

function countEdges(polygons: Position[][][]): number {
  let edges = 0;
  for (const rings of polygons) for (const ring of rings) edges += ring.length - 1;
  return edges;
}

/** Hectares on the ellipsoid (0 for nothing), to compare the two readings of a repair. */
function measure(polygons: Position[][][]): number {
  return polygons.length === 0 ? 0 : areaHectares({ type: 'MultiPolygon', coordinates: polygons });
}

/** Hectares in a repair message: four decimals below 1 ha, two above. */
function formatRepairHectares(hectares: number): string {
  return hectares < 1 ? hectares.toFixed(4) : hectares.toFixed(2);
}

function withoutFlatRings(polygons: Position[][][]): Position[][][] {
  return polygons
    .filter((rings) => !isFlatRing(rings[0]))
    .map((rings) => rings.filter((ring, index) => index === 0 || !isFlatRing(ring)));
}

// Touching rings that do not cross leave the area unchanged up to the rounding of the union's vertices.
const SAME_AREA_RELATIVE_TOLERANCE = 1e-9;

/** Planar area enclosed: exteriors minus holes, whatever their winding. */
function planarArea(polygons: Position[][][]): number {
  let area = 0;
  for (const rings of polygons) {
    area += Math.abs(ringSignedArea(rings[0]));
    for (let r = 1; r < rings.length; r++) area -= Math.abs(ringSignedArea(rings[r]));
  }
  return area;
}

function describeDefect(defect: PolygonDefect, isMultiPolygon: boolean): string {
  const ringA = describeRingRole(defect.polygonA, defect.ringA, isMultiPolygon);
  const sameRing = defect.polygonA === defect.polygonB && defect.ringA === defect.ringB;
  const ringB = sameRing ? 'itself' : describeRingRole(defect.polygonB, defect.ringB, isMultiPolygon);
  const at = formatPosition(defect.x, defect.y);
  switch (defect.kind) {
    case 'crossing':
      return `${ringA} crosses ${ringB} near ${formatComputedPosition(defect.x, defect.y)}`;
    case 'overlap':
      return sameRing
        ? `${ringA} runs back along itself from ${at} (a spike or an edge drawn twice)`
        : `${ringA} shares an edge with ${ringB} from ${at}`;
    case 'touch':
      return `${ringA} meets ${ringB} at ${at} and crosses over there`;
    case 'hole-outside':
      return `${ringA} lies outside its exterior ring (first position ${at})`;
    case 'nested-holes':
      return `${ringA} lies inside another hole, ${ringB} (first position ${at})`;
    case 'nested-polygons':
      return `polygon ${defect.polygonA} lies inside polygon ${defect.polygonB} (first position ${at})`;
  }
}

function describeRingRole(polygon: number, ring: number, isMultiPolygon: boolean): string {
  return `${describeRing(polygon, ring, isMultiPolygon)} (${ring === 0 ? 'an exterior ring' : 'a hole'})`;
}

function describeRewound(exteriorCount: number, holeCount: number): string {
  const parts: string[] = [];
  if (exteriorCount > 0) parts.push(`${exteriorCount} exterior ring${exteriorCount === 1 ? ' ran' : 's ran'} clockwise`);
  if (holeCount > 0) parts.push(`${holeCount} hole${holeCount === 1 ? ' ran' : 's ran'} counterclockwise`);
  return (
    `${parts.join(' and ')}; ${exteriorCount + holeCount === 1 ? 'it was' : 'they were'} rewound as RFC 7946 asks (exterior rings counterclockwise, holes ` +
    'clockwise). Shapefiles wind the other way, so this is routine; nothing to fix.'
  );
}

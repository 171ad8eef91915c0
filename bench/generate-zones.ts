import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { ZoneFeature, ZoneStatus } from '../src/zones/zone.js';
import { seededRandom } from '../data/seeded-random.js';

/** What {@link generateZones} makes: zones and the districts to report them by. */
export interface GeneratedData {
  zones: ZoneFeature[];
  regions: Feature<Polygon | MultiPolygon, { name: string }>[];
}

/**
 * How the data grows with the number of zones. `'constant'`: the extent's sides grow with
 * √(count / 1,000), so 10× the zones cover 10× the area at the same density (the same clusters per
 * km², the same share overlapping, districts 10× larger): the test of near-linear cost.
 * `'fixed-extent'`: the 1,000-zone extent whatever the count, so 10× the zones are 10× denser and
 * overlap in larger groups, as when a national database fills up.
 */
export type ZoneDensity = 'constant' | 'fixed-extent';

/** Options of {@link generateZones}. */
export interface GenerateZonesOptions {
  /** Seed of the pseudo-random generator: the same seed gives the same data. */
  seed: number;
  /** Whether the extent grows with the count (`'constant'`) or stays that of 1,000 zones. */
  density: ZoneDensity;
  /** Districts in a grid of this many columns … */
  regionColumns: number;
  /** … and rows (5 × 3 = 15 districts). */
  regionRows: number;
}

/** Defaults of {@link GenerateZonesOptions}. */
export const defaultGenerateZonesOptions: GenerateZonesOptions = {
  seed: 20240421,
  density: 'constant',
  regionColumns: 5,
  regionRows: 3,
};

// For 1,000 zones the districts tile a 1.5° × 1° box (39–40°N, 46–47.5°E, the liberated districts'
// latitudes); zone clusters spill a little beyond it so that some land falls outside every
// district. At constant density the box keeps its centre and both sides (and the spill) grow
// with √(count / 1,000): 15° × 10° (34.5–44.5°N) at 100,000 zones.
const CENTRE_LONGITUDE = 46.75;
const CENTRE_LATITUDE = 39.5;
const WIDTH_DEGREES = 1.5;
const HEIGHT_DEGREES = 1.0;
const SPILL_DEGREES = 0.05;
const REFERENCE_ZONES = 1_000;
/** Each district side gets 100–375 vertices, so a district has 400–1,500. */
const SIDE_VERTICES_MIN = 100;
const SIDE_VERTICES_MAX = 375;
/** District sides wander up to 10 % of the cell size, tapering to the corners. */
const SIDE_WANDER_SHARE = 0.1;
const ZONES_PER_CLUSTER = 25;
/** Standard deviation of zone centres around their cluster centre, in degrees (~2 km). */
const CLUSTER_SPREAD_DEGREES = 0.02;
const VERTICES_MIN = 8;
const VERTICES_MAX = 60;
const HECTARES_MIN = 0.05;
const HECTARES_MAX = 20;
const OVERLAPPING_SHARE = 1 / 3;
const WEEKS = 8;
const FIRST_MONDAY = Date.UTC(2024, 2, 4);
const UNDATED_SHARE = 0.05;
const REPORTED_AREA_SHARE = 0.5;
const METERS_PER_DEGREE_LATITUDE = 111_320;
const SQUARE_METERS_PER_HECTARE = 10_000;
const STATUS_WEIGHTS: Array<[ZoneStatus, number]> = [
  ['suspected', 0.15],
  ['confirmed', 0.15],
  ['cleared', 0.3],
  ['reduced', 0.2],
  ['cancelled', 0.2],
];

/**
 * Seeded synthetic data for the benchmark: clustered task polygons (8–60 vertices, 0.05–20 ha,
 * a third overlapping a neighbour), mixed statuses, end dates over 8 weeks (5 % undated), item
 * counts, reported areas for half of them; and 15 districts of 400–1,500 vertices that tile the
 * area exactly (shared, wandering boundaries). At the default constant density the extent grows
 * with the count; up to 1,000 zones both densities give the same data.
 *
 * @example
 * const { zones, regions } = generateZones(10_000);
 * const denser = generateZones(10_000, { density: 'fixed-extent' });
 */
export function generateZones(count: number, options: Partial<GenerateZonesOptions> = {}): GeneratedData {
  const { seed, density, regionColumns, regionRows } = { ...defaultGenerateZonesOptions, ...options };
  if (density !== 'constant' && density !== 'fixed-extent') {
    throw new Error(`density must be 'constant' or 'fixed-extent'; got ${JSON.stringify(density)}`);
  }
  const scale = density === 'constant' ? Math.sqrt(Math.max(count, REFERENCE_ZONES) / REFERENCE_ZONES) : 1;
  const extent = extentOf(scale);
  const { west, south, east, north, spillDegrees } = extent;
  const random = seededRandom(seed);
  const regions = generateRegions(random, extent, regionColumns, regionRows);
  const zones: ZoneFeature[] = [];
  let clusterX = 0;
  let clusterY = 0;
  let previous: { x: number; y: number; radius: number } | null = null;
  for (let index = 0; index < count; index += 1) {
    if (index % ZONES_PER_CLUSTER === 0) {
      clusterX = west - spillDegrees + random() * (east - west + 2 * spillDegrees);
      clusterY = south - spillDegrees + random() * (north - south + 2 * spillDegrees);
      previous = null;
    }
    const hectares = HECTARES_MIN * Math.exp(random() * Math.log(HECTARES_MAX / HECTARES_MIN));
    const radiusMeters = Math.sqrt((hectares * SQUARE_METERS_PER_HECTARE) / Math.PI);
    let x: number;
    let y: number;
    if (previous && random() < OVERLAPPING_SHARE) {
      // Overlap the previous zone: centre within the sum of both radii.
      const angle = random() * 2 * Math.PI;
      const distance = (previous.radius + radiusMeters) * (0.3 + 0.5 * random());
      x = previous.x + (distance * Math.cos(angle)) / metersPerDegreeLongitude(previous.y);
      y = previous.y + (distance * Math.sin(angle)) / METERS_PER_DEGREE_LATITUDE;
    } else {
      x = clusterX + gaussian(random) * CLUSTER_SPREAD_DEGREES;
      y = clusterY + gaussian(random) * CLUSTER_SPREAD_DEGREES;
    }
    previous = { x, y, radius: radiusMeters };
    const vertices = VERTICES_MIN + Math.floor(random() * (VERTICES_MAX - VERTICES_MIN + 1));
    zones.push(makeZone(index, blob(random, x, y, radiusMeters, vertices), random));
  }
  return { zones, regions };
}

function makeZone(index: number, ring: Position[], random: () => number): ZoneFeature {
  const status = pickStatus(random());
  const released = status === 'cleared' || status === 'reduced' || status === 'cancelled';
  const day = Math.floor(random() * WEEKS * 7);
  const endDate = random() < UNDATED_SHARE ? null : new Date(FIRST_MONDAY + day * 86_400_000).toISOString().slice(0, 10);
  const finds = status === 'cleared' ? () => Math.floor(random() * random() * 6) : () => 0;
  const reported = random() < REPORTED_AREA_SHARE ? null : 0.8 + random() * 0.4;
  const geometry: Polygon = { type: 'Polygon', coordinates: [ring] };
  return {
    type: 'Feature',
    geometry,
    properties: {
      id: `T-${String(index).padStart(6, '0')}`,
      status,
      hazardId: `H-${Math.floor(index / 10)}`,
      method: released ? { cleared: 'clearance', reduced: 'TS', cancelled: 'NTS' }[status as 'cleared'] : null,
      startDate: null,
      endDate,
      apMines: finds(),
      atMines: finds(),
      uxo: finds(),
      otherItems: 0,
      region: null,
      organisation: ['ANAMA', 'HALO', 'MAG'][index % 3],
      // The generator does not measure; the factor is applied to a planar estimate, which is
      // enough to make some zones disagree by more than 10 %.
      reportedAreaM2: reported === null ? null : Math.round(reported * planarSquareMeters(ring)),
      featureIndex: index,
      source: {},
    },
  };
}

function pickStatus(value: number): ZoneStatus {
  let cumulative = 0;
  for (const [status, weight] of STATUS_WEIGHTS) {
    cumulative += weight;
    if (value < cumulative) return status;
  }
  return 'cancelled';
}

/** A star-shaped ring: vertices at increasing angles, radius jittered by ±35 %. */
function blob(random: () => number, x: number, y: number, radiusMeters: number, vertices: number): Position[] {
  const ring: Position[] = [];
  const start = random() * 2 * Math.PI;
  for (let index = 0; index < vertices; index += 1) {
    const angle = start + (index / vertices) * 2 * Math.PI;
    const radius = radiusMeters * (0.65 + 0.7 * random());
    ring.push([x + (radius * Math.cos(angle)) / metersPerDegreeLongitude(y), y + (radius * Math.sin(angle)) / METERS_PER_DEGREE_LATITUDE]);
  }
  ring.push(ring[0]);
  return ring;
}

/** The districts' box and the clusters' spill beyond it, in degrees. */
interface Extent {
  west: number;
  south: number;
  east: number;
  north: number;
  spillDegrees: number;
}

function extentOf(scale: number): Extent {
  const halfWidth = (WIDTH_DEGREES * scale) / 2;
  const halfHeight = (HEIGHT_DEGREES * scale) / 2;
  return {
    west: CENTRE_LONGITUDE - halfWidth,
    south: CENTRE_LATITUDE - halfHeight,
    east: CENTRE_LONGITUDE + halfWidth,
    north: CENTRE_LATITUDE + halfHeight,
    spillDegrees: SPILL_DEGREES * scale,
  };
}

function generateRegions(random: () => number, extent: Extent, columns: number, rows: number): GeneratedData['regions'] {
  const width = (extent.east - extent.west) / columns;
  const height = (extent.north - extent.south) / rows;
  const node = (column: number, row: number): Position => [extent.west + column * width, extent.south + row * height];
  // Every side between two grid nodes is generated once and shared by the districts on both
  // sides, so the districts tile the box with no gaps or overlaps.
  const sides = new Map<string, Position[]>();
  const side = (from: [number, number], to: [number, number]): Position[] => {
    const key = `${from}|${to}`;
    const reverseKey = `${to}|${from}`;
    if (sides.has(reverseKey)) return [...sides.get(reverseKey)!].reverse();
    if (!sides.has(key)) {
      const a = node(...from);
      const b = node(...to);
      const border = from[0] === 0 && to[0] === 0 || from[0] === columns && to[0] === columns || from[1] === 0 && to[1] === 0 || from[1] === rows && to[1] === rows;
      sides.set(key, wanderingSide(random, a, b, border ? 0 : SIDE_WANDER_SHARE));
    }
    return sides.get(key)!;
  };
  const regions: GeneratedData['regions'] = [];
  for (let row = 0; row < rows; row += 1) {
    for (let column = 0; column < columns; column += 1) {
      const corners: Array<[number, number]> = [[column, row], [column + 1, row], [column + 1, row + 1], [column, row + 1]];
      const ring: Position[] = [];
      for (let index = 0; index < 4; index += 1) ring.push(...side(corners[index], corners[(index + 1) % 4]).slice(0, -1));
      ring.push(ring[0]);
      regions.push({
        type: 'Feature',
        properties: { name: `District ${String.fromCharCode(65 + row)}${column + 1}` },
        geometry: { type: 'Polygon', coordinates: [ring] },
      });
    }
  }
  return regions;
}

/** A polyline from a to b whose offset across the side is a smoothed random walk, zero at both ends. */
function wanderingSide(random: () => number, a: Position, b: Position, share: number): Position[] {
  const vertices = SIDE_VERTICES_MIN + Math.floor(random() * (SIDE_VERTICES_MAX - SIDE_VERTICES_MIN + 1));
  const horizontal = a[1] === b[1];
  const amplitude = share * (horizontal ? Math.abs(b[0] - a[0]) : Math.abs(b[1] - a[1]));
  const points: Position[] = [];
  let walk = 0;
  for (let index = 0; index <= vertices; index += 1) {
    const t = index / vertices;
    walk = Math.max(-1, Math.min(1, walk + (random() - 0.5) * 0.2));
    const offset = amplitude * walk * Math.sin(Math.PI * t);
    const x = a[0] + (b[0] - a[0]) * t;
    const y = a[1] + (b[1] - a[1]) * t;
    points.push(horizontal ? [x, y + offset] : [x + offset, y]);
  }
  points[0] = a;
  points[vertices] = b;
  return points;
}

function metersPerDegreeLongitude(latitude: number): number {
  return METERS_PER_DEGREE_LATITUDE * Math.cos((latitude * Math.PI) / 180);
}

function planarSquareMeters(ring: Position[]): number {
  let twice = 0;
  for (let index = 1; index < ring.length; index += 1) {
    twice += ring[index - 1][0] * ring[index][1] - ring[index][0] * ring[index - 1][1];
  }
  return (Math.abs(twice) / 2) * METERS_PER_DEGREE_LATITUDE * metersPerDegreeLongitude(ring[0][1]);
}

function gaussian(random: () => number): number {
  // Box–Muller; 1 − u keeps the logarithm finite.
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}


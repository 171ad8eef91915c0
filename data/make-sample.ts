/**
 * Makes the project's sample data: an invented eight-week mine action record in invented districts.
 *
 * Run with `npx tsx data/make-sample.ts`. It writes `data/sample-zones.geojson` and
 * `data/sample-districts.geojson`. The output depends only on {@link SEED}: the same seed gives
 * byte-identical files, so a change to the files in a diff is a change to this script.
 *
 * Nothing here comes from a real survey. The shapes follow how land release is done
 * (IMAS 07.11: non-technical survey cancels the margins of a suspected area, technical survey
 * reduces, clearance works the core lane by lane, week by week), so the numbers move the way a
 * real record moves; see data/README.md for what is plausible and what is not.
 *
 * @example
 * ```sh
 * npx tsx data/make-sample.ts
 * npx cleared-land report data/sample-zones.geojson --regions data/sample-districts.geojson
 * ```
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { seededRandom } from './seeded-random.js';

/** The seed of the whole record. Change it and every file changes. */
export const SEED = 20_240_304;

/** Monday of the first week of the record. */
const RECORD_START_DATE = '2024-03-04';
/** Weeks in the record: 2024-03-04 .. 2024-04-28. */
const RECORD_WEEKS = 8;
/** Bounding box of the invented districts, in degrees. */
const WEST_DEG = 46.0;
const EAST_DEG = 47.5;
const SOUTH_DEG = 39.5;
const NORTH_DEG = 40.5;
/** The districts are a jittered 4 × 3 grid: twelve districts. */
const DISTRICT_COLUMNS = 4;
const DISTRICT_ROWS = 3;
/** Points along each shared district edge, so that borders look drawn rather than ruled. */
const EDGE_SEGMENTS = 10;
/** How many hazard records the generator tries to place. */
const HAZARD_COUNT = 260;
/** Share of hazards worked on during the eight weeks. */
const WORKED_SHARE = 0.58;
/** Share of released polygons that get a second, overlapping re-survey polygon. */
const RESURVEY_SHARE = 0.025;
/** Metres per degree of latitude near 40°N (WGS84; good to 0.1 % for a local frame). */
const METERS_PER_DEGREE_LATITUDE = 111_035;
/** Decimal places kept in coordinates: 1e-6° is about 0.1 m. */
const COORDINATE_DECIMALS = 6;
const SQUARE_METERS_PER_HECTARE = 10_000;
const DAY_MS = 86_400_000;

/** The invented organisations. None is a real operator. */
const ORGANISATIONS = ['Org Alpha', 'Org Bravo', 'Org Charlie', 'Org Delta', 'Org Echo', 'Org Foxtrot'];

/**
 * An invented former line of contact, west-north-west to east-south-east. Mines cluster along it;
 * farther away the record is mostly unexploded ordnance.
 */
const FRONT_LINE: Position[] = [
  [46.02, 40.36],
  [46.38, 40.18],
  [46.72, 40.06],
  [47.05, 39.86],
  [47.48, 39.68],
];

type Ring = [number, number][];
type PlanarPolygon = Ring[];
type PlanarMultiPolygon = PlanarPolygon[];

interface SampleProperties {
  id: string;
  status: string;
  hazardId: string;
  method: string | null;
  startDate: string;
  endDate: string | null;
  apMines: number;
  atMines: number;
  uxo: number;
  otherItems: number;
  organisation: string | null;
  region: string;
  reportedAreaM2: number | null;
  sample: true;
  sampleDefect?: string;
}

/** Items found in one release polygon. */
interface ItemFinds {
  apMines: number;
  atMines: number;
  uxo: number;
  otherItems: number;
}

/** A hazard as the generator knows it: its local frame and its outline in metres. */
interface Hazard {
  number: number;
  status: 'suspected' | 'confirmed';
  centre: Position;
  metersPerDegreeLongitude: number;
  outline: Ring;
  districtName: string;
  frontLineDistanceM: number;
}

const here = dirname(fileURLToPath(import.meta.url));
const random = seededRandom(SEED);

const districts = makeDistricts();
const zones = makeZones(districts);

writeCollection(join(here, 'sample-districts.geojson'), {
  name: 'SAMPLE DATA — synthetic districts',
  description:
    'SAMPLE DATA — synthetic. Invented district outlines for the cleared-land sample record; not real administrative boundaries. Made by data/make-sample.ts with seed ' +
    SEED +
    '.',
  features: districts,
});
writeCollection(join(here, 'sample-zones.geojson'), {
  name: 'SAMPLE DATA — synthetic mine action record',
  description:
    'SAMPLE DATA — synthetic. An invented eight-week land release record (2024-03-04 to 2024-04-28) in invented districts; no real survey, hazard, organisation or find. Made by data/make-sample.ts with seed ' +
    SEED +
    '. Features with a sampleDefect property are deliberate data errors for the validation panel.',
  features: zones,
});

process.stdout.write(`wrote ${districts.length} districts and ${zones.length} zones (seed ${SEED})\n`);

// ---------------------------------------------------------------------------------------------

function makeDistricts(): Feature<Polygon, { name: string; code: string; sample: true }>[] {
  const columnWidthDeg = (EAST_DEG - WEST_DEG) / DISTRICT_COLUMNS;
  const rowHeightDeg = (NORTH_DEG - SOUTH_DEG) / DISTRICT_ROWS;
  // Grid corners, jittered inside the box; the box's own edges stay put so the districts tile it.
  const corners: Position[][] = [];
  for (let row = 0; row <= DISTRICT_ROWS; row += 1) {
    corners.push([]);
    for (let column = 0; column <= DISTRICT_COLUMNS; column += 1) {
      const onEdgeX = column === 0 || column === DISTRICT_COLUMNS;
      const onEdgeY = row === 0 || row === DISTRICT_ROWS;
      const x = WEST_DEG + column * columnWidthDeg + (onEdgeX ? 0 : (random() - 0.5) * columnWidthDeg * 0.45);
      const y = SOUTH_DEG + row * rowHeightDeg + (onEdgeY ? 0 : (random() - 0.5) * rowHeightDeg * 0.45);
      corners[row].push([x, y]);
    }
  }
  // Each shared edge is drawn once and reused reversed by the neighbour, so borders match exactly.
  const edges = new Map<string, Position[]>();
  const edge = (a: [number, number], b: [number, number]): Position[] => {
    const key = `${a.join(',')}>${b.join(',')}`;
    const reverseKey = `${b.join(',')}>${a.join(',')}`;
    const reversed = edges.get(reverseKey);
    if (reversed) return [...reversed].reverse();
    const start = corners[a[0]][a[1]];
    const end = corners[b[0]][b[1]];
    const onBox =
      (a[0] === b[0] && (a[0] === 0 || a[0] === DISTRICT_ROWS)) ||
      (a[1] === b[1] && (a[1] === 0 || a[1] === DISTRICT_COLUMNS));
    const points = wobblyLine(start, end, onBox ? 0 : 0.06);
    edges.set(key, points);
    return points;
  };
  const features: Feature<Polygon, { name: string; code: string; sample: true }>[] = [];
  let letter = 0;
  for (let row = DISTRICT_ROWS - 1; row >= 0; row -= 1) {
    for (let column = 0; column < DISTRICT_COLUMNS; column += 1) {
      // Counter-clockwise (RFC 7946): south edge east-going, east edge north-going, and so on.
      const ring: Position[] = [
        ...edge([row, column], [row, column + 1]).slice(0, -1),
        ...edge([row, column + 1], [row + 1, column + 1]).slice(0, -1),
        ...edge([row + 1, column + 1], [row + 1, column]).slice(0, -1),
        ...edge([row + 1, column], [row, column]),
      ];
      const code = String.fromCharCode(65 + letter);
      letter += 1;
      features.push({
        type: 'Feature',
        properties: { name: `Sample District ${code}`, code: `SD-${code}`, sample: true },
        geometry: { type: 'Polygon', coordinates: [ring.map(roundPosition)] },
      });
    }
  }
  return features;
}

/** A line from `start` to `end` whose inner points wander sideways by up to `wobble` of its length. */
function wobblyLine(start: Position, end: Position, wobble: number): Position[] {
  const dx = end[0] - start[0];
  const dy = end[1] - start[1];
  const phase = random() * Math.PI * 2;
  const amplitude = wobble * (0.6 + random() * 0.4);
  const points: Position[] = [];
  for (let step = 0; step <= EDGE_SEGMENTS; step += 1) {
    const t = step / EDGE_SEGMENTS;
    // A sine that is zero at both ends keeps the corners shared by four districts fixed.
    const offset =
      amplitude * Math.sin(Math.PI * t) * (Math.sin(phase + t * 5) * 0.7 + (random() - 0.5) * 0.3);
    points.push([start[0] + dx * t - dy * offset, start[1] + dy * t + dx * offset]);
  }
  return points;
}

function makeZones(
  districtFeatures: Feature<Polygon, { name: string; code: string; sample: true }>[],
): Feature<Polygon | MultiPolygon, SampleProperties>[] {
  const hazards = placeHazards(districtFeatures);
  const features: Feature<Polygon | MultiPolygon, SampleProperties>[] = [];
  for (const hazard of hazards) {
    features.push(hazardFeature(hazard));
    if (random() < WORKED_SHARE) features.push(...releaseFeatures(hazard));
  }
  features.push(...defectFeatures(hazards));
  return features;
}

function placeHazards(
  districtFeatures: Feature<Polygon, { name: string; code: string; sample: true }>[],
): Hazard[] {
  const hazards: Hazard[] = [];
  const placed: { centre: Position; radiusM: number; metersPerDegreeLongitude: number }[] = [];
  let attempts = 0;
  while (hazards.length < HAZARD_COUNT && attempts < HAZARD_COUNT * 40) {
    attempts += 1;
    const centre = hazardCentre();
    if (
      centre[0] < WEST_DEG + 0.02 ||
      centre[0] > EAST_DEG - 0.02 ||
      centre[1] < SOUTH_DEG + 0.02 ||
      centre[1] > NORTH_DEG - 0.02
    ) {
      continue;
    }
    const metersPerDegreeLongitude = METERS_PER_DEGREE_LATITUDE * Math.cos((centre[1] * Math.PI) / 180);
    // Log-normal areas: most hazards are a few hectares to a few tens, a few are large fields.
    const areaHa = Math.min(400, Math.max(3, Math.exp(3.25 + gaussian() * 0.85)));
    const radiusM = Math.sqrt((areaHa * SQUARE_METERS_PER_HECTARE) / Math.PI);
    // Keep hazard records mostly apart; the deliberate overlaps are the re-surveys below.
    const tooClose = placed.some((other) => {
      const dxM = (centre[0] - other.centre[0]) * metersPerDegreeLongitude;
      const dyM = (centre[1] - other.centre[1]) * METERS_PER_DEGREE_LATITUDE;
      return Math.hypot(dxM, dyM) < (radiusM + other.radiusM) * 1.5;
    });
    if (tooClose) continue;
    placed.push({ centre, radiusM, metersPerDegreeLongitude });
    const frontLineDistanceM = distanceToFrontLineM(centre, metersPerDegreeLongitude);
    const number = hazards.length + 1;
    hazards.push({
      number,
      // Near the line most records are confirmed (accidents, visible mines); farther out, suspected.
      status: random() < (frontLineDistanceM < 10_000 ? 0.65 : 0.3) ? 'confirmed' : 'suspected',
      centre,
      metersPerDegreeLongitude,
      outline: starOutline(radiusM),
      districtName: districtOf(centre, districtFeatures),
      frontLineDistanceM,
    });
  }
  return hazards;
}

/** Three hazards in four lie near the invented front line; the rest anywhere in the box. */
function hazardCentre(): Position {
  if (random() < 0.25) {
    return [WEST_DEG + random() * (EAST_DEG - WEST_DEG), SOUTH_DEG + random() * (NORTH_DEG - SOUTH_DEG)];
  }
  const segment = Math.floor(random() * (FRONT_LINE.length - 1));
  const t = random();
  const [x0, y0] = FRONT_LINE[segment];
  const [x1, y1] = FRONT_LINE[segment + 1];
  const length = Math.hypot(x1 - x0, y1 - y0);
  const offsetDeg = gaussian() * 0.07;
  return [x0 + (x1 - x0) * t - ((y1 - y0) / length) * offsetDeg, y0 + (y1 - y0) * t + ((x1 - x0) / length) * offsetDeg];
}

/**
 * A star-shaped outline around the origin, in metres: every ray from the centre crosses it once,
 * so it is always a simple polygon, and sectors and lanes cut from it stay valid.
 */
function starOutline(radiusM: number): Ring {
  const vertexCount = 18 + Math.floor(random() * 14);
  const stretch = 0.65 + random() * 0.9;
  const rotation = random() * Math.PI;
  const phases = [random(), random(), random()].map((value) => value * Math.PI * 2);
  const ring: Ring = [];
  for (let index = 0; index < vertexCount; index += 1) {
    const angle = (index / vertexCount) * Math.PI * 2;
    const wobble =
      1 +
      0.18 * Math.sin(2 * angle + phases[0]) +
      0.1 * Math.sin(3 * angle + phases[1]) +
      0.06 * Math.sin(5 * angle + phases[2]) +
      (random() - 0.5) * 0.08;
    const x = Math.cos(angle) * radiusM * wobble * stretch;
    const y = (Math.sin(angle) * radiusM * wobble) / stretch;
    ring.push([x * Math.cos(rotation) - y * Math.sin(rotation), x * Math.sin(rotation) + y * Math.cos(rotation)]);
  }
  ring.push(ring[0]);
  return ring;
}

function hazardFeature(hazard: Hazard): Feature<Polygon | MultiPolygon, SampleProperties> {
  const recorded = new Date(Date.UTC(2021, 0, 1) + Math.floor(random() * 1_000) * DAY_MS);
  const prefix = hazard.status === 'confirmed' ? 'CHA' : 'SHA';
  return {
    type: 'Feature',
    properties: {
      id: `${prefix}-${pad(hazard.number)}`,
      status: hazard.status,
      hazardId: `HZ-${pad(hazard.number)}`,
      method: 'NTS',
      startDate: isoDate(recorded),
      endDate: null,
      apMines: 0,
      atMines: 0,
      uxo: 0,
      otherItems: 0,
      organisation: pick(ORGANISATIONS),
      region: hazard.districtName,
      reportedAreaM2: reportedArea(planarAreaM2([hazard.outline])),
      sample: true,
    },
    geometry: toGeometry(hazard, [[hazard.outline]]),
  };
}

/**
 * The work on one hazard, in the order IMAS 07.11 does it: NTS cancels the outer margin, TS
 * reduces a middle ring in two halves, clearance takes the core sector by sector, one or two a
 * week, and stops wherever the eight weeks end.
 *
 * Every piece is cut from the hazard's own vertices scaled towards its centre (rings and
 * sectors of a star-shaped outline), never by a clipping library: neighbouring pieces then share
 * exactly the same edge coordinates, so they touch without the square-metre slivers of overlap
 * that separately computed cut lines leave after rounding.
 */
function releaseFeatures(hazard: Hazard): Feature<Polygon | MultiPolygon, SampleProperties>[] {
  const vertexCount = hazard.outline.length - 1;
  const middleScale = 0.72 + random() * 0.12;
  const coreScale = 0.38 + random() * 0.16;
  const organisation = pick(ORGANISATIONS);
  const releases: Feature<Polygon | MultiPolygon, SampleProperties>[] = [];
  let week = Math.floor(random() * (RECORD_WEEKS - 1));
  let release = 0;
  const nearFront = hazard.frontLineDistanceM < 10_000;

  const add = (
    status: 'cancelled' | 'reduced' | 'cleared',
    method: string,
    parts: PlanarMultiPolygon,
    endWeek: number,
    items: ItemFinds,
  ): void => {
    if (parts.length === 0 || endWeek >= RECORD_WEEKS) return;
    release += 1;
    const end = weekDay(endWeek);
    const start = new Date(Date.parse(end) - (2 + Math.floor(random() * 16)) * DAY_MS);
    const feature: Feature<Polygon | MultiPolygon, SampleProperties> = {
      type: 'Feature',
      properties: {
        id: `T-${pad(hazard.number)}-${release}`,
        status,
        hazardId: `HZ-${pad(hazard.number)}`,
        method,
        startDate: isoDate(start),
        endDate: end,
        ...items,
        organisation,
        region: hazard.districtName,
        reportedAreaM2: reportedArea(planarAreaM2(...parts)),
        sample: true,
      },
      geometry: toGeometry(hazard, parts),
    };
    releases.push(feature);
    if (random() < RESURVEY_SHARE && endWeek + 1 < RECORD_WEEKS) {
      releases.push(resurvey(hazard, feature, parts, endWeek + 1));
    }
  };

  // A suspected area far from the line is often cancelled whole by non-technical survey.
  if (hazard.status === 'suspected' && !nearFront && random() < 0.4) {
    add('cancelled', 'NTS', [[hazard.outline]], week, noItems());
    return releases;
  }
  let reducedOuterScale = 1;
  if (hazard.status === 'suspected' || random() < 0.5) {
    add('cancelled', 'NTS', [annulus(hazard.outline, 1, middleScale)], week, noItems());
    reducedOuterScale = middleScale;
    week += 1;
  }
  // Technical survey works in two halves; a half now and then turns up a stray item.
  const halfStart = Math.floor(random() * vertexCount);
  const halfLength = Math.floor(vertexCount / 2);
  for (const [from, length] of [
    [halfStart, halfLength],
    [halfStart + halfLength, vertexCount - halfLength],
  ]) {
    const half = annularSector(hazard.outline, reducedOuterScale, coreScale, from, length);
    add('reduced', 'TS', [half], week, { apMines: 0, atMines: 0, uxo: random() < 0.15 ? 1 : 0, otherItems: 0 });
    week += random() < 0.6 ? 1 : 0;
  }
  const sectorCount = 3 + Math.floor(random() * 4);
  const sectorStart = Math.floor(random() * vertexCount);
  const method = nearFront ? 'clearance' : 'BAC';
  for (let index = 0; index < sectorCount; index += 1) {
    const from = Math.floor((index * vertexCount) / sectorCount);
    const to = Math.floor(((index + 1) * vertexCount) / sectorCount);
    const sector = annularSector(hazard.outline, coreScale, 0, sectorStart + from, to - from);
    const sectorHa = planarAreaM2(sector) / SQUARE_METERS_PER_HECTARE;
    add('cleared', method, [sector], week, clearanceFinds(sectorHa, hazard.frontLineDistanceM));
    week += random() < 0.7 ? 1 : 0;
  }
  return releases;
}

/** The land between the outline scaled by `outerScale` and by `innerScale`: a polygon with a hole. */
function annulus(outline: Ring, outerScale: number, innerScale: number): PlanarPolygon {
  // RFC 7946 winding: outer ring counter-clockwise (as the outline is), hole clockwise.
  return [scaleRing(outline, outerScale), scaleRing(outline, innerScale).reverse()];
}

/**
 * The part of the annulus between `outerScale` and `innerScale` spanned by `length` outline edges
 * from vertex `from` (wrapping round). With `innerScale` 0 it is a pie slice from the centre.
 */
function annularSector(outline: Ring, outerScale: number, innerScale: number, from: number, length: number): PlanarPolygon {
  const vertexCount = outline.length - 1;
  const vertex = (index: number): [number, number] => outline[((index % vertexCount) + vertexCount) % vertexCount];
  const outer: Ring = [];
  for (let step = 0; step <= length; step += 1) {
    const [x, y] = vertex(from + step);
    outer.push([x * outerScale, y * outerScale]);
  }
  const inner: Ring = [];
  if (innerScale === 0) {
    inner.push([0, 0]);
  } else {
    for (let step = length; step >= 0; step -= 1) {
      const [x, y] = vertex(from + step);
      inner.push([x * innerScale, y * innerScale]);
    }
  }
  const ring = [...outer, ...inner];
  ring.push(ring[0]);
  return [ring];
}

/** A second survey of the same ground by another team a week later: slightly larger, shifted. */
function resurvey(
  hazard: Hazard,
  original: Feature<Polygon | MultiPolygon, SampleProperties>,
  parts: PlanarMultiPolygon,
  endWeek: number,
): Feature<Polygon | MultiPolygon, SampleProperties> {
  const shiftXM = (random() - 0.5) * 30;
  const shiftYM = (random() - 0.5) * 30;
  const grown = parts.map((polygon) =>
    polygon.map((ring) => scaleRing(ring, 1.04).map(([x, y]) => [x + shiftXM, y + shiftYM] as [number, number])),
  );
  const end = weekDay(endWeek);
  const others = ORGANISATIONS.filter((name) => name !== original.properties.organisation);
  return {
    type: 'Feature',
    properties: {
      ...original.properties,
      id: `${original.properties.id}-RS`,
      organisation: pick(others),
      startDate: isoDate(new Date(Date.parse(end) - 3 * DAY_MS)),
      endDate: end,
      apMines: 0,
      atMines: 0,
      uxo: 0,
      otherItems: 0,
      reportedAreaM2: reportedArea(planarAreaM2(...grown)),
    },
    geometry: toGeometry(hazard, grown),
  };
}

/**
 * Finds in a cleared lane. Near the line: anti-personnel and anti-tank mines plus UXO; far from it:
 * UXO, and a fair share of lanes where nothing at all is found.
 */
function clearanceFinds(laneHa: number, frontLineDistanceM: number): ItemFinds {
  const nearFront = frontLineDistanceM < 10_000;
  if (!nearFront && random() < 0.35) return noItems();
  const mined = nearFront ? Math.max(0.2, 1.6 - frontLineDistanceM / 8_000) : 0;
  return {
    apMines: poisson(laneHa * mined * 0.9),
    atMines: poisson(laneHa * mined * 0.35),
    uxo: poisson(laneHa * (nearFront ? 1.2 : 0.6)),
    otherItems: poisson(laneHa * 0.08),
  };
}

/**
 * Deliberate errors, one of each kind a real export tends to have, so that the validation panel has
 * something to show. Each carries `sampleDefect` saying what is wrong on purpose.
 */
function defectFeatures(hazards: Hazard[]): Feature<Polygon | MultiPolygon, SampleProperties>[] {
  const base = (hazard: Hazard, suffix: string, defect: string): Feature<Polygon | MultiPolygon, SampleProperties> => ({
    type: 'Feature',
    properties: {
      id: `T-${pad(hazard.number)}-${suffix}`,
      status: 'cleared',
      hazardId: `HZ-${pad(hazard.number)}`,
      method: 'clearance',
      startDate: weekDay(2),
      endDate: weekDay(3),
      apMines: 0,
      atMines: 0,
      uxo: 2,
      otherItems: 0,
      organisation: ORGANISATIONS[0],
      region: hazard.districtName,
      reportedAreaM2: null,
      sample: true,
      sampleDefect: defect,
    },
    geometry: toGeometry(hazard, [[scaleRing(hazard.outline, 0.25)]]),
  });
  const chosen = [11, 37, 64, 90, 123, 150, 181].map((index) => hazards[index % hazards.length]);
  const bowTie = base(chosen[0], 'X1', 'self-intersecting ring (a bow tie): the corners were digitised out of order');
  // A quadrilateral whose corners were taken out of order: two edges cross, leaving two lobes of
  // unequal size (equal lobes would cancel out to no area at all).
  bowTie.geometry = toGeometry(chosen[0], [
    [
      [
        [-90, -60],
        [90, 80],
        [90, -60],
        [-90, 30],
        [-90, -60],
      ],
    ],
  ]);
  const badDate = base(chosen[1], 'X2', 'endDate is not a real day');
  badDate.properties.endDate = '2024-02-30';
  const negativeCount = base(chosen[2], 'X3', 'a negative item count');
  negativeCount.properties.apMines = -3;
  const unknownStatus = base(chosen[3], 'X4', 'a status word that is not a land release outcome');
  unknownStatus.properties.status = 'in progress';
  const duplicateId = base(chosen[4], 'X5', 'the same id as another feature');
  duplicateId.properties.id = `${chosen[4].status === 'confirmed' ? 'CHA' : 'SHA'}-${pad(chosen[4].number)}`;
  const wrongArea = base(chosen[5], 'X6', 'reported area ten times the drawn area (a typing slip)');
  wrongArea.properties.reportedAreaM2 = reportedArea(planarAreaM2([scaleRing(chosen[5].outline, 0.25)]) * 10);
  const projected = base(chosen[6], 'X7', 'coordinates in UTM metres (EPSG:32638) in a file declared as longitude/latitude');
  projected.geometry = {
    type: 'Polygon',
    coordinates: [
      [
        [612_400, 4_428_300],
        [612_700, 4_428_300],
        [612_700, 4_428_650],
        [612_400, 4_428_650],
        [612_400, 4_428_300],
      ],
    ],
  };
  return [bowTie, badDate, negativeCount, unknownStatus, duplicateId, wrongArea, projected];
}

// ---------------------------------------------------------------------------------------------
// Planar helpers, in metres around a hazard's centre.

function scaleRing(ring: Ring, factor: number): Ring {
  return ring.map(([x, y]) => [x * factor, y * factor] as [number, number]);
}

function planarAreaM2(...polygons: PlanarPolygon[]): number {
  let total = 0;
  for (const polygon of polygons) {
    polygon.forEach((ring, index) => {
      let twiceArea = 0;
      for (let i = 0; i + 1 < ring.length; i += 1) {
        twiceArea += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
      }
      total += (index === 0 ? 1 : -1) * Math.abs(twiceArea / 2);
    });
  }
  return total;
}

/** What an operator would type: the GPS area to the square metre, off by a percent or so. */
function reportedArea(areaM2: number): number {
  return Math.round(areaM2 * (1 + gaussian() * 0.01));
}

/** Metres in the hazard's frame to rounded longitude/latitude, dropping points that rounding merges. */
function toGeometry(hazard: Hazard, parts: PlanarMultiPolygon): Polygon | MultiPolygon {
  const polygons = parts.map((polygon) =>
    polygon.map((ring) => {
      const positions: Position[] = [];
      for (const [x, y] of ring) {
        const position = roundPosition([
          hazard.centre[0] + x / hazard.metersPerDegreeLongitude,
          hazard.centre[1] + y / METERS_PER_DEGREE_LATITUDE,
        ]);
        const last = positions[positions.length - 1];
        if (!last || last[0] !== position[0] || last[1] !== position[1]) positions.push(position);
      }
      return positions;
    }),
  );
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0] }
    : { type: 'MultiPolygon', coordinates: polygons };
}

function distanceToFrontLineM(point: Position, metersPerDegreeLongitude: number): number {
  let best = Infinity;
  for (let index = 0; index + 1 < FRONT_LINE.length; index += 1) {
    const ax = FRONT_LINE[index][0] * metersPerDegreeLongitude;
    const ay = FRONT_LINE[index][1] * METERS_PER_DEGREE_LATITUDE;
    const bx = FRONT_LINE[index + 1][0] * metersPerDegreeLongitude;
    const by = FRONT_LINE[index + 1][1] * METERS_PER_DEGREE_LATITUDE;
    const px = point[0] * metersPerDegreeLongitude;
    const py = point[1] * METERS_PER_DEGREE_LATITUDE;
    const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
    best = Math.min(best, Math.hypot(px - ax - t * (bx - ax), py - ay - t * (by - ay)));
  }
  return best;
}

function districtOf(point: Position, districtFeatures: Feature<Polygon, { name: string }>[]): string {
  const inside = districtFeatures.find((district) => pointInRing(point, district.geometry.coordinates[0]));
  return inside ? inside.properties.name : districtFeatures[0].properties.name;
}

function pointInRing([x, y]: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

// ---------------------------------------------------------------------------------------------
// Dates, numbers and output.

/** A working day (Monday to Saturday) in week `week` of the record, YYYY-MM-DD. */
function weekDay(week: number): string {
  return isoDate(new Date(Date.parse(RECORD_START_DATE) + (week * 7 + Math.floor(random() * 6)) * DAY_MS));
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function pad(value: number): string {
  return String(value).padStart(4, '0');
}

function noItems(): ItemFinds {
  return { apMines: 0, atMines: 0, uxo: 0, otherItems: 0 };
}

function roundPosition(position: Position): Position {
  const scale = 10 ** COORDINATE_DECIMALS;
  return [Math.round(position[0] * scale) / scale, Math.round(position[1] * scale) / scale];
}

function pick<T>(values: readonly T[]): T {
  return values[Math.floor(random() * values.length)];
}

/** Standard normal deviate (Box–Muller). */
function gaussian(): number {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Poisson deviate (Knuth's method; means here stay well under 100). */
function poisson(mean: number): number {
  if (mean <= 0) return 0;
  const limit = Math.exp(-Math.min(mean, 600));
  let count = 0;
  let product = random();
  while (product > limit) {
    count += 1;
    product *= random();
  }
  return count;
}


/** One feature per line: readable diffs, and still a single valid GeoJSON FeatureCollection. */
function writeCollection(
  path: string,
  collection: { name: string; description: string; features: Feature[] },
): void {
  const head: Omit<FeatureCollection, 'features'> & { name: string; description: string } = {
    type: 'FeatureCollection',
    name: collection.name,
    description: collection.description,
  };
  const lines = collection.features.map((feature) => JSON.stringify(feature));
  const text = `${JSON.stringify(head).slice(0, -1)},"features":[\n${lines.join(',\n')}\n]}\n`;
  writeFileSync(path, text);
}

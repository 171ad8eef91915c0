// The floor of the report benchmark, in a fresh process: read the files and measure every ring
// once on the WGS84 ellipsoid with GeographicLib, nothing else. No report can do less: it has to
// read every coordinate and measure at least as much area.
//   tsx bench/floor-child.ts <zones.geojson> [districts.geojson]   JSON.parse of each whole file
//   tsx bench/floor-child.ts --stream <zones.geojson>              cleared-land's streaming loader
//                                                                  (files too big for one string)
//   --area=cleared-land (first)   measures with cleared-land's own areaSquareMeters instead
//                                 (small rings on the authalic sphere): the floor of a report
//                                 that measures the way cleared-land does
// Prints one JSON line: {"seconds", "rings", "squareMeters", "peakRssMiB"}.
import { readFileSync } from 'node:fs';
import geographiclib from 'geographiclib-geodesic';
import type { Position } from 'geojson';
import { areaSquareMeters, loadZones, PackedZones } from '../src/index.js';
import { pathSource } from '../src/node.js';

const KIB_PER_MIB = 1024;
/** How many zones the streaming floor measures at a time (PackedZones unpacks on request). */
const STREAM_BATCH = 10_000;

interface GeometryLike {
  type: string;
  coordinates: unknown;
}

const polygonArea = geographiclib.Geodesic.WGS84.Polygon(false);
let rings = 0;
let squareMeters = 0;

const args = process.argv.slice(2);
const ownArea = args[0] === '--area=cleared-land';
if (ownArea) args.shift();

function measureRing(ring: readonly Position[]): void {
  if (ownArea) {
    squareMeters += areaSquareMeters({ type: 'Polygon', coordinates: [ring as Position[]] });
    rings += 1;
    return;
  }
  polygonArea.Clear();
  // GeoJSON rings repeat the first vertex last; PolygonArea closes the ring itself.
  for (let index = 0; index < ring.length - 1; index += 1) {
    const [longitude, latitude] = ring[index] as [number, number];
    polygonArea.AddPoint(latitude, longitude);
  }
  squareMeters += Math.abs(polygonArea.Compute(false, true).area ?? 0);
  rings += 1;
}

function measureGeometry(geometry: GeometryLike | null): void {
  if (!geometry) return;
  if (geometry.type === 'Polygon') for (const ring of geometry.coordinates as Position[][]) measureRing(ring);
  if (geometry.type === 'MultiPolygon') for (const polygon of geometry.coordinates as Position[][][]) for (const ring of polygon) measureRing(ring);
}

const started = performance.now();
if (args[0] === '--stream') {
  const zones = new PackedZones();
  await loadZones(pathSource(args[1]), { zoneSink: zones });
  for (let start = 0; start < zones.length; start += STREAM_BATCH) {
    const indices = Array.from({ length: Math.min(STREAM_BATCH, zones.length - start) }, (_, offset) => start + offset);
    for (const zone of zones.featuresAt(indices)) measureGeometry(zone.geometry);
  }
} else {
  for (const path of args) {
    const collection = JSON.parse(readFileSync(path, 'utf8')) as { features: { geometry: GeometryLike | null }[] };
    for (const feature of collection.features) measureGeometry(feature.geometry);
  }
}
const seconds = (performance.now() - started) / 1000;
process.stdout.write(`${JSON.stringify({ seconds, rings, squareMeters, peakRssMiB: process.resourceUsage().maxRSS / KIB_PER_MIB })}\n`);

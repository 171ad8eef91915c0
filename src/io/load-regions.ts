import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature as topologyFeature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { parseInput } from './parse-input.js';
import { reprojectFeatures } from './reproject-features.js';
import { isWgs84Crs, resolveCrs } from './resolve-crs.js';
import { loadProj4 } from './load-proj4.js';
import { bytesSource } from './bytes-source.js';
import { stringSource } from './string-source.js';
import type { ZoneSource } from './zone-source.js';

/** A region (district) polygon to report by. */
export type RegionFeature = Feature<Polygon | MultiPolygon>;

/** Options of {@link loadRegions}. */
export interface LoadRegionsOptions {
  /** CRS of the coordinates when the file does not declare it. */
  crs: string | null;
  /** Name used in messages when the input is a string or bytes. */
  fileName: string;
}

/** Defaults of {@link LoadRegionsOptions}. */
export const defaultLoadRegionsOptions: LoadRegionsOptions = { crs: null, fileName: 'regions' };

/**
 * Reads region polygons (districts) from GeoJSON, TopoJSON (every object of the topology),
 * KML or a zipped shapefile. Regions decide where every hectare is reported, so unlike zones
 * nothing is skipped: any feature that is not a Polygon or MultiPolygon makes this throw an
 * Error naming the file, the feature and the fix.
 *
 * @example
 * const regions = await loadRegions(pathSource('districts.topojson'));
 */
export async function loadRegions(
  input: ZoneSource | string | Uint8Array,
  options: Partial<LoadRegionsOptions> = {},
): Promise<RegionFeature[]> {
  const { crs: crsOption, fileName: fallbackName } = { ...defaultLoadRegionsOptions, ...options };
  const source =
    typeof input === 'string' ? stringSource(input, fallbackName)
    : input instanceof Uint8Array ? bytesSource(input, fallbackName)
    : input;
  const bytes = await source.read();
  const fileName = source.name;

  const topology = readTopology(bytes);
  let features: Array<unknown | null>;
  let declaredCrs: string | null = null;
  let alreadyWgs84 = false;
  if (topology) {
    features = Object.values(topology.objects).flatMap((object) => {
      const converted = topologyFeature(topology, object) as Feature | { type: 'FeatureCollection'; features: Feature[] };
      return converted.type === 'FeatureCollection' ? converted.features : [converted];
    });
  } else {
    const parsed = await parseInput(bytes, fileName);
    const fatal = parsed.issues.find((issue) => issue.severity === 'error');
    if (fatal) throw new Error(`cannot read regions: ${fatal.message}`);
    features = parsed.features;
    declaredCrs = parsed.declaredCrs;
    alreadyWgs84 = parsed.reprojected;
  }
  const crs = alreadyWgs84 ? null : (crsOption ?? declaredCrs);
  if (crs !== null && !isWgs84Crs(crs)) {
    await loadProj4();
    features = reprojectFeatures(features, resolveCrs(crs));
  }
  if (features.length === 0) throw new Error(`${fileName} holds no regions; give a file of district polygons`);
  return features.map((candidate, index) => asRegion(candidate, index, fileName));
}

function readTopology(bytes: Uint8Array): Topology | null {
  // Only a small prefix is decoded to recognise TopoJSON before committing to a full parse.
  const head = new TextDecoder().decode(bytes.subarray(0, 512));
  if (!/"type"\s*:\s*"Topology"/.test(head)) return null;
  try {
    return JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, '')) as Topology;
  } catch {
    return null;
  }
}

function asRegion(candidate: unknown, index: number, fileName: string): RegionFeature {
  const feature = candidate as Feature | null;
  const type = feature?.geometry?.type ?? 'no geometry';
  if (type !== 'Polygon' && type !== 'MultiPolygon') {
    throw new Error(
      `${fileName}, region ${index}: regions must be Polygon or MultiPolygon features; this one is ${type}. Remove it or export district polygons only.`,
    );
  }
  return { type: 'Feature', id: feature?.id, properties: feature?.properties ?? {}, geometry: feature!.geometry as Polygon | MultiPolygon };
}

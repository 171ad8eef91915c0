import type { ZoneStatus } from '../zones/zone.js';
import type { FieldMap } from '../zones/field-map.js';
import type { ValidationIssue } from '../validate/issue-codes.js';
import { validateFeatures } from '../validate/validate-features.js';
import type { LoadResult } from './load-result.js';
import { parseInput } from './parse-input.js';
import { reprojectFeatures } from './reproject-features.js';
import { resolveCrs, isWgs84Crs } from './resolve-crs.js';
import { bytesSource } from './bytes-source.js';
import { stringSource } from './string-source.js';
import type { ZoneSource } from './zone-source.js';

/** Options of {@link loadZones}. */
export interface LoadOptions {
  /** CRS of the coordinates when the file does not say (or says wrongly): an EPSG code or proj4 definition. */
  crs: string | null;
  /** Maps cleared-land's property names to the file's column names, e.g. `{ status: 'Hazard_Typ' }`. */
  fieldMap: FieldMap;
  /** Extra status spellings, e.g. `{ 'Closed - Cleared': 'cleared' }`; they win over the built-in synonyms. */
  statusValues: Record<string, ZoneStatus>;
  /** Name used in messages when the input is a string or bytes. */
  fileName: string;
  /** Aborts reading (e.g. when a newer file is opened). */
  signal: AbortSignal | null;
}

/** Defaults of {@link LoadOptions}. */
export const defaultLoadOptions: LoadOptions = {
  crs: null,
  fieldMap: {},
  statusValues: {},
  fileName: 'input',
  signal: null,
};

/**
 * Reads a file of surveyed zones — GeoJSON (collection, feature, geometry, text sequence), KML, GPX
 * or a zipped shapefile — reprojects it to WGS84 when a CRS is declared or given, and validates
 * every feature. Never throws for bad data: every problem is an issue, and
 * `accepted + rejected` always equals the number of features in the input.
 *
 * @example
 * const result = await loadZones('{"type":"FeatureCollection","features":[]}', { fileName: 'zones.geojson' });
 * result.issues[0].code; // 'empty'
 */
export async function loadZones(
  input: ZoneSource | string | Uint8Array | ArrayBuffer,
  options: Partial<LoadOptions> = {},
): Promise<LoadResult> {
  const { crs: crsOption, fieldMap, statusValues, fileName: fallbackName, signal } = {
    ...defaultLoadOptions,
    ...options,
  };
  const source = toSource(input, fallbackName);
  const fileName = source.name;
  const bytes = await source.read(signal ?? undefined);
  signal?.throwIfAborted();
  const parsed = await parseInput(bytes, fileName);
  // A zipped shapefile arrives already in WGS84 (shpjs applies its .prj); only an explicit
  // option may still reproject data that was not converted.
  const crs = parsed.reprojected ? null : (crsOption ?? parsed.declaredCrs);
  const issues: ValidationIssue[] = [...parsed.issues];
  if (parsed.reprojected && crsOption !== null) {
    issues.push({
      code: 'unsupported-crs',
      severity: 'warning',
      feature: null,
      id: null,
      message: `${fileName}: the crs option (${crsOption}) was ignored because the shapefile's .prj already gave its coordinate system; remove the option, or the .prj if it is wrong.`,
    });
  }

  let features = parsed.features;
  if (crs !== null && !isWgs84Crs(crs)) {
    let definition: string;
    try {
      definition = resolveCrs(crs);
    } catch (error) {
      return rejectAll(fileName, parsed.format, features.length, [
        ...issues,
        { code: 'unsupported-crs', severity: 'error', feature: null, id: null, message: `${fileName}: ${(error as Error).message}` },
      ]);
    }
    features = reprojectFeatures(features, definition);
  }

  const validated = validateFeatures(features, { fileName, crs, fieldMap, statusValues });
  return {
    fileName,
    format: parsed.format,
    zones: validated.zones,
    issues: [...issues, ...validated.issues],
    accepted: validated.zones.length,
    rejected: features.length - validated.zones.length,
  };
}

function toSource(input: ZoneSource | string | Uint8Array | ArrayBuffer, fileName: string): ZoneSource {
  if (typeof input === 'string') return stringSource(input, fileName);
  if (input instanceof Uint8Array || input instanceof ArrayBuffer) return bytesSource(input, fileName);
  if (input && typeof (input as ZoneSource).read === 'function') return input as ZoneSource;
  throw new Error(
    `loadZones: input must be a string, bytes, or a source such as urlSource(url) or fileSource(file); got ${describe(input)}`,
  );
}

function rejectAll(
  fileName: string,
  format: LoadResult['format'],
  featureCount: number,
  issues: ValidationIssue[],
): LoadResult {
  return { fileName, format, zones: [], issues, accepted: 0, rejected: featureCount };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

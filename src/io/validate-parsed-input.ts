import type { ZoneStatus } from '../zones/zone.js';
import type { FieldMap } from '../zones/field-map.js';
import type { DateOrder } from '../zones/normalise-date.js';
import type { RepairReading } from '../validate/repair-geometry.js';
import type { ValidationIssue } from '../validate/issue-codes.js';
import { validateFeatures } from '../validate/validate-features.js';
import type { LoadResult } from './load-result.js';
import type { ParsedInput } from './parse-input.js';
import { reprojectFeatures } from './reproject-features.js';
import { resolveCrs, isWgs84Crs } from './resolve-crs.js';
import { loadProj4 } from './load-proj4.js';

/** What {@link validateParsedInput} needs to know besides the parsed input. */
export interface ValidateParsedInputOptions {
  /** Name of the file, for messages. */
  fileName: string;
  /** CRS given by the caller; wins over the file's own (except a shapefile's `.prj`). */
  crs: string | null;
  /** Maps cleared-land's property names to the file's column names. */
  fieldMap: FieldMap;
  /** Extra status spellings. */
  statusValues: Record<string, ZoneStatus>;
  /** How the file writes year-last dates, or null to let the file settle it (see `LoadOptions.dateOrder`). */
  dateOrder?: DateOrder | null;
  /** Which reading of a broken outline to count where the readings differ (see `LoadOptions.repair`). */
  repair?: RepairReading;
}

/**
 * The second half of loading: reprojects parsed features to WGS 84 when the caller or the file
 * gives a CRS, validates them, and puts the parse issues before the validation issues. An unknown
 * CRS rejects every feature with an `unsupported-crs` error. proj4 is loaded only when a CRS other
 * than WGS 84 is declared or given. Shared by {@link loadZones} and
 * {@link loadZonesStream}, so that a file gives the same result whichever reads it.
 *
 * @example
 * const parsed = await parseInput(bytes, 'zones.geojson');
 * const result = await validateParsedInput(parsed, { fileName: 'zones.geojson', crs: null, fieldMap: {}, statusValues: {} });
 */
export async function validateParsedInput(parsed: ParsedInput, options: ValidateParsedInputOptions): Promise<LoadResult> {
  const { fileName, crs: crsOption, fieldMap, statusValues, dateOrder = null, repair = 'nonzero' } = options;
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
      await loadProj4();
      definition = resolveCrs(crs);
    } catch (error) {
      return {
        fileName,
        format: parsed.format,
        zones: [],
        issues: [...issues, unknownCrsIssue(fileName, error as Error)],
        accepted: 0,
        rejected: features.length,
      };
    }
    features = reprojectFeatures(features, definition);
  }

  const validated = validateFeatures(features, { fileName, crs, fieldMap, statusValues, dateOrder, repair });
  return {
    fileName,
    format: parsed.format,
    zones: validated.zones,
    issues: [...issues, ...validated.issues],
    accepted: validated.zones.length,
    rejected: features.length - validated.zones.length,
  };
}

/**
 * The whole-file error for a CRS that {@link resolveCrs} does not know; every feature is rejected.
 *
 * @example
 * unknownCrsIssue('zones.geojson', new Error('unknown CRS "EPSG:9999"; …')).code; // 'unsupported-crs'
 */
export function unknownCrsIssue(fileName: string, error: Error): ValidationIssue {
  return { code: 'unsupported-crs', severity: 'error', feature: null, id: null, message: `${fileName}: ${error.message}` };
}

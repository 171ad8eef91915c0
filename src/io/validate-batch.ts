import type { ValidationIssue } from '../validate/issue-codes.js';
import { validateFeatures, type ValidateOptions } from '../validate/validate-features.js';
import type { ZoneSink } from '../zones/packed-zones.js';
import type { ZoneFeature } from '../zones/zone.js';
import { reprojectFeatures } from './reproject-features.js';

/** Where {@link validateBatch} puts what it accepts and what it finds. */
export interface BatchTargets {
  /** Accepted zones, when there is no sink. */
  zones: ZoneFeature[];
  /** Where accepted zones go instead of `zones`, or null. */
  sink: ZoneSink | null;
  /** Every issue validation raises. */
  issues: ValidationIssue[];
}

/**
 * Validates one batch of streamed features: reprojected first from `definition` (a proj4
 * definition, or null for WGS 84), then checked and repaired by validateFeatures with `options`
 * (whose `firstIndex` is the batch's first feature). Accepted zones go to the sink or the zones
 * array, issues to the list. Returns how many zones were accepted.
 *
 * @example
 * accepted += validateBatch(batch, null, { fileName, firstIndex: batchStart, seenIds }, { zones, sink: null, issues });
 */
export function validateBatch(batch: Array<unknown | null>, definition: string | null, options: Partial<ValidateOptions>, targets: BatchTargets): number {
  const features = definition === null ? batch : reprojectFeatures(batch, definition);
  const validated = validateFeatures(features, options);
  for (const zone of validated.zones) {
    if (targets.sink === null) targets.zones.push(zone);
    else targets.sink.add(zone);
  }
  for (const issue of validated.issues) targets.issues.push(issue);
  return validated.zones.length;
}

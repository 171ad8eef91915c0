import fc from 'fast-check';
import { validateFeatures } from '../../src/validate/validate-features.js';
import type { ValidationResult } from '../../src/validate/validate-features.js';
import type { IssueCode } from '../../src/validate/issue-codes.js';
import { createFileDateOrder, settleFileDateOrder } from '../../src/zones/file-date-order.js';
import type { ZoneFeature } from '../../src/zones/zone.js';
import { checkLoadResult } from './check-invariants.js';
import { countCase } from './fuzz-runs.js';
import { applyMutations, featureArbitrary, mutationArbitrary, zoneFeatureArbitrary } from './geojson-arbitraries.js';

// Reusable fuzz properties of validateFeatures, fed JavaScript values directly: unlike text,
// these can hold NaN, Infinity, undefined, sparse arrays and nesting deeper than any recursion.

const FILE_NAME = 'objects.geojson';

/** 0–10 features, some mutated anywhere (values replaced by NaN, strings, deep nesting…), some null. */
export const featuresArbitrary: fc.Arbitrary<Array<unknown | null>> = fc.array(
  fc.oneof(
    { weight: 6, arbitrary: featureArbitrary },
    {
      weight: 3,
      arbitrary: fc.tuple(featureArbitrary, fc.array(mutationArbitrary, { minLength: 1, maxLength: 3 })).map(([feature, mutations]) => applyMutations(feature, mutations)),
    },
    { weight: 1, arbitrary: fc.constant(null) },
  ),
  { maxLength: 10 },
);

/** Result of validateFeatures seen as a load result, so the same invariants apply. */
function asLoadResult(features: readonly unknown[], validated: ValidationResult) {
  const nullCount = features.filter((feature) => feature === null).length;
  return {
    result: {
      fileName: FILE_NAME,
      format: 'geojson' as const,
      zones: validated.zones,
      // Null entries are rejected silently here: their parse issue is the reader's.
      issues: validated.issues,
      accepted: validated.zones.length,
      rejected: features.length - validated.zones.length,
    },
    nullCount,
  };
}

/**
 * validateFeatures never throws on data, reports every problem with a known code and a message
 * naming the file and the feature, accepts exactly the features without an error, and accepts
 * only valid, closed, finite, in-range (Multi)Polygons.
 *
 * @example
 * fc.assert(validationInvariantsProperty(), { numRuns: 2000 });
 */
export function validationInvariantsProperty(): fc.IPropertyWithHooks<[Array<unknown | null>]> {
  return fc.property(featuresArbitrary, (features) => {
    countCase('validateFeatures on mutated objects');
    const validated = validateFeatures(features, { fileName: FILE_NAME });
    const { result, nullCount } = asLoadResult(features, validated);
    checkLoadResult(result, FILE_NAME, features.length, nullCount);
    for (const issue of validated.issues) {
      if (issue.feature !== null && !issue.message.startsWith(`${FILE_NAME}, feature ${issue.feature} (`)) {
        throw new Error(`the message does not name feature ${issue.feature}: ${issue.message}`);
      }
    }
  });
}

/**
 * Validating in batches that share `seenIds` and `fileDates`, settling the dates at the end (as
 * streaming does), gives the one-call result,
 * duplicate ids across batches included.
 *
 * @example
 * fc.assert(batchedValidationProperty(), { numRuns: 500 });
 */
export function batchedValidationProperty(): fc.IPropertyWithHooks<[Array<unknown | null>, number[]]> {
  return fc.property(featuresArbitrary, fc.array(fc.nat(), { maxLength: 4 }), (features, cuts) => {
    countCase('validateFeatures in batches');
    const whole = validateFeatures(features, { fileName: FILE_NAME });
    const places = [...new Set(cuts.map((cut) => cut % (features.length + 1)))].sort((a, b) => a - b);
    const seenIds = new Map<string, number>();
    const fileDates = createFileDateOrder(null);
    const zones: ZoneFeature[] = [];
    const issues: unknown[] = [];
    let start = 0;
    for (const end of [...places, features.length]) {
      if (end < start) continue;
      const part = validateFeatures(features.slice(start, end), { fileName: FILE_NAME, firstIndex: start, seenIds, fileDates });
      zones.push(...part.zones);
      issues.push(...part.issues);
      start = end;
    }
    issues.push(...settleFileDateOrder(fileDates, FILE_NAME, (place, field, date) => {
      zones[place].properties[field] = date;
    }));
    if (JSON.stringify({ zones, issues }) !== JSON.stringify(whole)) throw new Error('batched validation differs from one call');
  });
}

// Codes about the outline: none may come back when an accepted zone is checked again.
const GEOMETRY_CODES = new Set<IssueCode>([
  'null-geometry',
  'unsupported-geometry',
  'merged-geometry-collection',
  'invalid-coordinate',
  'coordinate-out-of-range',
  'projected-coordinates',
  'too-few-positions',
  'unclosed-ring',
  'repeated-position',
  'ring-orientation',
  'self-intersection',
  'zero-area',
]);

/**
 * Repairs are final: an accepted zone's geometry, validated again, is accepted as it is, with no
 * geometry issue at all (its repairs left nothing to repair, rewind or report).
 *
 * @example
 * fc.assert(repairIsFinalProperty(), { numRuns: 1000 });
 */
export function repairIsFinalProperty(): fc.IPropertyWithHooks<[Array<unknown | null>]> {
  return fc.property(fc.array(fc.oneof(zoneFeatureArbitrary, featureArbitrary), { maxLength: 6 }), (features) => {
    countCase('accepted geometry validates again unchanged');
    const { zones } = validateFeatures(features, { fileName: FILE_NAME });
    const again = validateFeatures(
      zones.map((zone) => ({ type: 'Feature', properties: { status: zone.properties.status }, geometry: zone.geometry })),
      { fileName: FILE_NAME },
    );
    const geometryIssues = again.issues.filter((issue) => GEOMETRY_CODES.has(issue.code));
    if (geometryIssues.length > 0) {
      const zone = zones[geometryIssues[0].feature ?? 0];
      throw new Error(
        `an accepted geometry is not final: ${geometryIssues[0].message}\n${JSON.stringify(zone.geometry).slice(0, 1500)}`,
      );
    }
    if (JSON.stringify(again.zones.map((zone) => zone.geometry)) !== JSON.stringify(zones.map((zone) => zone.geometry))) {
      throw new Error('validating accepted geometry again changed it');
    }
  });
}

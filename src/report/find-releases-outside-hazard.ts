import type { MultiPolygon } from 'geojson';
import { areaSquareMeters } from '../geometry/area.js';
import { indexPolygons } from '../geometry/polygon-index.js';
import { subtract } from '../geometry/subtract.js';
import type { ValidationIssue } from '../validate/issue-codes.js';
import { RELEASE_STATUSES, type ZoneFeature } from '../zones/zone.js';
import { describeArea } from './describe-area.js';
import { describeZone } from './describe-zone.js';
import type { FindingContext } from './finding-context.js';

/** A release may stick out of its hazard by 1 % of its area (digitising, re-survey) before it is reported. */
export const OUTSIDE_HAZARD_SHARE_THRESHOLD = 0.01;

const PERCENT = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });

/**
 * Finds releases with more than 1 % of their area outside every suspected or confirmed hazard:
 * land released that was never recorded as hazardous, usually a hazard polygon missing from the
 * file or a release drawn in the wrong place. `hazard` should be dissolved; each release is
 * differenced only with the hazard parts near it, so `zones` and `hazard` may be one batch of
 * connected components. Returns nothing when `hazardsInFile` is false (a file of releases only).
 *
 * @example
 * findReleasesOutsideHazard(zones, outcomes.hazard, true, context);
 */
export function findReleasesOutsideHazard(
  zones: readonly ZoneFeature[],
  hazard: MultiPolygon,
  hazardsInFile: boolean,
  context: FindingContext,
): ValidationIssue[] {
  if (!hazardsInFile) return [];
  const index = indexPolygons([hazard]);
  const issues: ValidationIssue[] = [];
  for (const zone of zones) {
    if (!RELEASE_STATUSES.includes(zone.properties.status)) continue;
    const zoneSquareMeters = context.areaOf(zone);
    if (zoneSquareMeters <= 0) continue;
    let failed = false;
    const outside = subtract(zone.geometry, index, {
      onFallback: (fallback) => {
        failed = true;
        context.onFallback({ ...fallback, strategy: 'whether it lies within a hazard was not checked' }, 'checking a release against the hazards', [zone]);
      },
    });
    if (failed) continue;
    const outsideSquareMeters = areaSquareMeters(outside);
    const share = outsideSquareMeters / zoneSquareMeters;
    if (share <= OUTSIDE_HAZARD_SHARE_THRESHOLD) continue;
    issues.push({
      code: 'release-outside-hazard',
      severity: 'warning',
      feature: zone.properties.featureIndex,
      id: zone.properties.id,
      message: `${context.fileName}: ${describeZone(zone, zone.properties.status)} has ${PERCENT.format(share)} of its area, ${describeArea(outsideSquareMeters)}, outside every suspected or confirmed hazard. Add the hazard it belongs to, or check where the release was drawn.`,
    });
  }
  return issues;
}

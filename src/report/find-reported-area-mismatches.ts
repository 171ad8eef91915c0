import type { ValidationIssue } from '../validate/issue-codes.js';
import type { ZoneFeature } from '../zones/zone.js';
import { describeArea } from './describe-area.js';
import { describeZone } from './describe-zone.js';
import type { FindingContext } from './finding-context.js';

const PERCENT = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });

/**
 * Finds zones whose reported area (`reportedAreaM2`, typed by an operator) differs from the area
 * of their polygon on the WGS84 ellipsoid by more than `tolerance` of the computed area
 * (|reported − computed| / computed > tolerance). The report always uses the computed area; the
 * message names both figures in m² and ha.
 *
 * @param tolerance a share: 0.1 = 10 %.
 * @example
 * findReportedAreaMismatches(zones, 0.1, context);
 */
export function findReportedAreaMismatches(
  zones: readonly ZoneFeature[],
  tolerance: number,
  context: FindingContext,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const zone of zones) {
    const reported = zone.properties.reportedAreaM2;
    if (typeof reported !== 'number' || !Number.isFinite(reported)) continue;
    const computed = context.areaOf(zone);
    const difference = Math.abs(reported - computed);
    if (computed > 0 ? difference / computed <= tolerance : difference === 0) continue;
    const relation = computed > 0 ? `, ${PERCENT.format(difference / computed)} ${reported > computed ? 'more' : 'less'} than measured` : '';
    issues.push({
      code: 'reported-area-mismatch',
      severity: 'warning',
      feature: zone.properties.featureIndex,
      id: zone.properties.id,
      message: `${context.fileName}: ${describeZone(zone)} reports ${describeArea(reported)} but its polygon measures ${describeArea(computed)} on the WGS84 ellipsoid${relation} (tolerance ${PERCENT.format(tolerance)}). Check the polygon and the reported figure; totals use the measured area.`,
    });
  }
  return issues;
}

import Flatbush from 'flatbush';
import { polygonAreaSquareMeters } from '../geometry/area.js';
import { geometryBox } from '../geometry/bounding-box.js';
import { tryBoolean } from '../geometry/try-boolean.js';
import type { ValidationIssue } from '../validate/issue-codes.js';
import { RELEASE_STATUSES, type ZoneFeature } from '../zones/zone.js';
import { describeArea } from './describe-area.js';
import { describeZone } from './describe-zone.js';
import type { FindingContext } from './finding-context.js';

/** Overlaps up to 1 m² are digitising noise along shared edges, not land released twice. */
export const OVERLAP_THRESHOLD_SQUARE_METERS = 1;

/**
 * Finds release polygons that overlap by more than 1 m² where they should not: two different
 * outcomes (e.g. cleared ∩ reduced: the same land released twice), or two releases of the same
 * hazard. Overlapping releases of one outcome from different hazards or none (re-surveys, several
 * operators) are normal and are dissolved, not reported. One warning per pair, on the later
 * feature, naming both, the hazard and the overlap in m² and ha. Candidate pairs come from an
 * R-tree over bounding boxes, so the cost follows the number of near pairs, not n².
 *
 * @example
 * findOverlappingOutcomes(zones, context); // [{ code: 'overlapping-outcomes', … }]
 */
export function findOverlappingOutcomes(zones: readonly ZoneFeature[], context: FindingContext): ValidationIssue[] {
  const releases = zones.filter((zone) => RELEASE_STATUSES.includes(zone.properties.status));
  if (releases.length < 2) return [];
  const boxes = releases.map((zone) => geometryBox(zone.geometry));
  const tree = new Flatbush(releases.length);
  for (const box of boxes) tree.add(box[0], box[1], box[2], box[3]);
  tree.finish();

  const issues: ValidationIssue[] = [];
  releases.forEach((first, firstIndex) => {
    const box = boxes[firstIndex];
    const candidates = tree.search(box[0], box[1], box[2], box[3]).filter((index) => index > firstIndex).sort((a, b) => a - b);
    for (const secondIndex of candidates) {
      const second = releases[secondIndex];
      if (!shouldNotOverlap(first, second)) continue;
      const outcome = tryBoolean('intersection', [first.geometry.coordinates, second.geometry.coordinates]);
      if (!outcome.coordinates) {
        context.onFallback(
          { operation: 'intersection', strategy: 'their overlap was not checked', box, inputs: [], error: outcome.error ?? 'unknown error' },
          'checking two releases for overlap',
          [first, second],
        );
        continue;
      }
      let overlapSquareMeters = 0;
      for (const rings of outcome.coordinates) overlapSquareMeters += polygonAreaSquareMeters(rings);
      if (overlapSquareMeters <= OVERLAP_THRESHOLD_SQUARE_METERS) continue;
      const [earlier, later] = first.properties.featureIndex <= second.properties.featureIndex ? [first, second] : [second, first];
      issues.push({
        code: 'overlapping-outcomes',
        severity: 'warning',
        feature: later.properties.featureIndex,
        id: later.properties.id,
        message: `${context.fileName}: ${describeZone(later, later.properties.status)} overlaps ${describeZone(earlier, earlier.properties.status)} by ${describeArea(overlapSquareMeters)}${hazardNote(earlier, later)}. The same land is released twice; totals count it once, but correct one of the boundaries, or remove the older polygon if the newer one replaces it.`,
      });
    }
  });
  return issues.sort((a, b) => (a.feature ?? 0) - (b.feature ?? 0));
}

function shouldNotOverlap(first: ZoneFeature, second: ZoneFeature): boolean {
  if (first.properties.status !== second.properties.status) return true;
  const hazardId = first.properties.hazardId;
  return hazardId !== null && hazardId === second.properties.hazardId;
}

function hazardNote(earlier: ZoneFeature, later: ZoneFeature): string {
  const a = earlier.properties.hazardId;
  const b = later.properties.hazardId;
  if (a !== null && a === b) return `, both in hazard ${a}`;
  if (a === null && b === null) return '';
  return ` (hazards ${b ?? 'none'} and ${a ?? 'none'})`;
}

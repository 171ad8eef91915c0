import { geometryBox, type BoundingBox } from '../geometry/bounding-box.js';
import type { ZoneFeature, ZoneProperties } from './zone.js';

/**
 * Accepted zones as `summarize` reads them: their properties one at a time, their bounding boxes,
 * and whole features only for the batch being measured. An array of features is one; `PackedZones`
 * (coordinates in typed arrays, for national files) is another.
 */
export interface ZoneList {
  /** Number of zones. */
  readonly length: number;
  /** The normalised properties of zone `index`. */
  propertiesAt(index: number): ZoneProperties;
  /** The bounding box of every zone, in order. */
  boxes(): BoundingBox[];
  /** The zones at `indices` as GeoJSON features (made anew by a packed list). */
  featuresAt(indices: readonly number[]): ZoneFeature[];
}

/**
 * A {@link ZoneList} over an array of zone features, which it neither copies nor changes.
 *
 * @example
 * const list = zoneListOf(loaded.zones);
 * list.propertiesAt(0).status; // 'cleared'
 */
export function zoneListOf(zones: readonly ZoneFeature[]): ZoneList {
  return {
    length: zones.length,
    propertiesAt: (index) => zones[index].properties,
    boxes: () => zones.map((zone) => geometryBox(zone.geometry)),
    featuresAt: (indices) => indices.map((index) => zones[index]),
  };
}

/**
 * Whether `value` is a {@link ZoneList} (an object with the list's methods) rather than an array.
 *
 * @example
 * isZoneList(new PackedZones()); // true
 */
export function isZoneList(value: unknown): value is ZoneList {
  const candidate = value as ZoneList | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    !Array.isArray(candidate) &&
    typeof candidate.propertiesAt === 'function' &&
    typeof candidate.featuresAt === 'function' &&
    typeof candidate.boxes === 'function'
  );
}

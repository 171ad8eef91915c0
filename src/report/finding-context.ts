import type { ClipFallback } from '../geometry/try-boolean.js';
import type { ZoneFeature } from '../zones/zone.js';

/** Records a boolean operation that fell back (see ClipFallback): what was being done, and the zones involved. */
export type ReportFallback = (fallback: ClipFallback, what: string, zones: readonly ZoneFeature[]) => void;

/** What the data-quality checks share with `summarize`. */
export interface FindingContext {
  /** Name of the input, for messages. */
  fileName: string;
  /** Ellipsoidal area of a zone in m², computed once per zone. */
  areaOf: (zone: ZoneFeature) => number;
  /** Records a fallback as a `clipping-fallback` issue. */
  onFallback: ReportFallback;
}

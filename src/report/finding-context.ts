import type { ClipFallback } from '../geometry/try-boolean.js';
import type { ZoneFeature } from '../zones/zone.js';

/** What the data-quality checks share with `summarize`. */
export interface FindingContext {
  /** Name of the input, for messages. */
  fileName: string;
  /** Ellipsoidal area of a zone in m², computed once per zone. */
  areaOf: (zone: ZoneFeature) => number;
  /** Records a boolean operation that fell back (see ClipFallback), with what was being checked and the zones involved. */
  onFallback: (fallback: ClipFallback, what: string, zones: ZoneFeature[]) => void;
}

/**
 * Every issue code cleared-land reports, stable across versions. Whole-file problems come first,
 * then per-feature geometry problems, then per-feature property problems, then data-quality
 * findings made while measuring.
 */
export const ISSUE_CODES = [
  'invalid-json',
  'not-geojson',
  'empty',
  'unreadable-file',
  'too-large',
  'invalid-topojson',
  'unsupported-crs',
  'other-layers',
  'null-geometry',
  'unsupported-geometry',
  'unreadable-geometry',
  'merged-geometry-collection',
  'invalid-coordinate',
  'coordinate-out-of-range',
  'projected-coordinates',
  'too-few-positions',
  'unclosed-ring',
  'repeated-position',
  'ring-orientation',
  'self-intersection',
  'ambiguous-repair',
  'empty-member',
  'zero-area',
  'crosses-antimeridian',
  'encloses-pole',
  'unknown-status',
  'invalid-date',
  'ambiguous-date',
  'invalid-count',
  'invalid-reported-area',
  'duplicate-id',
  'duplicate-region-name',
  'overlapping-outcomes',
  'release-outside-hazard',
  'reported-area-mismatch',
  'clipping-fallback',
] as const;

/** A stable issue code; see {@link ISSUE_CODES}. */
export type IssueCode = (typeof ISSUE_CODES)[number];

/**
 * `error`: the feature is rejected (or, with `feature: null`, the file could not be read).
 * `warning`: the feature is accepted, repaired where a safe repair exists; worth a look.
 * `info`: accepted after a routine repair nobody needs to act on (e.g. ring winding).
 */
export type IssueSeverity = 'error' | 'warning' | 'info';

/** One problem found in the input, in words a GIS officer can act on. */
export interface ValidationIssue {
  /** Stable code from {@link ISSUE_CODES}. */
  code: IssueCode;
  severity: IssueSeverity;
  /** 0-based index of the feature in the input, or null for a whole-file problem. */
  feature: number | null;
  /** The feature's `id` (or mapped id field), as a string, when it has one. */
  id: string | null;
  /** A sentence naming the file, the feature, what is wrong and how to fix it. */
  message: string;
}

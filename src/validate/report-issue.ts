import type { IssueCode, IssueSeverity, ValidationIssue } from './issue-codes.js';

/** The feature being validated: where its issues go and how messages name it. */
export interface FeatureContext {
  /** Name of the file or URL, first word of every message. */
  fileName: string;
  /** 0-based index of the feature in the input. */
  featureIndex: number;
  /** The feature's id as text, or null. */
  id: string | null;
  /** Issues found so far; reportIssue appends to it. */
  issues: ValidationIssue[];
  /** What the feature is to the reader: a surveyed zone (the default) or a region of a districts file. */
  subject?: 'zone' | 'region';
}

/**
 * The words a message uses for the feature in `context`: `zone`/`zones` or `region`/`regions`, the
 * sentence that ends a rejection, and what a repaired outline should match.
 *
 * @example
 * `it has no geometry; a ${wordsFor(context).one} needs an outline. ${wordsFor(context).rejected}`
 */
export function wordsFor(context: FeatureContext): { one: string; many: string; rejected: string; meant: string } {
  return context.subject === 'region' ? REGION_WORDS : ZONE_WORDS;
}

const ZONE_WORDS = { one: 'zone', many: 'zones', rejected: 'The feature was rejected.', meant: 'what the survey meant' };
const REGION_WORDS = { one: 'region', many: 'regions', rejected: 'The region was rejected.', meant: 'what the boundary file meant' };

/**
 * Appends an issue whose message starts by naming the file and the feature, then says what is
 * wrong and what was done or how to fix it: "zones.geojson, feature 12 (id T-0042): ring 1 is not
 * closed; it was closed by repeating its first position."
 *
 * @example
 * reportIssue(context, 'unclosed-ring', 'warning', 'ring 1 is not closed; it was closed by repeating its first position.');
 */
export function reportIssue(
  context: FeatureContext,
  code: IssueCode,
  severity: IssueSeverity,
  text: string,
): void {
  const idText = context.id === null ? 'no id' : `id ${context.id}`;
  context.issues.push({
    code,
    severity,
    feature: context.featureIndex,
    id: context.id,
    message: `${context.fileName}, feature ${context.featureIndex} (${idText}): ${text}`,
  });
}

/**
 * Names a ring in a message: "ring 1" in a Polygon, "polygon 2, ring 1" in a MultiPolygon. Ring 0
 * of a polygon is its exterior; the others are holes. Indexes are 0-based, like feature indexes.
 *
 * @example
 * describeRing(2, 1, true); // 'polygon 2, ring 1'
 */
export function describeRing(polygonIndex: number, ringIndex: number, isMultiPolygon: boolean): string {
  return isMultiPolygon ? `polygon ${polygonIndex}, ring ${ringIndex}` : `ring ${ringIndex}`;
}

/**
 * A position as a message shows it, `[x, y]`, with numbers as JavaScript prints them so that users
 * can search the file for them.
 *
 * @example
 * formatPosition(652345.1, 4432123.9); // '[652345.1, 4432123.9]'
 */
export function formatPosition(x: number, y: number): string {
  return `[${x}, ${y}]`;
}

/**
 * A computed position (where two edges cross) as a message gives it: to 12 significant digits,
 * finer than any survey (1e-9° at longitude 100, 1e-5 m at a UTM northing of 4,400 km), without
 * the last digits' rounding noise of the intersection arithmetic.
 *
 * @example
 * formatComputedPosition(46.504999999999995, 40.004999999999995); // '[46.505, 40.005]'
 */
export function formatComputedPosition(x: number, y: number): string {
  return formatPosition(Number(x.toPrecision(COMPUTED_DIGITS)), Number(y.toPrecision(COMPUTED_DIGITS)));
}

const COMPUTED_DIGITS = 12;

/**
 * A value from the file as a message quotes it: JSON, cut to {@link MAX_QUOTED_CHARACTERS}
 * characters so that a runaway cell cannot flood the report.
 *
 * @example
 * quoteValue('Closed'); // '"Closed"'
 * quoteValue([1, null]); // '[1,null]'
 */
export function quoteValue(value: unknown): string {
  let text: string;
  if (value === undefined) text = 'undefined';
  else if (typeof value === 'number' || typeof value === 'bigint') text = String(value);
  else if (value instanceof Date) text = Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      // Cyclic objects cannot come from a file, only from API callers; name the type instead.
      text = Object.prototype.toString.call(value);
    }
  }
  return text.length > MAX_QUOTED_CHARACTERS ? `${text.slice(0, MAX_QUOTED_CHARACTERS)}…` : text;
}

/** Longest quotation of a file's value in a message. */
export const MAX_QUOTED_CHARACTERS = 80;

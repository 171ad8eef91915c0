import type { IssueCode, IssueSeverity, ValidationIssue } from '../validate/issue-codes.js';
import type { ParsedInput } from './parse-input.js';

/**
 * Builds an issue found while reading a file, before any validation: a whole-file problem when
 * `feature` is null, otherwise a problem with one entry. Severity is `error` unless given, since a
 * file or entry that cannot be read cannot be used.
 *
 * @example
 * parseIssue('empty', null, 'zones.geojson holds no features');
 * // { code: 'empty', severity: 'error', feature: null, id: null, message: 'zones.geojson holds no features' }
 */
export function parseIssue(
  code: IssueCode,
  feature: number | null,
  message: string,
  options: Partial<ParseIssueOptions> = {},
): ValidationIssue {
  const { id, severity } = { ...defaultParseIssueOptions, ...options };
  return { code, severity, feature, id, message };
}

/** Options of {@link parseIssue}. */
export interface ParseIssueOptions {
  /** The entry's id, when it has one. */
  id: string | null;
  /** `error` rejects the entry (or, for a whole-file issue, means nothing was read). */
  severity: IssueSeverity;
}

/** Defaults of {@link ParseIssueOptions}. */
export const defaultParseIssueOptions: ParseIssueOptions = {
  id: null,
  severity: 'error',
};

/**
 * What reading gives for a file it could not read at all: no features and one whole-file issue.
 *
 * @example
 * nothingRead('unreadable-file', 'zones.gpkg is a GeoPackage or SQLite database; …');
 */
export function nothingRead(code: 'empty' | 'invalid-json' | 'unreadable-file' | 'too-large', message: string): ParsedInput {
  return { format: null, features: [], declaredCrs: null, reprojected: false, issues: [parseIssue(code, null, message)] };
}

import type { ValidationIssue } from '../validate/issue-codes.js';
import type { ParsedInput } from './parse-input.js';
import { parseIssue } from './parse-issue.js';
import { toFeatureEntry } from './to-feature-entry.js';

/** The record separator that starts every record of a GeoJSON text sequence (RFC 8142). */
export const RECORD_SEPARATOR = '\x1e';

/**
 * Reads text that is not one JSON document as a sequence of features, one feature per record:
 * a GeoJSON text sequence (RFC 8142, records start with the RS character U+001E) or
 * newline-delimited GeoJSON (one feature per line, as written by `ogr2ogr -f GeoJSONSeq` and
 * many streaming tools). A record that is not valid JSON is an `invalid-json` error for that
 * feature index; the others are kept.
 *
 * Returns null when the text is neither: it holds no RS character, and it has a single non-blank
 * line or fewer than half of its first 100 non-blank lines are JSON objects (a broken
 * pretty-printed GeoJSON file, say), so the caller can report the whole file as invalid JSON
 * instead of every line.
 *
 * @param text The whole file, already decoded.
 * @param fileName Name of the file, for messages.
 * @example
 * readGeoJsonSeq('{"type":"Point","coordinates":[46,40]}\n{"type":"Point","coordinates":[47,40]}\n', 'points.geojsonl')?.features.length; // 2
 */
export function readGeoJsonSeq(text: string, fileName: string): ParsedInput | null {
  const separated = text.includes(RECORD_SEPARATOR);
  if (!separated && !looksLikeOneFeaturePerLine(text)) return null;
  const records = splitRecords(text, separated ? RECORD_SEPARATOR : '\n');
  const parsed = records.map((record) => parseRecord(record.text));

  const issues: ValidationIssue[] = [];
  const features = parsed.map((result, index) => {
    const where = `line ${records[index].line}`;
    if (!result.ok) {
      issues.push(
        parseIssue(
          'invalid-json',
          index,
          `${fileName}, feature ${index} (${where}) is not valid JSON (${result.reason}); fix or remove that record — the other features were read.`,
        ),
      );
      return null;
    }
    const { feature, issue } = toFeatureEntry(result.value, index, fileName, where);
    if (issue) issues.push(issue);
    return feature;
  });
  if (features.length === 0) {
    issues.push(parseIssue('empty', null, `${fileName} is a GeoJSON text sequence with no records; there is nothing to measure.`));
  }
  return { format: 'geojson-seq', features, declaredCrs: null, reprojected: false, issues };
}

interface TextRecord {
  /** The record's text, trimmed. */
  text: string;
  /** 1-based line of the file on which the record starts. */
  line: number;
}

// Splits on `separator`, dropping blank records (RFC 8142 allows empty ones; NDJSON blank lines).
function splitRecords(text: string, separator: string): TextRecord[] {
  const records: TextRecord[] = [];
  let line = 1;
  for (const piece of text.split(separator)) {
    const trimmed = piece.trim();
    if (trimmed !== '') {
      const leadingNewlines = countNewlines(piece.slice(0, piece.indexOf(trimmed[0])));
      records.push({ text: trimmed, line: line + leadingNewlines });
    }
    line += countNewlines(piece) + (separator === '\n' ? 1 : 0);
  }
  return records;
}

function countNewlines(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

type RecordResult = { ok: true; value: unknown } | { ok: false; reason: string };

function parseRecord(text: string): RecordResult {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    // V8 quotes the whole record after the reason, and counts positions from the record's start.
    const reason = (error as Error).message
      .replace(/, (\.\.\.)?".*" is not valid JSON$/s, '')
      .replace(/ (in JSON )?at position (\d+).*$/s, (_, _in: string, position: string) => ` at character ${Number(position) + 1} of the record`);
    return { ok: false, reason };
  }
}

// Deciding on the first lines keeps a large broken document from being split and parsed line by
// line before it is reported as one invalid-JSON file.
const SAMPLE_RECORDS = 100;

function looksLikeOneFeaturePerLine(text: string): boolean {
  const sample: string[] = [];
  let start = 0;
  while (start <= text.length && sample.length <= SAMPLE_RECORDS) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end === -1 ? text.length : end).trim();
    if (line !== '') sample.push(line);
    if (end === -1) break;
    start = end + 1;
  }
  if (sample.length < 2) return false;
  const considered = sample.slice(0, SAMPLE_RECORDS);
  const objects = considered.filter((line) => {
    const result = parseRecord(line);
    return result.ok && result.value !== null && typeof result.value === 'object' && !Array.isArray(result.value);
  }).length;
  return objects * 2 >= considered.length;
}

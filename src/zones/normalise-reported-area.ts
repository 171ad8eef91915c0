/**
 * Reads an operator's reported area in m²: a positive finite number, or a string holding one written
 * with a decimal point ("15000", "15000.5", "1.5e4"). Returns null for anything else, including 0,
 * negative numbers and decimal commas ("1,5" could be 1.5 or 15 depending on the locale); the caller
 * decides whether null came from an empty cell or from an unreadable value.
 *
 * @example
 * normaliseReportedArea('15000.5'); // 15000.5
 * normaliseReportedArea('1,5'); // null
 */
export function normaliseReportedArea(value: unknown): number | null {
  let areaSquareMeters: number;
  if (typeof value === 'number') areaSquareMeters = value;
  else if (typeof value === 'string' && DECIMAL_TEXT.test(value.trim())) {
    areaSquareMeters = Number(value.trim());
  } else return null;
  return Number.isFinite(areaSquareMeters) && areaSquareMeters > 0 ? areaSquareMeters : null;
}

// Each run of digits can be matched one way only (no `\d+\.?\d*`, which splits a run of digits
// every possible way before failing: a 1 MB run followed by a letter never finished), so a test
// takes time linear in the text.
const DECIMAL_TEXT = /^\+?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * First characters that make Excel, LibreOffice and Google Sheets read a cell as a formula
 * (OWASP, "CSV injection"). Tab and carriage return count because some importers strip them and
 * evaluate what follows.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Characters that force a field to be quoted (RFC 4180 §2.6), plus leading or trailing spaces,
 * which some readers would otherwise trim. */
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
/** toFixed switches to exponent notation from here on. */
const TO_FIXED_LIMIT = 1e21;

/**
 * One RFC 4180 field. Text is quoted when it needs to be, with `"` doubled, and text beginning
 * with =, +, -, @, tab or CR gets a leading apostrophe so a spreadsheet shows it instead of
 * running it (names come from untrusted files). Numbers use '.' and never exponent notation:
 * unrounded (shortest round-trip digits) when `decimals` is null, else fixed to `decimals`.
 * null is an empty field. Throws an Error naming `where` for a number that is not finite.
 * `decimals` must already be checked (see `csvDecimals`).
 *
 * @example
 * csvField('=HYPERLINK("x")', null, 'name'); // '"\'=HYPERLINK(""x"")"'
 * csvField(1.5e-7, null, 'cleared_ha');       // '0.00000015'
 * csvField(1.25, 1, 'cleared_ha');            // '1.3'
 */
export function csvField(value: string | number | null, decimals: number | null, where: string): string {
  if (value === null) return '';
  if (typeof value === 'number') return numberText(value, decimals, where);
  const neutral = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(neutral) ? `"${neutral.replace(/"/g, '""')}"` : neutral;
}

function numberText(value: number, decimals: number | null, where: string): string {
  if (!Number.isFinite(value)) {
    throw new Error(`${where} is ${String(value)}; summary figures must be finite numbers.`);
  }
  if (decimals === null || Math.abs(value) >= TO_FIXED_LIMIT) return plainDecimal(value);
  const fixed = value.toFixed(decimals);
  // -0.001 to one decimal is "-0.0": a sign on a zero figure means nothing to a reader.
  return Number(fixed) === 0 ? fixed.replace('-', '') : fixed;
}

/** String(value) without exponent notation: 1.5e-7 → "0.00000015", 1e21 → "1000000000000000000000". */
function plainDecimal(value: number): string {
  const text = String(value);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign, lead, fraction = '', exponentText] = match;
  const digits = lead + fraction;
  const exponent = Number(exponentText);
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  const pointAt = exponent + 1;
  return digits.length <= pointAt
    ? `${sign}${digits}${'0'.repeat(pointAt - digits.length)}`
    : `${sign}${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`;
}

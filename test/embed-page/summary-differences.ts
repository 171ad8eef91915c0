// Chromium's and Node's V8 round trigonometry differently in the last bits, so hectares agree to
// about 1e-11, not bit for bit; everything else (names, counts, issues, order) must be identical.
const RELATIVE_TOLERANCE = 1e-9;

/**
 * Paths where two JSON values (a summary from the page and one from Node) differ, numbers beyond
 * the tolerance; empty when they agree.
 *
 * @example
 * expect(differences(pageSummary, summarize(load))).toEqual([]);
 */
export function differences(actual: unknown, expected: unknown, path = 'summary'): string[] {
  if (typeof actual === 'number' && typeof expected === 'number') {
    const scale = Math.max(1, Math.abs(expected));
    return Math.abs(actual - expected) <= RELATIVE_TOLERANCE * scale ? [] : [`${path}: ${actual} ≠ ${expected}`];
  }
  if (Array.isArray(actual) && Array.isArray(expected)) {
    if (actual.length !== expected.length) return [`${path}: length ${actual.length} ≠ ${expected.length}`];
    return actual.flatMap((item, index) => differences(item, expected[index], `${path}[${index}]`));
  }
  if (actual && expected && typeof actual === 'object' && typeof expected === 'object') {
    const keys = new Set([...Object.keys(actual), ...Object.keys(expected)]);
    return [...keys].flatMap((key) =>
      differences((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], `${path}.${key}`),
    );
  }
  return Object.is(actual, expected) ? [] : [`${path}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`];
}

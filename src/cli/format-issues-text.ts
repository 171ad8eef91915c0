import type { IssueSeverity, ValidationIssue } from '../validate/issue-codes.js';
import { escapeTerminalText } from './escape-terminal-text.js';

/** Options of {@link formatIssuesText}. */
export interface FormatIssuesTextOptions {
  /** How many issues of one code to print before summarising the rest. */
  maxPerCode: number;
}

/** Defaults of {@link FormatIssuesTextOptions}. */
export const defaultFormatIssuesTextOptions: FormatIssuesTextOptions = { maxPerCode: 5 };

const SEVERITY_ORDER: IssueSeverity[] = ['error', 'warning', 'info'];
const SEVERITY_HEADINGS: Record<IssueSeverity, string> = {
  error: 'Rejected (errors)',
  warning: 'Accepted with warnings',
  info: 'Repaired routinely',
};

/**
 * Lists issues for people: grouped by severity, then by code with a count, the first few
 * messages of each code, and how many more there are. Control and bidi characters in messages
 * are shown as escapes (see escapeTerminalText).
 *
 * @example
 * formatIssuesText(result.issues); // "Rejected (errors): 2\n  unknown-status × 2\n    zones.geojson, feature 4 …"
 */
export function formatIssuesText(
  issues: readonly ValidationIssue[],
  options: Partial<FormatIssuesTextOptions> = {},
): string {
  const { maxPerCode } = { ...defaultFormatIssuesTextOptions, ...options };
  const lines: string[] = [];
  for (const severity of SEVERITY_ORDER) {
    const ofSeverity = issues.filter((issue) => issue.severity === severity);
    if (ofSeverity.length === 0) continue;
    lines.push(`${SEVERITY_HEADINGS[severity]}: ${ofSeverity.length}`);
    for (const [code, ofCode] of groupByCode(ofSeverity)) {
      lines.push(`  ${code} × ${ofCode.length}`);
      // Messages quote ids and names from the file: one line each, nothing a terminal obeys.
      for (const issue of ofCode.slice(0, maxPerCode)) lines.push(`    ${escapeTerminalText(issue.message, { keepNewlines: false })}`);
      const hidden = ofCode.length - maxPerCode;
      if (hidden > 0) lines.push(`    … and ${hidden} more (--format json lists every one)`);
    }
  }
  return lines.join('\n');
}

function groupByCode(issues: ValidationIssue[]): Map<string, ValidationIssue[]> {
  const groups = new Map<string, ValidationIssue[]>();
  for (const issue of issues) {
    const group = groups.get(issue.code);
    if (group) group.push(issue);
    else groups.set(issue.code, [issue]);
  }
  return groups;
}

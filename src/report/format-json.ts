import type { AreaFigures, RegionSummary, Summary, WeekSummary } from './summary.js';
import type { ItemCounts } from '../zones/zone.js';
import type { ValidationIssue } from '../validate/issue-codes.js';
import { rowLabel } from './row-label.js';

/** Two-space indentation, as `report --format json` prints. */
const INDENT = 2;

/**
 * The summary as the stable JSON text of `cleared-land report --format json`: keys in the order of
 * the `Summary` contract whatever order the object was built in, two-space indent, a trailing
 * newline, hectares unrounded. Throws an Error naming the field when a figure is NaN or infinite
 * (JSON would silently write null).
 *
 * @example
 * formatJson(summary);
 * // '{\n  "period": {\n    "from": "2024-04-21",\n    "to": "2024-04-27"\n  },\n  …\n}\n'
 */
export function formatJson(summary: Summary): string {
  return [...formatJsonChunks(summary)].join('');
}

/**
 * {@link formatJson}'s text in pieces — everything before the issues, then one piece per issue,
 * then the end — so a national report with hundreds of thousands of findings can be written out
 * without building one string of hundreds of megabytes. Joined, the pieces are `formatJson`'s text.
 *
 * @example
 * for (const piece of formatJsonChunks(summary)) process.stdout.write(piece);
 */
export function* formatJsonChunks(summary: Summary): Generator<string> {
  const ordered: Summary = {
    period: { from: summary.period.from, to: summary.period.to },
    areaMethod: summary.areaMethod,
    totals: figures(summary.totals),
    regions: summary.regions.map(region),
    outsideRegions: summary.outsideRegions === null ? null : figures(summary.outsideRegions),
    weeks: summary.weeks.map(week),
    features: {
      accepted: summary.features.accepted,
      rejected: summary.features.rejected,
      undated: summary.features.undated,
    },
    issues: [],
  };
  const head = JSON.stringify(ordered, finiteNumbers, INDENT);
  if (summary.issues.length === 0) {
    yield `${head}\n`;
    return;
  }
  // `issues` is the last member, so the head ends with its empty array and the closing brace.
  yield head.slice(0, head.length - EMPTY_ISSUES_TAIL.length) + '"issues": [';
  let separator = '\n';
  for (const value of summary.issues) {
    // An issue sits two levels deep: its lines are indented by two more levels than on its own.
    yield `${separator}${ISSUE_INDENT}${JSON.stringify(issue(value), finiteNumbers, INDENT).replaceAll('\n', `\n${ISSUE_INDENT}`)}`;
    separator = ',\n';
  }
  yield '\n  ]\n}\n';
}

const EMPTY_ISSUES_TAIL = '"issues": []\n}';
const ISSUE_INDENT = ' '.repeat(2 * INDENT);

// Typed object literals: adding a required field to the contract fails to compile here until the
// field is given its place in the output.

function figures(value: AreaFigures): AreaFigures {
  return {
    clearedHa: value.clearedHa,
    reducedHa: value.reducedHa,
    cancelledHa: value.cancelledHa,
    releasedHa: value.releasedHa,
    hazardHa: value.hazardHa,
    remainingHazardHa: value.remainingHazardHa,
    items: items(value.items),
    itemsPerClearedHa: value.itemsPerClearedHa,
  };
}

function region(value: RegionSummary): RegionSummary {
  return { name: value.name, id: value.id ?? null, label: rowLabel(value), ...figures(value) };
}

function week(value: WeekSummary): WeekSummary {
  return {
    weekStart: value.weekStart,
    weekEnd: value.weekEnd,
    clearedHa: value.clearedHa,
    reducedHa: value.reducedHa,
    cancelledHa: value.cancelledHa,
    releasedHa: value.releasedHa,
    items: items(value.items),
  };
}

function items(value: ItemCounts): ItemCounts {
  return { apMines: value.apMines, atMines: value.atMines, uxo: value.uxo, otherItems: value.otherItems };
}

function issue(value: ValidationIssue): ValidationIssue {
  return { code: value.code, severity: value.severity, feature: value.feature, id: value.id, message: value.message };
}

function finiteNumbers(key: string, value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new Error(`summary field "${key}" is ${String(value)}; summary figures must be finite numbers.`);
  }
  return value;
}

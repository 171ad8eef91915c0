import type { IssueSeverity, ValidationIssue } from 'cleared-land';
import type { Messages } from '../i18n/messages.js';
import { element } from './element.js';
import type { NumberFormats } from './number-formats.js';

/** Options of {@link validationPanel}. */
export interface ValidationPanelOptions {
  messages: Messages;
  formats: NumberFormats;
  /** Features accepted and rejected, and releases left out for want of a date. */
  counts: { accepted: number; rejected: number; undated: number };
  /** Whether the feature at this input index is on the map (accepted), so it can be zoomed to. */
  isOnMap: (featureIndex: number) => boolean;
  /** Zooms the map to the feature at this input index. */
  onZoom: (featureIndex: number) => void;
}

/** Issues listed at most; a real export can have tens of thousands of routine notes. */
const MAX_LISTED_ISSUES = 400;
const SEVERITY_ORDER: Record<IssueSeverity, number> = { error: 0, warning: 1, info: 2 };

/**
 * The validation panel: accepted and rejected counts, then every issue, errors first, each with
 * its feature and a button that zooms the map to it. Messages come from the file's own text
 * (ids, names) and are set as text only.
 *
 * @example
 * panel.replaceChildren(validationPanel(summary.issues, { messages, formats, counts, isOnMap, onZoom }));
 */
export function validationPanel(issues: readonly ValidationIssue[], options: ValidationPanelOptions): HTMLElement {
  const { messages, formats, counts } = options;
  const stat = (label: string, value: number, className: string): HTMLElement =>
    element('div', { className: `stat ${className}` }, [
      element('dt', { text: label }),
      element('dd', { text: formats.count(value), attributes: { 'data-count': className } }),
    ]);
  const summary = element('dl', { className: 'stat-row' }, [
    stat(messages.accepted, counts.accepted, 'accepted'),
    stat(messages.rejected, counts.rejected, 'rejected'),
    stat(messages.undated, counts.undated, 'undated'),
  ]);
  if (issues.length === 0) {
    return element('div', { className: 'validation' }, [summary, element('p', { className: 'empty-note', text: messages.noIssues })]);
  }
  const ordered = [...issues].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.feature ?? -1) - (b.feature ?? -1),
  );
  const list = element(
    'ol',
    { className: 'issue-list' },
    ordered.slice(0, MAX_LISTED_ISSUES).map((issue) => issueItem(issue, options)),
  );
  const more =
    ordered.length > MAX_LISTED_ISSUES
      ? element('p', { className: 'empty-note', text: messages.moreIssues(ordered.length - MAX_LISTED_ISSUES) })
      : null;
  return element('div', { className: 'validation' }, [summary, list, more]);
}

function issueItem(issue: ValidationIssue, options: ValidationPanelOptions): HTMLElement {
  const { messages, isOnMap, onZoom } = options;
  const severityLabel =
    issue.severity === 'error' ? messages.severityError
    : issue.severity === 'warning' ? messages.severityWarning
    : messages.severityInfo;
  const label = issue.feature === null ? messages.wholeFile : messages.featureLabel(issue.feature, issue.id);
  const target =
    issue.feature !== null && isOnMap(issue.feature)
      ? element(
          'button',
          {
            className: 'issue-target',
            text: label,
            attributes: { type: 'button', 'aria-label': messages.zoomToFeature(label), 'data-feature': String(issue.feature) },
            onClick: () => onZoom(issue.feature!),
          },
          [],
        )
      : element('span', { className: 'issue-target static', text: label }, [
          issue.feature !== null ? element('span', { className: 'issue-off-map', text: ` · ${messages.notOnMap}` }) : null,
        ]);
  return element('li', { className: `issue ${issue.severity}` }, [
    element('div', { className: 'issue-head' }, [
      element('span', { className: `severity ${issue.severity}`, text: severityLabel }),
      element('code', { className: 'issue-code', text: issue.code }),
      target,
    ]),
    element('p', { className: 'issue-message', text: issue.message }),
  ]);
}

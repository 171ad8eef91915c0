import { calendarDate } from './locales/calendar-date.js';
import { getReportLocale } from './locales/get-report-locale.js';
import type { ReportFacts } from './locales/report-locale.js';
import type { SupportedLocale } from './locales/supported-locales.js';
import { plainName } from './plain-name.js';
import { rowLabel } from './row-label.js';
import type { Summary } from './summary.js';

/** Options of {@link formatText}. */
export interface TextOptions {
  locale: SupportedLocale;
  regionsLimit: number | null;
}

/** Defaults of {@link formatText}. */
export const defaultTextOptions: TextOptions = {
  // The language of the report: 'en', 'az' or 'ru'.
  locale: 'en',
  // How many districts to name before "and N other districts"; null names every district.
  regionsLimit: null,
};

/**
 * The weekly report in the familiar words of mine action centres, as one paragraph without a
 * trailing newline: items found and destroyed by category, hectares cleared by district (largest
 * first), hectares reduced by technical survey and cancelled by non-technical survey, and the
 * hazardous area that remains. Categories and areas that are zero are left out. Hectares are
 * shown to one decimal ("less than 0.1 hectares" for smaller areas above zero).
 *
 * Throws an Error for an unsupported locale, a bad `regionsLimit`, or a period whose ends are
 * not ISO dates in order.
 *
 * @example
 * formatText(summary, { locale: 'en' });
 * // 'Between 21 and 27 April 2024, 35 anti-personnel mines, 36 anti-tank mines and 574 items of
 * //  unexploded ordnance were found and destroyed; 1.9 hectares were cleared in Tartar, Aghdam, …'
 */
export function formatText(summary: Summary, options: Partial<TextOptions> = {}): string {
  const locale = getReportLocale(options.locale ?? defaultTextOptions.locale, 'options.locale');
  const regionsLimit = options.regionsLimit === undefined ? defaultTextOptions.regionsLimit : options.regionsLimit;
  if (regionsLimit !== null && !(Number.isInteger(regionsLimit) && regionsLimit >= 0)) {
    throw new Error(
      `options.regionsLimit must be a whole number of districts (0 or more) or null for all; got ${String(regionsLimit)}.`,
    );
  }
  const { from, to } = summary.period;
  if (from !== null) calendarDate(from, locale.locale, 'summary.period.from');
  if (to !== null) calendarDate(to, locale.locale, 'summary.period.to');
  // Real ISO dates compare correctly as text.
  if (from !== null && to !== null && from > to) {
    throw new Error(
      `summary.period.from (${from}) is after summary.period.to (${to}); swap them or summarize again.`,
    );
  }
  return locale.writeReport(reportFacts(summary, regionsLimit));
}

function reportFacts(summary: Summary, regionsLimit: number | null): ReportFacts {
  // Array.prototype.sort is stable, so equal areas keep the summary's region order.
  const withClearance = summary.regions
    .filter((region) => region.clearedHa > 0)
    .sort((a, b) => b.clearedHa - a.clearedHa);
  const named = regionsLimit === null ? withClearance : withClearance.slice(0, regionsLimit);
  const { totals } = summary;
  return {
    period: { from: summary.period.from, to: summary.period.to },
    items: totals.items,
    clearedHa: totals.clearedHa,
    reducedHa: totals.reducedHa,
    cancelledHa: totals.cancelledHa,
    remainingHazardHa: totals.remainingHazardHa,
    clearedIn: {
      names: named.map((region) => plainName(rowLabel(region))),
      otherCount: withClearance.length - named.length,
      outside: (summary.outsideRegions?.clearedHa ?? 0) > 0,
    },
  };
}

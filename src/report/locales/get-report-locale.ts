import { az } from './az.js';
import { en } from './en.js';
import type { ReportLocale } from './report-locale.js';
import { ru } from './ru.js';
import { assertSupportedLocale } from './supported-locales.js';

const REPORT_LOCALES = { en, az, ru } as const;

/**
 * The words and grammar of one supported language. Throws an Error naming `argumentName` when
 * `locale` is not one of SUPPORTED_LOCALES.
 *
 * @example
 * getReportLocale('az', 'options.locale').totalLabel; // 'Cəmi'
 */
export function getReportLocale(locale: unknown, argumentName: string): ReportLocale {
  return REPORT_LOCALES[assertSupportedLocale(locale, argumentName)];
}

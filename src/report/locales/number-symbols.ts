import type { SupportedLocale } from './supported-locales.js';

/** The digit-group and decimal separators figures are written with in one locale. */
export interface NumberSymbols {
  /** Between groups of three digits: "1,130.6" (en), "1.130,6" (az), "1 130,6" (ru, U+00A0). */
  group: string;
  /** Between the whole and the fractional part. */
  decimal: string;
}

/**
 * Separators per locale, as CLDR 48 (Node 20's ICU) gives them. They are fixed here, not read
 * from the runtime, so that a report reads the same in Node and in every browser: ICU versions
 * have changed Russian grouping between U+00A0 and U+202F before. Russian keeps U+00A0
 * (no-break space) so a figure never breaks across lines.
 *
 * @example
 * NUMBER_SYMBOLS.az; // { group: '.', decimal: ',' }
 */
export const NUMBER_SYMBOLS: Readonly<Record<SupportedLocale, NumberSymbols>> = {
  en: { group: ',', decimal: '.' },
  az: { group: '.', decimal: ',' },
  ru: { group: '\u00a0', decimal: ',' },
};

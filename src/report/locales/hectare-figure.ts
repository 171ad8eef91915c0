import { formatHectares, HECTARE_FRACTION_DIGITS } from '../format-hectares.js';
import type { SupportedLocale } from './supported-locales.js';

/** An area as a report sentence shows it, with what the sentence's grammar needs to know. */
export interface HectareFigure {
  /** The figure with one decimal in the locale's style ("1,9"); "0,1" when `belowPrecision`. */
  text: string;
  /**
   * True when the area is above zero but shows as 0.0: the sentence then says "less than 0.1
   * hectares", since "0.0 hectares were cleared" would hide work that was done.
   */
  belowPrecision: boolean;
  /** CLDR plural category of the figure as shown (one decimal), for choosing the noun's form. */
  plural: Intl.LDMLPluralRule;
}

/** The smallest figure shown with one decimal. */
const SMALLEST_SHOWN_HA = 0.1;
/** Areas below this round to 0.0. */
const ROUNDS_TO_ZERO_BELOW_HA = SMALLEST_SHOWN_HA / 2;

const pluralRules = new Map<SupportedLocale, Intl.PluralRules>();

/**
 * Describes a positive area in hectares for a report sentence.
 *
 * @example
 * hectareFigure(1.94, 'ru'); // { text: '1,9', belowPrecision: false, plural: 'other' }
 * hectareFigure(0.01, 'en'); // { text: '0.1', belowPrecision: true, plural: 'other' }
 */
export function hectareFigure(valueHa: number, locale: SupportedLocale): HectareFigure {
  const belowPrecision = valueHa > 0 && valueHa < ROUNDS_TO_ZERO_BELOW_HA;
  const shownHa = belowPrecision ? SMALLEST_SHOWN_HA : valueHa;
  return {
    text: formatHectares(shownHa, locale),
    belowPrecision,
    plural: rulesFor(locale).select(Number(shownHa.toFixed(HECTARE_FRACTION_DIGITS))),
  };
}

function rulesFor(locale: SupportedLocale): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) {
    // The plural of a figure shown as "1.0" is not that of "1": CLDR counts visible decimals.
    rules = new Intl.PluralRules(locale, {
      minimumFractionDigits: HECTARE_FRACTION_DIGITS,
      maximumFractionDigits: HECTARE_FRACTION_DIGITS,
    });
    pluralRules.set(locale, rules);
  }
  return rules;
}

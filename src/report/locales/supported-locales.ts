/**
 * The languages the report formats are written in: English, Azerbaijani and Russian, the three
 * languages Azerbaijan's mine action centre publishes in.
 *
 * @example
 * SUPPORTED_LOCALES.includes('az'); // true
 */
export const SUPPORTED_LOCALES = ['en', 'az', 'ru'] as const;

/** One of {@link SUPPORTED_LOCALES}. */
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

/**
 * Returns `value` as a {@link SupportedLocale}, or throws an Error naming the argument, the value
 * and the accepted values.
 *
 * @example
 * assertSupportedLocale('ru', 'options.locale'); // 'ru'
 * assertSupportedLocale('fr', 'options.locale'); // throws: options.locale must be one of en, az, ru; got "fr"
 */
export function assertSupportedLocale(value: unknown, argumentName: string): SupportedLocale {
  if (typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value)) {
    return value as SupportedLocale;
  }
  throw new Error(
    `${argumentName} must be one of ${SUPPORTED_LOCALES.join(', ')}; got ${describeValue(value)}. ` +
      `Pass one of these locale codes.`,
  );
}

function describeValue(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

import { version } from '../../package.json' with { type: 'json' };

/**
 * The version of cleared-land, as package.json gives it; the build inlines it, so the CLI reads
 * no file at run time.
 *
 * @example
 * PACKAGE_VERSION; // '0.1.0'
 */
export const PACKAGE_VERSION: string = version;

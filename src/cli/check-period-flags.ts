import { UsageError } from './cli-io.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Checks `--from` and `--to` are YYYY-MM-DD; throws UsageError naming the flag otherwise. */
export function checkPeriodFlags(values: { from?: string; to?: string }): void {
  for (const flag of ['from', 'to'] as const) {
    const value = values[flag];
    if (value !== undefined && !ISO_DATE.test(value)) {
      throw new UsageError(`--${flag} must be a date as YYYY-MM-DD, e.g. 2024-04-21; got '${value}'`);
    }
  }
}

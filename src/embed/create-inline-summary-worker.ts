import SummaryWorker from '../map/summary-worker.ts?worker&inline';
import { sqlJsUrl } from './sql-js-beside.js';

/**
 * Starts the summary worker from code carried inside the one-tag bundle (a blob: URL, so a
 * Content-Security-Policy needs `worker-src blob:`). vite.embed.config.ts puts this module in place
 * of src/map/create-summary-worker.ts, whose worker would be a separate file.
 *
 * @example
 * const client = createSummaryClient({ createWorker: createSummaryWorker });
 */
export function createSummaryWorker(): Worker {
  // A blob: worker cannot find files beside the embed: its name carries where sql.js is.
  return new SummaryWorker({ name: sqlJsUrl() });
}

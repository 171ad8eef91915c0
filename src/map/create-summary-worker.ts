/**
 * Starts cleared-land's summary worker (summary-worker.ts) as a module worker. Written as the
 * literal `new Worker(new URL(…, import.meta.url))` that Vite, webpack 5 and Parcel recognise, so
 * an application's bundler emits the worker with its dependencies. The one-tag embed swaps this
 * module for one that inlines the worker (see vite.embed.config.ts).
 *
 * @example
 * const client = createSummaryClient({ createWorker: createSummaryWorker });
 */
export function createSummaryWorker(): Worker {
  return new Worker(new URL('./summary-worker.ts', import.meta.url), { type: 'module' });
}

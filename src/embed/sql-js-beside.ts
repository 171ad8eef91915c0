import type { SqlJsConfig, SqlJsStatic } from 'sql.js';
import { SqlJsNotFoundError } from '../io/load-sql-js.js';

/** The file beside the one-tag embed that carries sql.js (SQLite in WebAssembly, about 1 MB). */
export const SQL_JS_FILE = 'cleared-land-sqljs.js';

/**
 * sql.js for the one-tag embed: vite.embed.config.ts puts this module in place of sql.js's inline
 * build, so that the embed does not carry 1 MB of SQLite (twice: on the page and in the summary
 * worker) for the few pages that open GeoPackages. It imports `cleared-land-sqljs.js` from beside
 * the embed's own file when a GeoPackage is first opened. On the page that is a URL relative to the
 * embed; in the summary worker, which starts from a blob: URL, the page gives the absolute URL as
 * the worker's name (see create-inline-summary-worker.ts).
 *
 * @example
 * const SQL = await initSqlJs();
 */
export default async function initSqlJs(config?: SqlJsConfig): Promise<SqlJsStatic> {
  const url = sqlJsUrl();
  let module: { default: (config?: SqlJsConfig) => Promise<SqlJsStatic> };
  try {
    module = (await import(/* @vite-ignore */ url)) as typeof module;
  } catch (error) {
    throw new SqlJsNotFoundError(
      `the embed loads it from ${SQL_JS_FILE} beside cleared-land-map.js, and ${url} could not be loaded ` +
        `(${error instanceof Error ? error.message : String(error)}); serve ${SQL_JS_FILE} from the package's dist/ folder next to cleared-land-map.js`,
      { cause: error },
    );
  }
  return module.default(config);
}

/** Where `cleared-land-sqljs.js` is, seen from this script: the page's copy or the worker's. */
export function sqlJsUrl(): string {
  const workerName = (globalThis as { name?: unknown }).name;
  if (typeof document === 'undefined' && typeof workerName === 'string' && workerName.endsWith(SQL_JS_FILE)) return workerName;
  return new URL(SQL_JS_FILE, import.meta.url).href;
}

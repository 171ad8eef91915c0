import type { SqlJsStatic } from 'sql.js';

/**
 * Loads sql.js (SQLite compiled to WebAssembly) once, on first use, for reading and writing
 * GeoPackages. The build loaded carries its WebAssembly inline (base64, about 1 MB of script), so
 * nothing has to be located or served beside the script: the same call works in Node, in a page,
 * in a Web Worker and inside the one-file embed, from sources or from any user's bundler, where
 * the default build would look for `sql-wasm.wasm` next to the page and fail. Code that never
 * opens a GeoPackage never loads it.
 *
 * @example
 * const SQL = await loadSqlJs();
 * const database = new SQL.Database(bytes);
 */
export function loadSqlJs(): Promise<SqlJsStatic> {
  loading ??= import('sql.js/dist/sql-wasm-inline.js').then(
    ({ default: initSqlJs }) => initSqlJs(),
    (error: unknown) => {
      // sql.js is an optional peer dependency (31 MB installed): say how to get it.
      throw new SqlJsNotFoundError('GeoPackages need sql.js, an optional dependency of cleared-land; install it with `npm install sql.js`', { cause: error });
    },
  );
  // A failed load (out of memory, WebAssembly disabled by a content security policy) may be retried.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

let loading: Promise<SqlJsStatic> | null = null;

/**
 * sql.js is not where it was looked for (not installed; in the one-tag embed, not served beside
 * it). The message says where to get it, unlike a start that WebAssembly refused.
 */
export class SqlJsNotFoundError extends Error {
  override name = 'SqlJsNotFoundError';
}

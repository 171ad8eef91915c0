import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The one-tag embed: a single ES module with MapLibre (code, CSS and worker) and cleared-land
// inside, defining <cleared-land-map>. Runs after the library build, which empties dist/, so it
// must not empty it again.
export default defineConfig({
  resolve: {
    alias: [
      {
        // The library starts its summary worker from a file beside it; the embed has no files
        // beside it, so it carries the worker inline instead.
        find: /^\.\/create-summary-worker\.js$/,
        replacement: fileURLToPath(new URL('./src/embed/create-inline-summary-worker.ts', import.meta.url)),
      },
      {
        // SQLite for GeoPackages is a file beside the embed (vite.sqljs.config.ts), imported when
        // one is opened, instead of 1 MB inlined on the page and again in the summary worker.
        find: /^sql\.js\/dist\/sql-wasm-inline\.js$/,
        replacement: fileURLToPath(new URL('./src/embed/sql-js-beside.ts', import.meta.url)),
      },
    ],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: false,
    target: 'es2022',
    // Inline the MapLibre worker text and the summary worker: the bundle must be one file.
    assetsInlineLimit: Number.MAX_SAFE_INTEGER,
    lib: {
      entry: 'src/embed/embed-entry.ts',
      formats: ['es'],
      fileName: () => 'cleared-land-map.js',
    },
    rolldownOptions: {
      // Lib builds keep ES output's whitespace (for users' tree-shaking); a file loaded by a
      // script tag is the end of the line, so it is minified fully.
      output: { codeSplitting: false, minify: true },
    },
  },
  // The summary worker travels inside the bundle too (?worker&inline), so it must not split into
  // chunks a blob: worker could not import.
  worker: { format: 'es', rolldownOptions: { output: { codeSplitting: false, minify: true } } },
});

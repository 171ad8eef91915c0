import { defineConfig } from 'vite';

// dist/cleared-land-sqljs.js: sql.js (SQLite in WebAssembly, inline) as one ES module that the
// one-tag embed imports from beside itself when a GeoPackage is opened (src/embed/sql-js-beside.ts).
// Runs after the library build, which empties dist/, so it must not empty it again.
export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: false,
    target: 'es2022',
    lib: {
      entry: 'src/embed/sql-js-module.ts',
      formats: ['es'],
      fileName: () => 'cleared-land-sqljs.js',
    },
    rolldownOptions: { output: { codeSplitting: false, minify: true } },
  },
});

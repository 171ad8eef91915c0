import { defineConfig } from 'vite';

// The one-tag embed: a single ES module with MapLibre (code, CSS and worker) and cleared-land
// inside, defining <cleared-land-map>. Runs after the library build, which empties dist/, so it
// must not empty it again.
export default defineConfig({
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
    rollupOptions: {
      output: { inlineDynamicImports: true },
    },
  },
  worker: { format: 'es' },
});

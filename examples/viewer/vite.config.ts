import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The viewer app. It imports cleared-land only through the package's two public entries; these
// aliases point them at the sources, so the viewer always runs the code in this checkout.
const viewerRoot = fileURLToPath(new URL('.', import.meta.url));
const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  root: viewerRoot,
  // Relative asset URLs: the built viewer works from any folder, a file server or an iframe.
  base: './',
  resolve: {
    alias: [
      { find: /^cleared-land\/map$/, replacement: `${repositoryRoot}src/map/index.ts` },
      { find: /^cleared-land$/, replacement: `${repositoryRoot}src/index.ts` },
    ],
  },
  server: {
    // The bundled sample lives in data/, outside the viewer's root.
    fs: { allow: [repositoryRoot] },
  },
  // The summary worker as an ES module, so that what it loads only on demand (sql.js, about 1 MB,
  // for GeoPackages) stays a chunk of its own instead of being inlined into the worker.
  worker: { format: 'es' },
  build: {
    outDir: `${repositoryRoot}viewer-dist`,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // MapLibre alone is ~800 kB; one chunk for an app that needs all of it at once is fine.
    chunkSizeWarningLimit: 2_000,
  },
});

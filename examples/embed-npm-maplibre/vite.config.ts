import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Resolves `cleared-land` and `cleared-land/map` to this checkout's sources; an application
// installing the package from npm needs none of this.
const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  resolve: {
    alias: [
      { find: /^cleared-land\/map$/, replacement: `${repositoryRoot}src/map/index.ts` },
      { find: /^cleared-land$/, replacement: `${repositoryRoot}src/index.ts` },
    ],
  },
  server: { fs: { allow: [repositoryRoot] } },
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2_000 },
  worker: { format: 'es' },
});

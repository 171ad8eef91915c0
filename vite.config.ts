import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

// Library build: the package's entry points, with dependencies left as imports so that
// users' bundlers de-duplicate them. The one-tag embed has its own config (vite.embed.config.ts).
const external = [
  ...Object.keys(pkg.dependencies),
  ...Object.keys(pkg.peerDependencies),
  ...builtinModules,
  ...builtinModules.map((name) => `node:${name}`),
];

// The entry points keep the names package.json's exports give them; other modules keep their
// path under src/.
const ENTRY_FILES: Record<string, string> = { 'map/index': 'map.js', 'cli/main': 'cli.js' };

export default defineConfig({
  // The summary worker's URL must be relative to dist/map.js, not the site root, for npm users.
  // The worker stays one self-contained file (Vite's default classic output inlines its dynamic
  // imports): an application's bundler copies it as a file found by `new URL(…, import.meta.url)`
  // and would leave chunks behind (test/package-worker.test.ts).
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No source maps in the package: the library's ES output is unminified and readable, and the
    // summary worker's map alone was 1.8 MB of the tarball.
    sourcemap: false,
    target: 'es2022',
    lib: {
      entry: {
        index: 'src/index.ts',
        node: 'src/node.ts',
        map: 'src/map/index.ts',
        cli: 'src/cli/main.ts',
        'embed-react': 'src/embed/react.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: (id) => external.some((name) => id === name || id.startsWith(`${name}/`)),
      output: {
        // One file per source module, so that an application's bundler (with the package's
        // `sideEffects`) drops every module it does not use: `areaHectares` alone must not bring
        // the loaders, the reports and their locale tables.
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: (chunk) => ENTRY_FILES[chunk.name] ?? `${chunk.name}.js`,
      },
    },
  },
});

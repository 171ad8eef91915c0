// `npm run bundle-sizes`: what an application pays, gzipped, to use parts of cleared-land. Each
// case is a tiny entry that imports only what it names from the built package (dist/, as npm
// installs it), bundled and minified by Vite the way an application would bundle it, with
// maplibre-gl left out (the application has it already). "initial" is the entry and everything
// it imports statically; "lazy" is what loads only when used (KML, zip and shapefile readers,
// proj4, terra-draw, the summary worker). The one-tag embed is measured as the file it is, and
// the sql.js file beside it as loaded on use.
// With --install it also packs the package and installs the tarball into an empty project without
// peers (this needs the npm registry), and reports the tarball's and node_modules' sizes.
// Run `npm run build` first.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const work = join(root, '.scratch', 'bundle-sizes');

/**
 * One measured import: its label, the entry's source, the goal (gzipped bytes), if any, and the
 * module whose chunk a first call loads (with that chunk's own imports), to report beside the
 * initial size.
 */
interface BundleCase {
  label: string;
  source: string;
  goalBytes: number | null;
  firstCall?: { name: string; module: RegExp };
}

const KILOBYTE = 1000;

export const BUNDLE_CASES: BundleCase[] = [
  { label: '`areaHectares` alone', source: "export { areaHectares } from 'cleared-land';", goalBytes: 12 * KILOBYTE },
  {
    label: '`loadZones` + `summarize` + `formatText`',
    source: "export { loadZones, summarize, formatText } from 'cleared-land';",
    goalBytes: 60 * KILOBYTE,
    // loadZones imports its reading and validating pipeline while it reads the input.
    firstCall: { name: 'the first `loadZones` of a GeoJSON file', module: /\/io\/load-zones-stream\.js$/ },
  },
  { label: '`cleared-land/map` (everything, maplibre-gl not counted)', source: "export * from 'cleared-land/map';", goalBytes: null },
];

/** Gzipped sizes in bytes of one case's initial and lazy code. */
export interface BundleSize {
  label: string;
  initialBytes: number;
  /** Of the lazy code, what the case's first call loads, and that call's name; null if not asked. */
  firstCall: { name: string; bytes: number } | null;
  lazyBytes: number;
  goalBytes: number | null;
}

/**
 * Bundles each case with Vite (minified, ES modules) against dist/ and returns gzipped sizes.
 *
 * @example
 * const sizes = await measureBundleSizes();
 */
export async function measureBundleSizes(): Promise<BundleSize[]> {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const sizes: BundleSize[] = [];
  for (const [index, bundleCase] of BUNDLE_CASES.entries()) {
    const entry = join(work, `case-${index}.js`);
    writeFileSync(entry, `${bundleCase.source}\n`);
    const outputs = (await build({
      root: work,
      configFile: false,
      logLevel: 'silent',
      resolve: {
        alias: [
          { find: /^cleared-land$/, replacement: join(dist, 'index.js') },
          { find: /^cleared-land\/node$/, replacement: join(dist, 'node.js') },
          { find: /^cleared-land\/map$/, replacement: join(dist, 'map.js') },
        ],
      },
      // An application build (not a library build, which would inline the summary worker as a
      // data: URL): the entry keeps its exports so that nothing it names is dropped.
      build: {
        write: false,
        minify: true,
        target: 'es2022',
        assetsInlineLimit: 0,
        rolldownOptions: {
          input: entry,
          preserveEntrySignatures: 'exports-only',
          external: (id) => id === 'maplibre-gl' || id.startsWith('maplibre-gl/'),
        },
      },
    })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
    const output = (Array.isArray(outputs) ? outputs : [outputs]).flatMap((result) => result.output);
    const { initial, initialBytes, lazyBytes } = splitInitialAndLazy(output);
    const firstCall = bundleCase.firstCall
      ? { name: bundleCase.firstCall.name, bytes: firstCallBytes(output, initial, bundleCase.firstCall.module) }
      : null;
    sizes.push({ label: bundleCase.label, initialBytes, firstCall, lazyBytes, goalBytes: bundleCase.goalBytes });
  }
  // The embed is one file; SQLite for GeoPackages is the file beside it, loaded with the first one.
  const embed = readFileSync(join(dist, 'cleared-land-map.js'));
  const sqlJs = readFileSync(join(dist, 'cleared-land-sqljs.js'));
  sizes.push({
    label: 'the one-tag embed (`cleared-land/embed`, MapLibre included)',
    initialBytes: gzipSync(embed).length,
    firstCall: null,
    lazyBytes: gzipSync(sqlJs).length,
    goalBytes: null,
  });
  rmSync(work, { recursive: true, force: true });
  return sizes;
}

type OutputItem = Rolldown.OutputChunk | Rolldown.OutputAsset;

// The entry chunk and the chunks it imports statically load at once; the rest (dynamic imports,
// the worker asset) only when used.
function splitInitialAndLazy(output: OutputItem[]): { initial: Set<string>; initialBytes: number; lazyBytes: number } {
  const entries = output.filter((item) => item.type === 'chunk' && item.isEntry).map((item) => item.fileName);
  const initial = staticClosure(output, entries);
  let initialBytes = 0;
  let lazyBytes = 0;
  for (const item of output) {
    if (initial.has(item.fileName)) initialBytes += gzippedSize(item);
    else if (/\.(?:js|mjs)$/.test(item.fileName)) lazyBytes += gzippedSize(item);
  }
  return { initial, initialBytes, lazyBytes };
}

// What loading the chunk that holds `module` adds to the initial code: that chunk and the chunks
// it imports statically.
function firstCallBytes(output: OutputItem[], initial: Set<string>, module: RegExp): number {
  const holder = output.find((item) => item.type === 'chunk' && Object.keys(item.modules).some((id) => module.test(id)));
  if (!holder) throw new Error(`no chunk holds a module matching ${module}`);
  let bytes = 0;
  for (const name of staticClosure(output, [holder.fileName])) {
    if (!initial.has(name)) bytes += gzippedSize(output.find((item) => item.fileName === name)!);
  }
  return bytes;
}

function staticClosure(output: OutputItem[], starts: string[]): Set<string> {
  const byName = new Map(output.map((item) => [item.fileName, item]));
  const reached = new Set<string>();
  const pending = [...starts];
  while (pending.length > 0) {
    const name = pending.pop()!;
    if (reached.has(name)) continue;
    reached.add(name);
    const item = byName.get(name);
    if (item?.type === 'chunk') pending.push(...item.imports);
  }
  return reached;
}

function gzippedSize(item: OutputItem): number {
  const text = item.type === 'chunk' ? item.code : item.source;
  return gzipSync(typeof text === 'string' ? Buffer.from(text) : text).length;
}

const kilobytes = (bytes: number): string => `${(bytes / KILOBYTE).toFixed(1)} kB`;

/** Sizes of the packed package and of an empty project's node_modules after installing it. */
export interface InstallSize {
  tarballBytes: number;
  unpackedBytes: number;
  nodeModulesKilobytes: number;
  packages: number;
}

/**
 * Packs the built package (without running prepare) and installs the tarball into an empty
 * project, optional peers left out as npm leaves them; `du -sk` gives the disk used.
 *
 * @example
 * const { nodeModulesKilobytes } = measureInstallSize();
 */
export function measureInstallSize(): InstallSize {
  const folder = mkdtempSync(join(tmpdir(), 'cleared-land-install-'));
  try {
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', folder], { cwd: root, encoding: 'utf8' })) as {
      filename: string;
      size: number;
      unpackedSize: number;
    }[];
    const app = join(folder, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', join(folder, packed.filename)], { cwd: app, stdio: 'ignore' });
    const nodeModulesKilobytes = Number(execFileSync('du', ['-sk', join(app, 'node_modules')], { encoding: 'utf8' }).split('\t')[0]);
    const lock = JSON.parse(readFileSync(join(app, 'package-lock.json'), 'utf8')) as { packages: Record<string, unknown> };
    return { tarballBytes: statSync(join(folder, packed.filename)).size, unpackedBytes: packed.unpackedSize, nodeModulesKilobytes, packages: Object.keys(lock.packages).length - 1 };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const sizes = await measureBundleSizes();
  console.log('| import | initial, gzipped | loaded on use, gzipped | goal |');
  console.log('| --- | --- | --- | --- |');
  for (const size of sizes) {
    const goal = size.goalBytes === null ? '' : `≤ ${kilobytes(size.goalBytes)} ${size.initialBytes <= size.goalBytes ? '(met)' : '(missed)'}`;
    const firstCall = size.firstCall === null ? '' : ` (+ ${kilobytes(size.firstCall.bytes)} at ${size.firstCall.name})`;
    console.log(`| ${size.label} | ${kilobytes(size.initialBytes)}${firstCall} | ${size.lazyBytes === 0 ? '—' : kilobytes(size.lazyBytes)} | ${goal} |`);
  }
  if (process.argv.includes('--install')) {
    const install = measureInstallSize();
    console.log(
      `\nTarball ${kilobytes(install.tarballBytes)} (${kilobytes(install.unpackedBytes)} unpacked); ` +
        `installed without peers: ${(install.nodeModulesKilobytes / 1024).toFixed(1)} MB of node_modules in ${install.packages} packages (goal ≤ 40 MB).`,
    );
  }
}

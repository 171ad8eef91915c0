// The package as npm delivers it: packed once from the built dist/ (no prepare script, so this
// stays a few seconds), then linted by publint and are-the-types-wrong, and imported in Node
// from an application's point of view. Everything runs offline: the application's node_modules
// links to this repository's installed dependencies.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
  exports: Record<string, unknown>;
};
const work = mkdtempSync(join(tmpdir(), 'cleared-land-package-'));
let tarball = '';
let packedFiles: string[] = [];

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'index.js')) || !existsSync(join(root, 'dist', 'cleared-land-map.js'))) {
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  }
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8' }),
  ) as { filename: string; files: { path: string }[] }[];
  tarball = join(work, packed.filename);
  packedFiles = packed.files.map((file) => file.path);
  // An application with the package unpacked into node_modules, its dependencies and the
  // maplibre-gl peer linked from this repository.
  const app = join(work, 'app');
  mkdirSync(join(app, 'node_modules', 'cleared-land'), { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  execFileSync('tar', ['-xzf', tarball, '-C', join(app, 'node_modules', 'cleared-land'), '--strip-components=1']);
  for (const name of [...Object.keys(pkg.dependencies), 'maplibre-gl']) {
    const link = join(app, 'node_modules', name);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(join(root, 'node_modules', name), link, 'dir');
  }
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed package', () => {
  it('ships built code and declarations, but no source maps, tests or sources', () => {
    expect(packedFiles).toContain('dist/index.js');
    expect(packedFiles).toContain('dist/cleared-land-map.js');
    expect(packedFiles).toContain('dist/types/embed/embed-entry.d.ts');
    expect(packedFiles).toContain('custom-elements.json');
    expect(packedFiles.filter((path) => path.endsWith('.map') || path.startsWith('src/') || path.includes('.test.'))).toEqual([]);
  });

  it('passes publint with every suggestion', async () => {
    // The unpacked tarball holds exactly the published files, so publint lints them as they are.
    const { messages } = await publint({ pkgDir: join(work, 'app', 'node_modules', 'cleared-land'), pack: false, level: 'suggestion', strict: true });
    expect(messages).toEqual([]);
  });

  it('passes are-the-types-wrong for ESM-only consumers', () => {
    const attw = join(root, 'node_modules', '@arethetypeswrong', 'cli', 'dist', 'index.js');
    const result = spawnSync(process.execPath, [attw, '--pack', tarball, '--profile', 'esm-only', '--no-color'], { encoding: 'utf8' });
    // attw exits 1 on any problem the profile does not ignore; its table says which entry and
    // which resolution is wrong.
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });

  it.each(['cleared-land', 'cleared-land/node', 'cleared-land/map', 'cleared-land/embed'])('imports %s in Node with its public exports', (specifier) => {
    const script = `const module = await import(${JSON.stringify(specifier)}); console.log(JSON.stringify(Object.keys(module).sort()));`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: join(work, 'app'), encoding: 'utf8' });
    expect(result.stderr).toBe('');
    const names = JSON.parse(result.stdout) as string[];
    const expected: Record<string, string[]> = {
      'cleared-land': ['areaHectares', 'loadZones', 'loadProj4', 'summarize', 'formatText', 'ISSUE_CODES'],
      'cleared-land/node': ['pathSource'],
      'cleared-land/map': ['addZoneLayers', 'offlineStyle', 'MeasureControl', 'countries110m'],
      // A browser bundle, but importing it where there is no DOM (server rendering) must not throw.
      'cleared-land/embed': ['ClearedLandMapElement', 'EMBED_EVENTS', 'EMBED_PARTS'],
    };
    expect(names).toEqual(expect.arrayContaining(expected[specifier]));
  });

  it('measures an area in Node through the installed package, the same as the hand-computed figure', () => {
    // A 0.001° square at 40°N: 9,481.6 m² on the WGS84 ellipsoid (pyproj Geod.polygon_area_perimeter).
    const script = `import { areaHectares } from 'cleared-land';
console.log(areaHectares({ type: 'Polygon', coordinates: [[[46.5, 40], [46.501, 40], [46.501, 40.001], [46.5, 40.001], [46.5, 40]]] }));`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: join(work, 'app'), encoding: 'utf8' });
    expect(Number(result.stdout)).toBeCloseTo(0.94816072, 8);
  });

  it('gives the element and its React JSX typings to TypeScript users, and refuses wrong uses', () => {
    // Checked with the library's own .d.ts files too (no skipLibCheck): a type the package uses
    // but does not depend on would fail here.
    const app = join(work, 'app');
    const typesLink = join(app, 'node_modules', '@types', 'react');
    mkdirSync(dirname(typesLink), { recursive: true });
    if (!existsSync(typesLink)) symlinkSync(join(root, 'node_modules', '@types', 'react'), typesLink, 'dir');
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { strict: true, module: 'esnext', moduleResolution: 'bundler', target: 'es2022', jsx: 'react-jsx', lib: ['es2022', 'dom'], noEmit: true, types: [] },
        files: ['check.tsx'],
      }),
    );
    writeFileSync(
      join(app, 'check.tsx'),
      `import type {} from 'cleared-land/embed/react';
import type { ClearedLandMapElement } from 'cleared-land/embed';
const element = document.createElement('cleared-land-map');
const typed: ClearedLandMapElement = element;
typed.src = 'zones.geojson';
typed.regionField = null;
element.addEventListener('cleared-land:summary', (event) => {
  const hectares: number = event.detail.totals.clearedHa;
  console.log(hectares);
});
export const view = <cleared-land-map src="zones.geojson" from="2024-04-21" summary-worker="off" />;
// @ts-expect-error summary-worker takes only "off"
export const wrong = <cleared-land-map summary-worker="on" />;
// @ts-expect-error src is a string
typed.src = 42;
`,
    );
    const tsc = join(root, 'node_modules', '.bin', 'tsc');
    const result = spawnSync(tsc, ['-p', join(app, 'tsconfig.json')], { encoding: 'utf8' });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('lists every subpath with types first, and the embed as the only module with side effects', () => {
    for (const [subpath, target] of Object.entries(pkg.exports)) {
      if (subpath === './package.json') continue;
      expect(Object.keys(target as object)[0], subpath).toBe('types');
    }
    expect((pkg as unknown as { sideEffects: string[] }).sideEffects).toEqual(['./dist/cleared-land-map.js']);
  });
});

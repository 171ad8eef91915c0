// The layer rule of STYLE.md, checked on every import in src/: the core (zones, io, validate,
// geometry, report and the root modules) never imports map, embed, cli or maplibre-gl; geometry
// never imports report; only cli and the Node entry touch node: modules.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../src', import.meta.url));

/** Every import of a source file: the specifier and, for relative ones, the src/ folder it lands in. */
interface ImportEdge {
  file: string;
  specifier: string;
  targetLayer: string | null;
}

// Static imports, re-exports and dynamic imports, type-only ones included: a type import still ties
// the layers together.
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

function layerOf(path: string): string {
  const [first, second] = relative(src, path).split('/');
  return second === undefined ? 'root' : first;
}

const edges: ImportEdge[] = sourceFiles(src).flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((match) => {
    const specifier = match[1] ?? match[2] ?? match[3];
    const targetLayer = specifier.startsWith('.') ? layerOf(resolve(dirname(file), specifier)) : null;
    return { file: relative(src, file), specifier, targetLayer };
  }),
);

const CORE = ['zones', 'io', 'validate', 'geometry', 'report'];
const OUTER = ['map', 'embed', 'cli'];

function violations(rule: (edge: ImportEdge, fromLayer: string) => boolean): string[] {
  return edges.filter((edge) => rule(edge, layerOf(join(src, edge.file)))).map((edge) => `${edge.file} imports ${edge.specifier}`);
}

describe('the layers of src/', () => {
  it('finds the imports it checks (the scan is not blind)', () => {
    expect(edges.some((edge) => edge.file === 'map/label-points.ts' && edge.specifier === 'polylabel')).toBe(true);
    expect(edges.some((edge) => edge.file === 'io/load-proj4.ts' && edge.specifier === 'proj4')).toBe(true);
    expect(edges.filter((edge) => edge.targetLayer === 'geometry').length).toBeGreaterThan(10);
  });

  it('keeps the core free of map, embed, cli and maplibre-gl', () => {
    const found = violations((edge, from) => CORE.includes(from) && (OUTER.includes(edge.targetLayer ?? '') || edge.specifier.startsWith('maplibre-gl')));
    expect(found).toEqual([]);
  });

  it('keeps geometry free of reporting', () => {
    expect(violations((edge, from) => from === 'geometry' && edge.targetLayer === 'report')).toEqual([]);
  });

  it('lets only the map and the embed import maplibre-gl', () => {
    expect(violations((edge, from) => edge.specifier.startsWith('maplibre-gl') && from !== 'map' && from !== 'embed')).toEqual([]);
  });

  it('lets only the CLI and the Node entry touch node: modules', () => {
    const allowed = (from: string, file: string) => from === 'cli' || file === 'node.ts';
    expect(violations((edge, from) => edge.specifier.startsWith('node:') && !allowed(from, edge.file))).toEqual([]);
  });
});

import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli, scratchFolder } from './run-cli.js';

const { dir } = scratchFolder('cleared-land-cli-io-');

// A 0.001° square at 40°N: 9,481.6 m² on the WGS84 ellipsoid (pyproj Geod.polygon_area_perimeter).
const SQUARE_HECTARES = 0.94816072;
const zonesText = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { id: 'A', status: 'cleared', endDate: '2024-04-22', region: 'Tartar' },
      geometry: { type: 'Polygon', coordinates: [[[46.5, 40], [46.501, 40], [46.501, 40.001], [46.5, 40.001], [46.5, 40]]] },
    },
  ],
});
const zonesPath = join(dir, 'zones.geojson');
writeFileSync(zonesPath, zonesText);

const run = runCli;

function filesIn(path: string): string[] {
  return readdirSync(path).sort();
}

describe('cleared-land --version', () => {
  it('prints the version in package.json', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(await run(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});

describe('- reads zones from standard input', () => {
  it('reports the same as the file when the zones come through a pipe in pieces', async () => {
    const fromFile = await run(['report', zonesPath, '--format', 'csv']);
    const pieces = [zonesText.slice(0, 17), zonesText.slice(17, 100), zonesText.slice(100)];
    const fromStdin = await run(['report', '-', '--format', 'csv'], pieces);
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
    const tartar = fromStdin.stdout.split('\n').find((line) => line.startsWith('Tartar,'))!;
    expect(Number(tartar.split(',')[1])).toBeCloseTo(SQUARE_HECTARES, 8);
  });

  it('validates standard input and names it in messages', async () => {
    const result = await run(['validate', '-'], [zonesText]);
    expect(result).toMatchObject({ code: 0, stdout: 'standard input: 1 feature, 1 accepted, 0 rejected\n' });
  });

  it('refuses --regions - with a message saying standard input is for the zones', async () => {
    const result = await run(['report', zonesPath, '--regions', '-'], ['{}']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--regions cannot read standard input (it is for the zones); give the regions as a file');
  });

  it('refuses - twice', async () => {
    const result = await run(['report', '-', '-'], [zonesText]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("'-' (standard input) can be given once");
  });
});

describe('-o writes the report to a file, whole or not at all', () => {
  it('writes the report to the file and nothing else to standard output', async () => {
    const out = join(dir, 'ok', 'report.csv');
    rmSync(join(dir, 'ok'), { recursive: true, force: true });
    await import('node:fs').then(({ mkdirSync }) => mkdirSync(join(dir, 'ok')));
    const toStdout = await run(['report', zonesPath, '--format', 'csv']);
    const result = await run(['report', zonesPath, '--format', 'csv', '-o', out]);
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(out, 'utf8')).toBe(toStdout.stdout);
    expect(filesIn(join(dir, 'ok'))).toEqual(['report.csv']);
  });

  it('leaves an older report untouched and no temporary file when the report fails', async () => {
    const folder = join(dir, 'failing');
    await import('node:fs').then(({ mkdirSync }) => mkdirSync(folder));
    const out = join(folder, 'report.txt');
    writeFileSync(out, 'last week');
    const badRegions = join(folder, 'regions.geojson');
    writeFileSync(badRegions, '{"type":"FeatureCollection","features":[]}');
    const result = await run(['report', zonesPath, '--regions', badRegions, '-o', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('regions.geojson is a FeatureCollection with no features');
    expect(readFileSync(out, 'utf8')).toBe('last week');
    expect(filesIn(folder)).toEqual(['regions.geojson', 'report.txt']);
  });

  it('says which path cannot be written when the directory does not exist', async () => {
    const result = await run(['validate', zonesPath, '-o', join(dir, 'missing', 'out.json')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`cannot write ${join(dir, 'missing', 'out.json')}: no such directory`);
  });

  it('removes the partial file and exits 130 on Ctrl-C', async () => {
    // The built CLI (bin/ → dist/), waiting on a pipe that never ends, with -o open.
    const folder = join(dir, 'interrupted');
    await import('node:fs').then(({ mkdirSync }) => mkdirSync(folder));
    const bin = fileURLToPath(new URL('../bin/cleared-land.js', import.meta.url));
    const child = spawn(process.execPath, [bin, 'report', '-', '-o', join(folder, 'report.txt')], { stdio: ['pipe', 'ignore', 'pipe'] });
    child.stdin.write(zonesText.slice(0, 40));
    await expect.poll(() => filesIn(folder).length, { timeout: 30_000 }).toBe(1);
    expect(filesIn(folder)[0]).toMatch(/^\.report\.txt\.\d+\.\w+\.tmp$/);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(filesIn(folder)).toEqual([]);
    expect(existsSync(join(folder, 'report.txt'))).toBe(false);
  });
});

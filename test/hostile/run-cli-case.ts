import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What one run of the built CLI did. */
export interface CliRun {
  /** Exit code, or null when it was killed at the time limit. */
  exitCode: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
  /** Peak resident memory of the process (VmHWM, recorded as it exits). */
  peakRssMiB: number;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin/cleared-land.js');
const BUILT_CLI = join(ROOT, 'dist/cli.js');
const PRELOAD = new URL('./record-peak-rss.mjs', import.meta.url).href;
// Output beyond this is counted, not kept: a case must not fill the test's memory.
const KEPT_CHARACTERS = 1 << 20;

/**
 * Runs `bin/cleared-land.js` (the built CLI, as users run it), killing it at `timeoutSeconds`,
 * and reports its exit code, output, time and peak RSS (recorded by record-peak-rss.mjs,
 * preloaded).
 *
 * @example
 * const run = await runCliCase(['validate', 'bomb.geojson.gz'], 60);
 */
export async function runCliCase(args: string[], timeoutSeconds: number): Promise<CliRun> {
  const dir = await mkdtemp(join(tmpdir(), 'cli-run-'));
  const rssFile = join(dir, 'peak-rss');
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', PRELOAD, BIN, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    env: { ...process.env, CLEARED_LAND_PEAK_RSS_FILE: rssFile },
  });
  const kept = { stdout: '', stderr: '' };
  for (const name of ['stdout', 'stderr'] as const) {
    child[name].setEncoding('utf8');
    child[name].on('data', (text: string) => {
      if (kept[name].length < KEPT_CHARACTERS) kept[name] += text.slice(0, KEPT_CHARACTERS - kept[name].length);
    });
  }
  // The CLI runs in its own process group: killing the group leaves nothing running on.
  let killed = false;
  const timer = setTimeout(() => {
    killed = true;
    process.kill(-child.pid!, 'SIGKILL');
  }, timeoutSeconds * 1000);
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  clearTimeout(timer);
  const seconds = (performance.now() - started) / 1000;
  // Empty when the process was killed: then the time limit has failed the case anyway.
  const kilobytes = Number(await readFile(rssFile, 'utf8').catch(() => 'NaN'));
  await rm(dir, { recursive: true, force: true });
  return { exitCode: killed ? null : exitCode, stdout: kept.stdout, stderr: kept.stderr, seconds, peakRssMiB: kilobytes / 1024 };
}

/**
 * Throws unless dist/cli.js is newer than every file in src/: the corpus tests run the built
 * CLI, so a stale build would test old code.
 *
 * @example
 * beforeAll(() => assertCliBuilt());
 */
export async function assertCliBuilt(): Promise<void> {
  const built = await stat(BUILT_CLI).catch(() => null);
  const newest = newestMtime(join(ROOT, 'src'));
  if (built === null || built.mtimeMs < newest) {
    throw new Error('the hostile corpus runs the built CLI: run `npm run build` first (dist/cli.js is missing or older than src/)');
  }
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** A line of a Node stack trace, or an error class name leaking out. */
export const STACK_TRACE = /^\s+at |node:internal|^(Type|Range|Syntax|Reference)Error\b|Error: .*\n\s+at /m;

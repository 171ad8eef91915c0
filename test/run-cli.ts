// The CLI run inside the test process (src/cli/main.ts, no build needed), and a scratch folder for
// the files it reads: what test/cli*.test.ts, region-files and load-feature-services share.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { main } from '../src/cli/main.js';

/** What one run of the CLI returned and wrote. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `cleared-land ARGV…` in this process, collecting standard output and error; `stdinChunks`,
 * when given, are what `-` reads.
 *
 * @example
 * const { code, stdout } = await runCli(['report', path, '--format', 'json']);
 */
export async function runCli(argv: string[], stdinChunks?: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const stdin = stdinChunks === undefined ? undefined : (async function* () {
    for (const chunk of stdinChunks) yield new TextEncoder().encode(chunk);
  })();
  const code = await main(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    stdin,
  });
  return { code, stdout, stderr };
}

/**
 * A temporary folder, removed after the calling file's tests, and a writer of files into it
 * (JSON-encoded unless given as text). Call at the top of a test file.
 *
 * @example
 * const { write } = scratchFolder('cleared-land-cli-');
 * const path = write('zones.geojson', collection);
 */
export function scratchFolder(prefix: string): { dir: string; write(name: string, value: unknown): string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return {
    dir,
    write(name, value) {
      const path = join(dir, name);
      writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
      return path;
    },
  };
}

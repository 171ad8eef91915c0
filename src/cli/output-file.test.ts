import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const MODULE = fileURLToPath(new URL('./output-file.ts', import.meta.url));

// A child process opens an output file, writes half of it, and is signalled before (or after) it
// is committed; what is left in the folder is returned.
function signalledWhileWriting(signal: 'SIGINT' | 'SIGTERM', commit: boolean): { status: number | null; files: string[]; content: string | null } {
  const dir = mkdtempSync(join(tmpdir(), 'output-file-'));
  const path = join(dir, 'out.gpkg');
  const script = `
    import { openOutputFile } from ${JSON.stringify(MODULE)};
    const output = openOutputFile(${JSON.stringify(path)});
    output.write(new Uint8Array([104, 97, 108, 102]));
    ${commit ? 'output.commit();' : ''}
    process.kill(process.pid, '${signal}');
    setTimeout(() => {}, 5000);`;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 });
  const files = readdirSync(dir);
  const content = files.includes('out.gpkg') ? readFileSync(path, 'utf8') : null;
  rmSync(dir, { recursive: true, force: true });
  return { status: child.status, files, content };
}

describe('openOutputFile', () => {
  test('Ctrl-C while a file is being written removes the partial file and exits 130', () => {
    expect(signalledWhileWriting('SIGINT', false)).toEqual({ status: 130, files: [], content: null });
  });

  test('SIGTERM too, exiting 143', () => {
    expect(signalledWhileWriting('SIGTERM', false)).toEqual({ status: 143, files: [], content: null });
  });

  test('a committed file is whole under its name, and a later signal takes its default course', () => {
    // Once committed, the handlers are gone: SIGINT kills the process (status null, by signal).
    expect(signalledWhileWriting('SIGINT', true)).toEqual({ status: null, files: ['out.gpkg'], content: 'half' });
  });
});

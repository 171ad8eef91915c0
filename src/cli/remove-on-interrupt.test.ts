import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const MODULE = fileURLToPath(new URL('./remove-on-interrupt.ts', import.meta.url));

// A child process writes a partial file, registers it, and is interrupted before it is whole.
function interruptedWhileWriting(signal: 'SIGINT' | 'SIGTERM', finish: boolean): { status: number | null; left: boolean } {
  const dir = mkdtempSync(join(tmpdir(), 'interrupt-'));
  const file = join(dir, '.out.partial');
  const script = `
    import { writeFileSync } from 'node:fs';
    import { removeOnInterrupt } from ${JSON.stringify(MODULE)};
    const done = removeOnInterrupt(${JSON.stringify(file)});
    writeFileSync(${JSON.stringify(file)}, 'half');
    ${finish ? 'done();' : ''}
    process.kill(process.pid, '${signal}');
    setTimeout(() => {}, 5000);`;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 });
  const left = existsSync(file);
  rmSync(dir, { recursive: true, force: true });
  return { status: child.status, left };
}

describe('removeOnInterrupt', () => {
  test('Ctrl-C while a file is being written removes it and exits 130', () => {
    expect(interruptedWhileWriting('SIGINT', false)).toEqual({ status: 130, left: false });
  });

  test('SIGTERM too, exiting 143', () => {
    expect(interruptedWhileWriting('SIGTERM', false)).toEqual({ status: 143, left: false });
  });

  test('a file already whole (done called) is left alone', () => {
    expect(interruptedWhileWriting('SIGINT', true)).toEqual({ status: 130, left: true });
  });
});

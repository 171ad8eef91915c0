import { rmSync } from 'node:fs';

const pending = new Set<string>();
let installed = false;

/**
 * Removes `path` if the process is interrupted (Ctrl-C: SIGINT, or SIGTERM) before the returned
 * function is called, then exits with the signal's usual status (130 or 143), so an interrupted
 * command leaves no half-written file behind. Call the returned function once the file is whole
 * (renamed into place) or removed.
 *
 * @example
 * const done = removeOnInterrupt(temporary);
 * try { await writeFile(temporary, bytes); await rename(temporary, path); } finally { done(); }
 */
export function removeOnInterrupt(path: string): () => void {
  pending.add(path);
  if (!installed) {
    installed = true;
    for (const [signal, status] of SIGNAL_STATUS) {
      process.once(signal, () => {
        for (const file of pending) rmSync(file, { force: true });
        process.exit(status);
      });
    }
  }
  return () => {
    pending.delete(path);
  };
}

// 128 + the signal's number, as shells report a command a signal ended.
const SIGNAL_STATUS: ReadonlyArray<[NodeJS.Signals, number]> = [
  ['SIGINT', 130],
  ['SIGTERM', 143],
];

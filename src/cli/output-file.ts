import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A report or export being written to a file: it appears under its name only when complete. */
export interface OutputFile {
  /** Appends text (UTF-8) or bytes to the file being written. */
  write(data: string | Uint8Array): void;
  /** Finishes the file and puts it in place under its name, replacing any older file. */
  commit(): void;
  /** Throws the partial file away; the older file, if any, stays as it was. Nothing after `commit()`. */
  abort(): void;
}

// 128 + the signal's number, as shells report a command a signal ended: Ctrl-C (SIGINT) and
// kill's default (SIGTERM).
const SIGNAL_STATUS: ReadonlyArray<[NodeJS.Signals, number]> = [
  ['SIGINT', 130],
  ['SIGTERM', 143],
];

/**
 * Opens `path` for a report or an export, atomically: the data goes to a temporary file in the
 * same directory (so the final rename stays on one file system, where it is atomic) and is renamed
 * to `path` by `commit()`. A failure (`abort()`), Ctrl-C (SIGINT) or SIGTERM (both handled until
 * commit or abort, then exiting 130 or 143) removes the temporary file, so `path` never holds half
 * a file. The one way the CLI writes `-o`.
 *
 * @throws Error naming the path when the directory cannot be written.
 * @example
 * const output = openOutputFile('week17.csv');
 * try { output.write(formatCsv(summary)); output.commit(); } catch (error) { output.abort(); throw error; }
 */
export function openOutputFile(path: string): OutputFile {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let descriptor = -1;
  let open = false;
  const handlers = SIGNAL_STATUS.map(([signal, status]): [NodeJS.Signals, () => void] => [
    signal,
    () => {
      discard();
      process.exit(status);
    },
  ]);
  const listen = (): void => handlers.forEach(([signal, handler]) => process.on(signal, handler));
  const stopListening = (): void => handlers.forEach(([signal, handler]) => process.off(signal, handler));
  const discard = (): void => {
    stopListening();
    if (!open) return;
    open = false;
    closeSync(descriptor);
    rmSync(temporary, { force: true });
  };
  // Listening before the file exists: Ctrl-C between the two would otherwise end the process
  // (SIGINT's default) and leave the temporary file behind.
  listen();
  try {
    descriptor = openSync(temporary, 'wx');
    open = true;
  } catch (error) {
    stopListening();
    throw new Error(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such directory' : (error as Error).message}`, { cause: error });
  }
  return {
    write(data) {
      if (!open) throw new Error(`openOutputFile: ${path} is already finished; write before commit()`);
      if (typeof data === 'string') writeSync(descriptor, data);
      else {
        // writeSync may write less than asked; a large export is written to the end.
        for (let at = 0; at < data.length; ) at += writeSync(descriptor, data, at, data.length - at);
      }
    },
    commit() {
      if (!open) throw new Error(`openOutputFile: ${path} is already finished`);
      open = false;
      stopListening();
      try {
        // On disk before the rename, so a crash right after cannot leave an empty report in place.
        fsyncSync(descriptor);
        closeSync(descriptor);
        renameSync(temporary, path);
      } catch (error) {
        rmSync(temporary, { force: true });
        throw new Error(`cannot write ${path}: ${(error as Error).message}`, { cause: error });
      }
    },
    abort: discard,
  };
}

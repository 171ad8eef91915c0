import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A report being written to a file: it appears under its name only when complete. */
export interface OutputFile {
  /** Appends text to the file being written. */
  write(text: string): void;
  /** Finishes the file and puts it in place under its name, replacing any older file. */
  commit(): void;
  /** Throws the partial file away; the older file, if any, stays as it was. Nothing after `commit()`. */
  abort(): void;
}

// Exit status of a process stopped by Ctrl-C (128 + SIGINT's number, 2), as shells report it.
const EXIT_INTERRUPTED = 130;

/**
 * Opens `path` for a report, atomically: the text goes to a temporary file in the same directory
 * (so the final rename stays on one file system, where it is atomic) and is renamed to `path` by
 * `commit()`. A failure (`abort()`) or Ctrl-C (SIGINT, which this handles until commit or abort)
 * removes the temporary file, so `path` never holds half a report.
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
  const discard = (): void => {
    process.off('SIGINT', onInterrupt);
    if (!open) return;
    open = false;
    closeSync(descriptor);
    rmSync(temporary, { force: true });
  };
  const onInterrupt = (): void => {
    discard();
    process.exit(EXIT_INTERRUPTED);
  };
  // Listening before the file exists: Ctrl-C between the two would otherwise end the process
  // (SIGINT's default) and leave the temporary file behind.
  process.on('SIGINT', onInterrupt);
  try {
    descriptor = openSync(temporary, 'wx');
    open = true;
  } catch (error) {
    process.off('SIGINT', onInterrupt);
    throw new Error(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such directory' : (error as Error).message}`, { cause: error });
  }
  return {
    write(text) {
      if (!open) throw new Error(`openOutputFile: ${path} is already finished; write before commit()`);
      writeSync(descriptor, text);
    },
    commit() {
      if (!open) throw new Error(`openOutputFile: ${path} is already finished`);
      open = false;
      process.off('SIGINT', onInterrupt);
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

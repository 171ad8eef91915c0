/** Where the CLI writes: the process streams in production, buffers in tests. */
export interface CliIo {
  /**
   * Where results go. A Node stream's `once`/`off` let long output wait for `drain`; a test's
   * buffer needs only `write`.
   */
  stdout: {
    write(text: string): unknown;
    once?(event: 'drain' | 'close' | 'error', listener: () => void): unknown;
    off?(event: 'drain' | 'close' | 'error', listener: () => void): unknown;
  };
  stderr: { write(text: string): unknown };
  /** What `-` reads zones from; absent, `-` is refused. */
  stdin?: AsyncIterable<Uint8Array | string>;
}

/** A mistake in how the command was called: printed without a stack trace, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Exit codes shared by every command. */
export const EXIT_OK = 0;
/** Some feature was rejected, or the input could not be read as zones. */
export const EXIT_REJECTED = 1;
/** The command line itself was wrong. */
export const EXIT_USAGE = 2;

import { limitHeapGrowth } from './limit-heap-growth.js';
import { EXIT_OK, EXIT_REJECTED, EXIT_USAGE, UsageError, type CliIo } from './cli-io.js';
import { exportCommand } from './export-command.js';
import { reportCommand } from './report-command.js';
import { validateCommand } from './validate-command.js';
import { escapeTerminalText } from './escape-terminal-text.js';
import { PACKAGE_VERSION } from './package-version.js';

/** `cleared-land --help`. */
export const MAIN_HELP = `Usage: cleared-land <command> [options]

Commands:
  validate <path>      check surveyed zones and list every problem per feature
  report <paths…>      hectares released and remaining hazard, per region and week
  export <paths…>      one dissolved outcome as GeoJSON, shapefile, KML or GeoPackage

Paths are files or named pipes (/dev/stdin). Inputs past a limit (4 GiB, 2,000,000 features…)
are refused with one sentence naming the flag that raises it (--max-bytes, --limit).

Run 'cleared-land <command> --help' for a command's options.`;

const COMMANDS: Record<string, (args: string[], io: CliIo) => Promise<number>> = {
  validate: validateCommand,
  report: reportCommand,
  export: exportCommand,
};

/**
 * The CLI: runs one command and returns its exit code. User mistakes print a message to
 * stderr (never a stack trace); only a bug in cleared-land itself prints one.
 *
 * @example
 * process.exitCode = await main(['validate', 'zones.geojson'], { stdout: process.stdout, stderr: process.stderr });
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...args] = argv;
  if (command === '--version' || command === '-V') {
    io.stdout.write(`${PACKAGE_VERSION}\n`);
    return EXIT_OK;
  }
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    (command === undefined ? io.stderr : io.stdout).write(`${MAIN_HELP}\n`);
    return command === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const run = COMMANDS[command];
  limitHeapGrowth();
  if (!run) {
    io.stderr.write(`cleared-land: unknown command '${escapeTerminalText(command, { keepNewlines: false })}'\n\n${MAIN_HELP}\n`);
    return EXIT_USAGE;
  }
  try {
    return await run(args, io);
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.stderr.write(`cleared-land ${command}: ${escapeTerminalText((error as Error).message, { keepNewlines: false })}\nRun 'cleared-land ${command} --help' for usage.\n`);
      return EXIT_USAGE;
    }
    if (isUserFacing(error)) {
      io.stderr.write(`cleared-land ${command}: ${escapeTerminalText((error as Error).message, { keepNewlines: false })}\n`);
      return EXIT_REJECTED;
    }
    throw error;
  }
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

// Errors our own code raises for users (unreadable file, unknown CRS, bad regions, bad option
// values) are plain Errors with a full sentence; anything else (TypeError, RangeError…) is a bug
// in cleared-land and keeps its stack so it can be reported.
function isUserFacing(error: unknown): boolean {
  return error instanceof Error && error.constructor === Error;
}

// One run of the national-file benchmark in a fresh process at Node's default heap:
//   cli ARGS…      runs the CLI (src/cli/main.ts) as `cleared-land ARGS…` would, output to stdout;
//   buffered PATH  loads the whole file as bytes with loadZones (JSON.parse of the whole text).
// Writes `BENCH {"peakRssMiB": …, "summary": …}` to stderr as it exits.
import { readFileSync } from 'node:fs';
import type { CliIo } from '../src/cli/cli-io.js';
import { loadZones } from '../src/io/load-zones.js';

const KIB_PER_MIB = 1024;
const [mode, ...args] = process.argv.slice(2);
let summary: string | null = null;

process.on('exit', () => {
  process.stderr.write(`\nBENCH ${JSON.stringify({ peakRssMiB: process.resourceUsage().maxRSS / KIB_PER_MIB, summary })}\n`);
});

if (mode === 'cli') {
  const io: CliIo = { stdout: process.stdout, stderr: process.stderr };
  let run: (argv: string[], io: CliIo) => Promise<number>;
  try {
    ({ main: run } = await import('../src/cli/main.js'));
  } catch (error) {
    // While src/index.ts lacks an export another command needs, `validate` can still run on its own.
    if (args[0] !== 'validate') throw error;
    const { validateCommand } = await import('../src/cli/validate-command.js');
    run = (argv, commandIo) => validateCommand(argv.slice(1), commandIo);
    process.stderr.write(`(src/cli/main.ts does not load: ${(error as Error).message}; running validateCommand directly)\n`);
  }
  process.exitCode = await run(args, io);
} else if (mode === 'buffered') {
  try {
    const buffer = readFileSync(args[0]);
    const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    const result = await loadZones(bytes, { fileName: args[0] });
    summary = `accepted ${result.accepted.toLocaleString('en')}, rejected ${result.rejected.toLocaleString('en')}`;
  } catch (error) {
    summary = `failed: ${(error as Error).name}: ${(error as Error).message.slice(0, 120)}`;
    process.exitCode = 3;
  }
} else {
  throw new Error(`national-child: mode must be cli or buffered; got ${mode}`);
}

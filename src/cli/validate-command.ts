import { parseArgs } from 'node:util';
import { loadZones, type ZoneSink } from '../index.js';
import { EXIT_OK, EXIT_REJECTED, UsageError, type CliIo } from './cli-io.js';
import { openOutputFile } from './output-file.js';
import { zoneSourceFor } from './zone-source-for.js';
import { formatIssuesText } from './format-issues-text.js';
import { escapeTerminalText } from './escape-terminal-text.js';
import { LOAD_FLAG_HELP, LOAD_FLAG_OPTIONS, parseLoadFlags } from './parse-load-flags.js';

/** `cleared-land validate --help`. */
export const VALIDATE_HELP = `Usage: cleared-land validate <file> [options]

<file> is a path, or - for standard input.

Reads surveyed zones (GeoJSON, GeoJSON sequence, KML/KMZ, GPX, zipped shapefile, GeoPackage,
FlatGeobuf or CSV with WKT, also gzip-compressed) from a path — a file, or a named pipe such as
/dev/stdin (read as the writer sends it; with no writer it waits, as Unix tools do) — or a URL
starting with http:// or https:// (a file, an ArcGIS REST layer …/FeatureServer/0, or an OGC
API – Features collection …/collections/ID/items), checks every feature and lists each problem
with the feature's index and id.

Options:
${LOAD_FLAG_HELP}
  --format text|json      text for people (default), or JSON:
                          { "accepted", "rejected", "issues": [ { "code", "severity", "feature", "id", "message" } ] }
  --max-per-code N        in text, messages shown per issue code (default 5)
  -o, --output FILE       write the result to FILE (complete or not at all); default: standard output
  -h, --help              show this help

Exit status: 0 when no feature is rejected (warnings allowed), 1 when any feature is
rejected or the file cannot be read as zones, 2 for usage errors.

Examples:
  cleared-land validate survey-utm.geojson --crs EPSG:32638
  cat zones.geojson | cleared-land validate - --format json -o issues.json`;

/** Runs `cleared-land validate`; returns the exit code. */
export async function validateCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...LOAD_FLAG_OPTIONS,
      format: { type: 'string', default: 'text' },
      'max-per-code': { type: 'string', default: '5' },
      output: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(`${VALIDATE_HELP}\n`);
    return EXIT_OK;
  }
  if (positionals.length !== 1) {
    throw new UsageError(`validate takes exactly one file; got ${positionals.length}`);
  }
  if (values.format !== 'text' && values.format !== 'json') {
    throw new UsageError(`--format must be text or json; got '${values.format}'`);
  }
  const maxPerCode = Number(values['max-per-code']);
  if (!Number.isInteger(maxPerCode) || maxPerCode < 0) {
    throw new UsageError(`--max-per-code must be a whole number ≥ 0; got '${values['max-per-code']}'`);
  }
  if (values.output === '') throw new UsageError('--output needs a file name, e.g. -o issues.json');
  const loadOptions = parseLoadFlags(values);
  const output = values.output === undefined ? null : openOutputFile(values.output);
  try {
    const code = await runValidate(positionals[0], values.format, maxPerCode, loadOptions, { ...io, stdout: output ?? io.stdout });
    output?.commit();
    return code;
  } finally {
    output?.abort();
  }
}

/** Loads and checks one file; `io.stdout` is where the result goes. */
async function runValidate(
  argument: string,
  format: string,
  maxPerCode: number,
  loadOptions: ReturnType<typeof parseLoadFlags>,
  io: CliIo,
): Promise<number> {
  // Only counts and issues are reported, so accepted zones are counted, not kept: a national file
  // validates in the memory of its issues.
  const result = await loadZones(zoneSourceFor(argument, io), { ...loadOptions, zoneSink: countingSink() });
  const unreadable = result.issues.some((issue) => issue.severity === 'error' && issue.feature === null);

  if (format === 'json') {
    const { accepted, rejected, issues } = result;
    io.stdout.write(`${JSON.stringify({ accepted, rejected, issues }, null, 2)}\n`);
  } else {
    const total = result.accepted + result.rejected;
    io.stdout.write(
      `${escapeTerminalText(result.fileName, { keepNewlines: false })}: ${total} feature${total === 1 ? '' : 's'}, ${result.accepted} accepted, ${result.rejected} rejected\n`,
    );
    if (result.issues.length > 0) io.stdout.write(`${formatIssuesText(result.issues, { maxPerCode })}\n`);
  }
  return result.rejected > 0 || unreadable ? EXIT_REJECTED : EXIT_OK;
}

/** A sink that keeps nothing but the number of zones. */
function countingSink(): ZoneSink {
  let length = 0;
  return {
    get length() {
      return length;
    },
    add: () => {
      length += 1;
    },
    truncate: (to) => {
      length = Math.min(length, to);
    },
    // Dates are not kept, so there is nothing to fill in.
    setDate: () => {},
  };
}

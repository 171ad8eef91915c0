import { closeSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import {
  formatCsv,
  formatHtml,
  getReportLocale,
  reportMap,
  formatJsonChunks,
  formatMarkdown,
  formatText,
  loadRegionFile,
  regionFileError,
  loadZones,
  mergeLoadResults,
  PackedZones,
  summarize,
  SUPPORTED_LOCALES,
  type SupportedLocale,
} from '../index.js';
import { sourceOfArgument } from './source-of-argument.js';
import { EXIT_OK, EXIT_REJECTED, UsageError, type CliIo } from './cli-io.js';
import { checkPeriodFlags } from './check-period-flags.js';
import { openOutputFile } from './output-file.js';
import { STDIN_ARGUMENT, zoneSourceFor } from './zone-source-for.js';
import { formatIssuesText } from './format-issues-text.js';
import { escapeTerminalText } from './escape-terminal-text.js';
import { LOAD_FLAG_HELP, LOAD_FLAG_OPTIONS, parseLoadFlags, regionSource } from './parse-load-flags.js';

/** `cleared-land report --help`. */
export const REPORT_HELP = `Usage: cleared-land report <zones…> [options]

<zones…> are files, or - for standard input.

Measures released land and remaining hazard: overlapping polygons are dissolved per outcome,
areas are ellipsoidal (WGS84), and totals are split by region and by week. Each zones argument
is a file, or a URL starting with http:// or https://: a file, an ArcGIS REST layer
(…/FeatureServer/0) or an OGC API – Features collection (…/collections/ID/items), read page by page.

Options:
  --regions FILE|URL      district polygons to report by (GeoJSON, TopoJSON, KML, zipped shapefile,
                          or a service URL); without it, the zones' "region" property groups
  --region-field NAME     region property holding the name (default: name, shapeName, NAME, region)
  --region-id-field NAME  region property holding a unique id, which tells regions of the same name
                          apart (default: the feature id, then shapeID, id, ID, code, CODE)
  --from DATE             first day of the period, YYYY-MM-DD (inclusive)
  --to DATE               last day of the period, YYYY-MM-DD (inclusive)
${LOAD_FLAG_HELP}
  --format text|json|csv|md|html
                          text: the weekly-report sentence and the issues (default);
                          json: the stable JSON contract; csv / md: a table per region;
                          html: the printable week (A4) with its map, one self-contained file
  --locale en|az|ru       language and number format of text and md (default en)
  -o, --output FILE       write the report to FILE (complete or not at all: it is written to a
                          temporary file beside it and renamed when done); default: standard output
  --strict                exit 1 when any feature is rejected
  -h, --help              show this help

Rejected features are left out of the totals and listed. Exit status: 0 on success,
1 when a file cannot be read (or, with --strict, any feature is rejected), 2 for usage errors.

Examples:
  cleared-land report zones.geojson --regions districts.geojson --from 2024-04-21 --to 2024-04-27
  cleared-land report week17/*.geojson --format csv -o week17.csv
  cat zones.geojson | cleared-land report - --format md`;

const FORMATS = ['text', 'json', 'csv', 'md', 'html'] as const;

/** Runs `cleared-land report`; returns the exit code. */
export async function reportCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...LOAD_FLAG_OPTIONS,
      regions: { type: 'string' },
      'region-field': { type: 'string' },
      'region-id-field': { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      format: { type: 'string', default: 'text' },
      locale: { type: 'string', default: 'en' },
      strict: { type: 'boolean', default: false },
      output: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(`${REPORT_HELP}\n`);
    return EXIT_OK;
  }
  if (positionals.length === 0) throw new UsageError('report needs at least one file of zones');
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}; got '${values.format}'`);
  const locale = values.locale as SupportedLocale;
  if (!SUPPORTED_LOCALES.includes(locale)) {
    throw new UsageError(`--locale must be one of ${SUPPORTED_LOCALES.join(', ')}; got '${values.locale}'`);
  }
  checkPeriodFlags(values);
  if (positionals.filter((path) => path === STDIN_ARGUMENT).length > 1) {
    throw new UsageError("'-' (standard input) can be given once; standard input is read only once");
  }
  if (values.regions === STDIN_ARGUMENT) {
    throw new UsageError('--regions cannot read standard input (it is for the zones); give the regions as a file, e.g. --regions districts.geojson');
  }
  if (values.output === '') throw new UsageError('--output needs a file name, e.g. -o week17.csv');
  const loadOptions = parseLoadFlags(values);
  // The report goes to a temporary file renamed into place only when complete: a failure or
  // Ctrl-C leaves no half-written report under the name asked for.
  const output = values.output === undefined ? null : openOutputFile(values.output);
  try {
    const code = await runReport(positionals, values, { format, locale, loadOptions }, { ...io, stdout: output ?? io.stdout });
    output?.commit();
    return code;
  } finally {
    output?.abort();
  }
}

/** Loads, summarizes and writes; `io.stdout` is where the report goes. */
async function runReport(
  positionals: string[],
  values: { regions?: string; 'region-field'?: string; 'region-id-field'?: string; from?: string; to?: string; strict?: boolean },
  settings: { format: (typeof FORMATS)[number]; locale: SupportedLocale; loadOptions: ReturnType<typeof parseLoadFlags> },
  io: CliIo,
): Promise<number> {
  const { format, locale, loadOptions } = settings;
  // Zones are kept packed (a quarter of the memory), so a national file reports at Node's default
  // heap; files are read one after another into the same store.
  const zones = new PackedZones();
  const results = [];
  for (const path of positionals) results.push(await loadZones(zoneSourceFor(path, io), { ...loadOptions, zoneSink: zones }));
  const loaded = { ...mergeLoadResults(results), zones };
  const regions = values.regions
    ? await loadRegionFile(regionSource(values.regions, loadOptions.limits), {
        crs: loadOptions.crs,
        regionIdField: values['region-id-field'] ?? null,
        repair: loadOptions.repair,
      })
    : undefined;
  // A region file that cannot be used ends the command with its first error, in one sentence.
  const regionError = regions ? regionFileError(regions) : null;
  if (regionError !== null) throw new Error(regionError);
  const progress = showsProgress(io) ? progressLine(io) : null;
  const summary = summarize(loaded, {
    regions,
    regionField: values['region-field'],
    regionIdField: values['region-id-field'],
    from: values.from,
    to: values.to,
    onProgress: progress,
  });
  if (progress) io.stderr.write(CLEAR_LINE);

  if (format === 'json') await writeInPieces(io, formatJsonChunks(summary));
  else if (format === 'csv') io.stdout.write(formatCsv(summary));
  else if (format === 'md') io.stdout.write(`${formatMarkdown(summary, { locale })}\n`);
  else if (format === 'html') {
    const regionGeometries = (regions?.regions ?? []).map((region) => region.geometry);
    const attribution = [
      `Zones: ${positionals.map((path) => basename(path)).join(', ')}`,
      values.regions ? `districts: ${basename(values.regions)}` : null,
      'drawn by cleared-land (no basemap)',
    ].filter(Boolean).join('; ');
    const sample = positionals.some(isBundledSample);
    const mapSvg = reportMap(zones, regionGeometries, summary.period, { title: getReportLocale(locale, '--locale').pageWords.mapCaption });
    io.stdout.write(formatHtml(summary, { locale, mapSvg, attribution, sample }));
  }
  else {
    // Region, organisation and status names come from the files: nothing in them may drive the terminal.
    io.stdout.write(`${escapeTerminalText(formatText(summary, { locale }))}\n`);
    const { accepted, rejected, undated } = summary.features;
    io.stdout.write(`\nFeatures: ${accepted} accepted, ${rejected} rejected, ${undated} undated releases left out of the period\n`);
  }
  if (format !== 'text' && summary.issues.length > 0) {
    io.stderr.write(`${summary.features.rejected} feature(s) rejected; ${summary.issues.length} issue(s):\n`);
  }
  if (summary.issues.length > 0) {
    (format === 'text' ? io.stdout : io.stderr).write(`${formatIssuesText(summary.issues)}\n`);
  }
  const unreadable = loaded.issues.some((issue) => issue.severity === 'error' && issue.feature === null);
  return unreadable || (values.strict && loaded.rejected > 0) ? EXIT_REJECTED : EXIT_OK;
}

// A national report's JSON can run to hundreds of megabytes of findings: it is written a
// megabyte or so at a time rather than built as one string, each piece after the last has drained.
const WRITE_CHARACTERS = 1 << 20;

async function writeInPieces(io: CliIo, pieces: Iterable<string>): Promise<void> {
  let buffered: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    buffered.push(piece);
    length += piece.length;
    if (length < WRITE_CHARACTERS) continue;
    await writeDrained(io.stdout, buffered.join(''));
    buffered = [];
    length = 0;
  }
  if (buffered.length > 0) await writeDrained(io.stdout, buffered.join(''));
}

// Node queues what a pipe cannot take at once: writing on without waiting kept most of a national
// report queued in memory behind a reader (`| gzip`, or the bench's pipe), 0.5 GB at 1,000,000
// zones. A stream that closes or fails ends the wait too.
async function writeDrained(stream: CliIo['stdout'], text: string): Promise<void> {
  if (stream.write(text) !== false || typeof stream.once !== 'function') return;
  const emitter = stream as Required<CliIo['stdout']>;
  await new Promise<void>((resolve) => {
    const done = () => {
      for (const event of DRAIN_EVENTS) emitter.off(event, done);
      resolve();
    };
    for (const event of DRAIN_EVENTS) emitter.once(event, done);
  });
}

const DRAIN_EVENTS = ['drain', 'close', 'error'] as const;

// On a terminal, a national report (minutes) says how far it has got, on one line it rewrites.
const CLEAR_LINE = '\r\x1b[K';

function showsProgress(io: CliIo): boolean {
  return (io.stderr as { isTTY?: boolean }).isTTY === true;
}

function progressLine(io: CliIo): (measuredZones: number, totalZones: number) => void {
  return (measuredZones, totalZones) =>
    io.stderr.write(`${CLEAR_LINE}Measuring: ${measuredZones.toLocaleString('en')} of ${totalZones.toLocaleString('en')} zones`);
}

// The bundled sample names itself in its first bytes; its printed report must say it is synthetic.
const SAMPLE_MARK = 'SAMPLE DATA';
const HEAD_BYTES = 256;

function isBundledSample(path: string): boolean {
  try {
    const descriptor = openSync(path, 'r');
    try {
      const head = Buffer.alloc(HEAD_BYTES);
      const read = readSync(descriptor, head, 0, HEAD_BYTES, 0);
      return head.subarray(0, read).toString('utf8').includes(SAMPLE_MARK);
    } finally {
      closeSync(descriptor);
    }
  } catch {
    return false;
  }
}

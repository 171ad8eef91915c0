import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import {
  dissolveOutcomes,
  encodeCollection,
  EXPORT_FORMATS,
  EXPORT_OUTCOMES,
  loadRegionFile,
  loadZones,
  mergeLoadResults,
  outcomeCollection,
  outcomeLayer,
  resolveRegions,
  splitByRegions,
  type ExportFormat,
  type ExportOutcome,
} from '../index.js';
import { sourceOfArgument } from './source-of-argument.js';
import { openOutputFile } from './output-file.js';
import { EXIT_OK, EXIT_REJECTED, UsageError, type CliIo } from './cli-io.js';
import { formatIssuesText } from './format-issues-text.js';
import { LOAD_FLAG_HELP, LOAD_FLAG_OPTIONS, parseLoadFlags, regionSource } from './parse-load-flags.js';
import { checkPeriodFlags } from './check-period-flags.js';

/** `cleared-land export --help`. */
export const EXPORT_HELP = `Usage: cleared-land export <zones…> --what OUTCOME --format FORMAT -o FILE [options]

Writes one dissolved outcome (overlapping polygons merged, so every hectare appears once) as a file
QGIS, ArcGIS and Google Earth open, with its area in hectares (WGS84 ellipsoid) in the attributes.

Options:
  --what released|remaining|cleared|reduced|cancelled
                          released: cancelled ∪ reduced ∪ cleared in the period;
                          remaining: hazard minus every release completed by --to
  --format geojson|shp|kml|gpkg
                          GeoJSON, zipped shapefile (.prj, UTF-8 .cpg), KML, GeoPackage
  -o, --output FILE       where to write (written whole, then renamed into place)
  --from DATE, --to DATE  the period, YYYY-MM-DD, inclusive (as for report)
  --regions FILE          cut the outcome by these district polygons: one feature per district
                          (attribute "region"), and one for land outside them
  --region-field NAME     region property holding the name
  --region-id-field NAME  region property holding a unique id; districts of the same name are
                          written as "name (id)" (default: the feature id, then shapeID, id, ID, code)
${LOAD_FLAG_HELP}
  -h, --help              show this help

Examples:
  cleared-land export week17.geojson --what cleared --from 2024-04-21 --to 2024-04-27 --format shp -o cleared.zip
  cleared-land export zones.geojson --what remaining --regions districts.geojson --format gpkg -o remaining.gpkg`;

/** Runs `cleared-land export`; returns the exit code. */
export async function exportCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...LOAD_FLAG_OPTIONS,
      what: { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string', short: 'o' },
      regions: { type: 'string' },
      'region-field': { type: 'string' },
      'region-id-field': { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(`${EXPORT_HELP}\n`);
    return EXIT_OK;
  }
  if (positionals.length === 0) throw new UsageError('export needs at least one file of zones');
  const what = oneOf(values.what, EXPORT_OUTCOMES, '--what') as ExportOutcome;
  const format = oneOf(values.format, EXPORT_FORMATS, '--format') as ExportFormat;
  if (values.output === undefined) throw new UsageError('export needs -o FILE: where to write the file');
  checkPeriodFlags(values);

  const loadOptions = parseLoadFlags(values);
  const results = [];
  for (const path of positionals) results.push(await loadZones(sourceOfArgument(path), loadOptions));
  const loaded = mergeLoadResults(results);
  const unreadable = loaded.issues.filter((issue) => issue.severity === 'error' && issue.feature === null);
  if (unreadable.length > 0) {
    io.stderr.write(`${formatIssuesText(unreadable)}\n`);
    return EXIT_REJECTED;
  }
  if (loaded.rejected > 0) {
    io.stderr.write(`${loaded.rejected} feature(s) rejected and left out of the export (run 'cleared-land validate' for every issue)\n`);
  }
  const period = { from: values.from ?? null, to: values.to ?? null };
  const outcomes = dissolveOutcomes(loaded.zones, period);
  const regionIdField = values['region-id-field'] ?? null;
  // Districts of the same name are told apart by their labels ("Novi Grad (BA-1)"), as in reports.
  const regions = values.regions
    ? resolveRegions(await loadRegionFile(regionSource(values.regions, loadOptions.limits), { crs: loadOptions.crs, regionIdField, repair: loadOptions.repair }), {
        regionField: values['region-field'] ?? null,
        regionIdField,
      }).regions.map((region) => ({ name: region.label, geometry: region.geometry }))
    : null;
  const collection = outcomeCollection(outcomes, what, {
    ...period,
    source: positionals.map((path) => basename(path)).join(', '),
    generator: 'cleared-land export',
    ...(regions ? { pieces: splitByRegions(outcomeLayer(outcomes, what), regions) } : {}),
  });
  const bytes = await encodeCollection(collection, format, { layerName: what });
  // Written beside the target, then renamed: a failure or Ctrl-C never leaves half a file where
  // the user expects a whole one.
  const output = openOutputFile(values.output);
  try {
    output.write(bytes);
    output.commit();
  } finally {
    output.abort();
  }
  const hectares = collection.features.reduce((sum, feature) => sum + feature.properties.area_ha, 0);
  io.stderr.write(`${values.output}: ${what}, ${collection.features.length} feature(s), ${hectares.toFixed(4)} ha\n`);
  return EXIT_OK;
}

function oneOf(value: string | undefined, allowed: readonly string[], flag: string): string {
  if (value === undefined) throw new UsageError(`export needs ${flag}: one of ${allowed.join(', ')}`);
  if (!allowed.includes(value)) throw new UsageError(`${flag} must be one of ${allowed.join(', ')}; got '${value}'`);
  return value;
}

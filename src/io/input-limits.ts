/**
 * How much of an input cleared-land will read before it stops: limits that follow real content
 * (a national file of a million zones is 966 MiB and passes every default with room to spare),
 * checked while reading, so that a decompression bomb, a lying header or a pathological file ends
 * with one `too-large` issue instead of filling memory or running for ever.
 *
 * Readers take a `limits: Partial<InputLimits>` option, merged over {@link defaultInputLimits} by
 * spread; the CLI sets them with `--max-bytes SIZE` and `--limit NAME=VALUE`.
 *
 * @example
 * const result = await loadZones(pathSource('national.geojson'), { limits: { maxFeatures: 5_000_000 } });
 */
export interface InputLimits {
  /**
   * Most bytes of one input after decompression (gzip, zip). Streamed GeoJSON FeatureCollections
   * are read in bounded memory up to this size.
   */
  maxBytes: number;
  /**
   * Most bytes of one piece that must be held in memory whole: a KML, GPX, zipped shapefile (its
   * entries together), GeoJSON text sequence, lone Feature or UTF-16 file, a file inside an
   * archive, or one feature of a streamed FeatureCollection. Such pieces take several times their
   * size in memory while parsed.
   */
  maxWholeBytes: number;
  /** Most features in one input. */
  maxFeatures: number;
  /** Most positions in one ring (or line). */
  maxVerticesPerRing: number;
  /** Most rings (outer ring and holes) in one polygon. */
  maxRingsPerPolygon: number;
  /** Most polygons in one MultiPolygon (parts of any Multi* geometry or GeometryCollection). */
  maxPartsPerMultiPolygon: number;
  /** Deepest nesting of JSON arrays and objects, and of XML elements. */
  maxNestingDepth: number;
  /** Most entries in one zip archive (KMZ, zipped shapefile). */
  maxZipEntries: number;
  /** Most characters in one property value or name (and one XML text). */
  maxPropertyChars: number;
  /**
   * Most bytes decompressed per compressed byte (gzip, zip), checked once more than
   * `COMPRESSION_RATIO_FLOOR_BYTES` have come out: a bomb is built from repetition and
   * packs about a thousand to one, real GeoJSON, KML and shapefiles 3 to 20 to one.
   */
  maxCompressionRatio: number;
}

/**
 * The defaults, each chosen against real content and the memory it takes:
 *
 * - `maxBytes` 4 GiB: four times the largest file benchmarked (the national file, 966 MiB), and
 *   far below where streaming memory grows (it holds one feature at a time);
 * - `maxWholeBytes` 64 MiB: a 64 MiB KML takes 1.2 GB and 17 s to parse (xmldom, measured);
 *   real KML, GPX and zipped shapefiles from the field are a few megabytes, and the largest real
 *   polygon (a district boundary at full detail) is a few megabytes of GeoJSON;
 * - `maxFeatures` 2,000,000: twice the national file; `report` keeps every zone (about 0.5 KiB
 *   packed) and `validate` every issue;
 * - `maxVerticesPerRing` 1,000,000, `maxRingsPerPolygon` 100,000, `maxPartsPerMultiPolygon`
 *   100,000: a hundred times the most detailed boundaries we know of;
 * - `maxNestingDepth` 100: GeoJSON needs 6 levels, KML a dozen with nested folders;
 * - `maxZipEntries` 10,000: a zipped shapefile has 4–8 files per layer, a KMZ its pictures;
 * - `maxPropertyChars` 1 Mi characters (1,048,576): KML descriptions of a few kilobytes of HTML
 *   are the longest real values;
 * - `maxCompressionRatio` 100: the national file gzips 3 to 1 (`gzip -1`), repetitive real exports
 *   reach 20 to 1; Apache POI refuses zip entries past the same 100 to 1.
 */
export const defaultInputLimits: InputLimits = {
  maxBytes: 4 * 1024 ** 3,
  maxWholeBytes: 64 * 1024 ** 2,
  maxFeatures: 2_000_000,
  maxVerticesPerRing: 1_000_000,
  maxRingsPerPolygon: 100_000,
  maxPartsPerMultiPolygon: 100_000,
  maxNestingDepth: 100,
  maxZipEntries: 10_000,
  maxPropertyChars: 1024 ** 2,
  maxCompressionRatio: 100,
};

/**
 * Below this many decompressed bytes no ratio is checked: small files of one repeated value pack
 * tightly and harmlessly.
 */
export const COMPRESSION_RATIO_FLOOR_BYTES = 64 * 1024 ** 2;

/**
 * Throws when `outputBytes` (past {@link COMPRESSION_RATIO_FLOOR_BYTES}) is more than
 * `limits.maxCompressionRatio` times `inputBytes`.
 *
 * @example
 * checkCompressionRatio(200 * 1024 ** 2, 1024 ** 2, defaultInputLimits); // throws: 200 to 1
 */
export function checkCompressionRatio(outputBytes: number, inputBytes: number, limits: InputLimits): void {
  if (outputBytes <= COMPRESSION_RATIO_FLOOR_BYTES || outputBytes <= limits.maxCompressionRatio * inputBytes) return;
  throw new InputLimitError(
    'maxCompressionRatio',
    limits.maxCompressionRatio,
    `compressed data that unpacks ${Math.floor(outputBytes / Math.max(inputBytes, 1)).toLocaleString('en')} to 1 (${formatBytes(outputBytes)} from ${formatBytes(inputBytes)}), as a decompression bomb does`,
  );
}

/** The name of a limit: a key of {@link InputLimits}. */
export type InputLimitName = keyof InputLimits;

/**
 * Each limit's name on the command line (`--limit NAME=VALUE`) and what it counts, for messages.
 * `maxBytes` also has its own flag, `--max-bytes`.
 */
export const INPUT_LIMITS: Readonly<Record<InputLimitName, { flagName: string; counts: string; isBytes: boolean }>> = {
  maxBytes: { flagName: 'bytes', counts: 'bytes after decompression', isBytes: true },
  maxWholeBytes: { flagName: 'whole-bytes', counts: 'bytes read whole', isBytes: true },
  maxFeatures: { flagName: 'features', counts: 'features', isBytes: false },
  maxVerticesPerRing: { flagName: 'ring-vertices', counts: 'positions in one ring', isBytes: false },
  maxRingsPerPolygon: { flagName: 'polygon-rings', counts: 'rings in one polygon', isBytes: false },
  maxPartsPerMultiPolygon: { flagName: 'multi-parts', counts: 'parts in one multi-geometry', isBytes: false },
  maxNestingDepth: { flagName: 'depth', counts: 'levels of nesting', isBytes: false },
  maxZipEntries: { flagName: 'zip-entries', counts: 'entries in one zip archive', isBytes: false },
  maxPropertyChars: { flagName: 'property-chars', counts: 'characters in one value', isBytes: false },
  maxCompressionRatio: { flagName: 'compression-ratio', counts: 'bytes unpacked per packed byte', isBytes: false },
};

/**
 * Thrown inside readers when an input goes past a limit; the loaders catch it and report one
 * whole-file `too-large` issue (see {@link inputLimitMessage}). It never reaches callers of
 * `loadZones`, `loadZonesStream` or `parseInput`.
 *
 * @example
 * if (count > limits.maxFeatures) throw new InputLimitError('maxFeatures', limits.maxFeatures, `more than ${limits.maxFeatures} features`);
 */
export class InputLimitError extends Error {
  override name = 'InputLimitError';
  /**
   * @param limit Which limit was passed.
   * @param value The limit's value in force.
   * @param found What was found, as a phrase that completes "the file has …", e.g. "a ring of 1,200,000 positions (feature 4)".
   */
  constructor(
    readonly limit: InputLimitName,
    readonly value: number,
    readonly found: string,
  ) {
    super(`${found}: over the limit of ${formatLimit(limit, value)} (${limitFlag(limit)})`);
  }
}

/**
 * The `too-large` sentence for a file that went past a limit: the file, what it holds, the limit
 * and the flag (and library option) that raises it.
 *
 * @example
 * inputLimitMessage(new InputLimitError('maxFeatures', 2_000_000, 'more than 2,000,000 features'), 'national.geojson');
 * // 'national.geojson has more than 2,000,000 features, over the limit of 2,000,000 features; nothing was read from it. If the file is genuine, raise the limit with --limit features=N (option limits.maxFeatures).'
 */
export function inputLimitMessage(error: InputLimitError, fileName: string): string {
  return (
    `${fileName} has ${error.found}, over the limit of ${formatLimit(error.limit, error.value)}; nothing was read from it. ` +
    `If the file is genuine, raise the limit with ${limitFlag(error.limit)} (option limits.${error.limit}).`
  );
}

/**
 * Merges caller limits over the defaults, checking each value: a limit must be a whole number
 * ≥ 0 (a mistake in the option throws, naming it).
 *
 * @example
 * resolveInputLimits({ maxFeatures: 5_000_000 }).maxBytes; // 4294967296
 */
export function resolveInputLimits(limits: Partial<InputLimits> | null | undefined): InputLimits {
  const merged: InputLimits = { ...defaultInputLimits, ...limits };
  for (const name of Object.keys(INPUT_LIMITS) as InputLimitName[]) {
    const value = merged[name];
    if (typeof value !== 'number' || !(Number.isSafeInteger(value) || value === Infinity) || value < 0) {
      throw new Error(`limits.${name} must be a whole number ≥ 0 (or Infinity); got ${String(value)}`);
    }
  }
  return merged;
}

/**
 * The command-line flag that raises a limit, e.g. `--max-bytes SIZE` or `--limit features=N`.
 *
 * @example
 * limitFlag('maxVerticesPerRing'); // '--limit ring-vertices=N'
 */
export function limitFlag(limit: InputLimitName): string {
  return limit === 'maxBytes' ? '--max-bytes SIZE' : `--limit ${INPUT_LIMITS[limit].flagName}=${INPUT_LIMITS[limit].isBytes ? 'SIZE' : 'N'}`;
}

/**
 * A limit's value in words: bytes in binary units (`4 GiB`), counts with thousands separators.
 *
 * @example
 * formatLimit('maxBytes', 4 * 1024 ** 3); // '4 GiB bytes after decompression'
 */
export function formatLimit(limit: InputLimitName, value: number): string {
  const { counts, isBytes } = INPUT_LIMITS[limit];
  return `${isBytes ? formatBytes(value) : value.toLocaleString('en')} ${isBytes ? counts.replace(/^bytes /, '') : counts}`;
}

/**
 * A byte count in binary units, exact to two decimals: `966 MiB`, `4 GiB`, `512 bytes`.
 *
 * @example
 * formatBytes(64 * 1024 ** 2); // '64 MiB'
 */
export function formatBytes(bytes: number): string {
  for (const [unit, size] of BYTE_UNITS) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(2)).toLocaleString('en')} ${unit}`;
  }
  return `${bytes.toLocaleString('en')} bytes`;
}

const BYTE_UNITS: ReadonlyArray<[string, number]> = [
  ['TiB', 1024 ** 4],
  ['GiB', 1024 ** 3],
  ['MiB', 1024 ** 2],
  ['KiB', 1024],
];

/**
 * Reads a size as people write it: `4GiB`, `4 GB`, `500MB`, `64MiB`, `1048576`. Decimal units
 * (kB, MB, GB, TB) are powers of 1000, binary ones (KiB, MiB, GiB, TiB) of 1024. Returns null when
 * the text is not a size.
 *
 * @example
 * parseByteSize('8GiB'); // 8589934592
 * parseByteSize('1.5 GB'); // 1500000000
 */
export function parseByteSize(text: string): number | null {
  // Anchored, no nested or overlapping quantifiers: linear in the text's length.
  const match = /^\s*(\d+(?:\.\d+)?)\s*([kKmMgGtT]i?[bB]|[bB])?\s*$/.exec(text);
  if (!match) return null;
  const unit = (match[2] ?? 'b').toLowerCase();
  const multiplier = SIZE_UNITS[unit];
  if (multiplier === undefined) return null;
  const bytes = Math.round(Number(match[1]) * multiplier);
  return Number.isSafeInteger(bytes) ? bytes : null;
}

const SIZE_UNITS: Record<string, number> = {
  b: 1,
  kb: 1000,
  mb: 1000 ** 2,
  gb: 1000 ** 3,
  tb: 1000 ** 4,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
  tib: 1024 ** 4,
};

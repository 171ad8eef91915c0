import fc from 'fast-check';
import { loadZones } from '../../src/io/load-zones.js';
import { loadZonesStream } from '../../src/io/load-zones-stream.js';
import type { LoadResult } from '../../src/io/load-result.js';
import { checkLoadResult, expectedFeatureCount } from './check-invariants.js';
import { countCase } from './fuzz-runs.js';
import { documentArbitrary, splitBytes, textDamageArbitrary, toDamagedBytes } from './geojson-arbitraries.js';
import type { TextDamage } from './geojson-arbitraries.js';

// Reusable fuzz properties of loading: run by test/fuzz-loading.test.ts (a few thousand cases in
// `npm test`) and test/fuzz-loading.fuzz.test.ts (FUZZ_RUNS cases in `npm run fuzz`).

const FILE_NAME = 'fuzz.geojson';

/** A file as it arrives: a document, how it was damaged, and the indentation it was written with. */
export interface FuzzFile {
  document: unknown;
  damage: TextDamage;
  indent: number;
}

/** Text as files arrive: a document serialised (minified or indented) and maybe damaged. */
const fileArbitrary: fc.Arbitrary<FuzzFile> = fc.record({
  document: documentArbitrary,
  damage: textDamageArbitrary,
  indent: fc.constantFrom(0, 0, 2),
});

function knownCount(file: FuzzFile): number | null {
  if (!['none', 'bom', 'utf16'].includes(file.damage.kind)) return null;
  let value: unknown;
  try {
    value = JSON.parse(JSON.stringify(file.document) ?? 'null');
  } catch {
    return null;
  }
  return expectedFeatureCount(value);
}

/**
 * loadZones on any bytes resolves (never rejects) with a result whose issues all have a known
 * code and a message naming the file, whose counts add up to the features in the input when that
 * is knowable, and whose zones are valid.
 *
 * @example
 * fc.assert(loadingNeverThrowsProperty(), { numRuns: 1000 });
 */
export function loadingNeverThrowsProperty(): fc.IAsyncPropertyWithHooks<[FuzzFile]> {
  return fc.asyncProperty(fileArbitrary, async (file) => {
    countCase('loadZones on damaged and mutated files');
    const bytes = toDamagedBytes(file.document, file.damage, file.indent);
    const result = await loadZones(bytes, { fileName: FILE_NAME });
    checkLoadResult(result, FILE_NAME, knownCount(file));
  });
}

/**
 * loadZonesStream, fed the same bytes in chunks cut anywhere (inside strings, escapes, numbers,
 * multi-byte characters, the byte order mark) gives exactly loadZones' result when it may reopen
 * the input, with the top-level members in any order (so `crs` may come after `features`).
 *
 * @example
 * fc.assert(streamingMatchesBufferedProperty(), { numRuns: 500 });
 */
export function streamingMatchesBufferedProperty(): fc.IAsyncPropertyWithHooks<[FuzzFile, number[], number]> {
  return fc.asyncProperty(
    fileArbitrary,
    fc.array(fc.nat(), { maxLength: 12 }),
    fc.nat(),
    async (file, cuts, rotation) => {
      countCase('loadZonesStream equals loadZones (reopenable input)');
      const bytes = toDamagedBytes(rotateMembers(file.document, rotation), file.damage, file.indent);
      const chunks = splitBytes(bytes, cuts);
      const buffered = await loadZones(bytes, { fileName: FILE_NAME });
      const streamed = await loadZonesStream(() => fromChunks(chunks), { fileName: FILE_NAME });
      assertSameResult(streamed, buffered);
    },
  );
}

/**
 * With an input that cannot be reopened, loadZonesStream still agrees with loadZones on every
 * feature; only a FeatureCollection broken after its features began gets its own invalid-json
 * wording, and a crs after the features rejects every feature (it cannot be applied in one pass).
 *
 * @example
 * fc.assert(streamingOnePassProperty(), { numRuns: 500 });
 */
export function streamingOnePassProperty(): fc.IAsyncPropertyWithHooks<[FuzzFile, number[]]> {
  return fc.asyncProperty(fileArbitrary, fc.array(fc.nat(), { maxLength: 12 }), async (file, cuts) => {
    countCase('loadZonesStream in one pass');
    const bytes = toDamagedBytes(file.document, file.damage, file.indent);
    const buffered = await loadZones(bytes, { fileName: FILE_NAME });
    const streamed = await loadZonesStream(fromChunks(splitBytes(bytes, cuts)), { fileName: FILE_NAME });
    checkLoadResult(streamed, FILE_NAME, knownCount(file));
    const brokenJson = (result: LoadResult) => result.issues.some((issue) => issue.code === 'invalid-json' && issue.feature === null);
    if (brokenJson(streamed) || brokenJson(buffered)) {
      if (!(brokenJson(streamed) && brokenJson(buffered)) && !readAsSequence(buffered)) {
        throw new Error(`one reader found invalid JSON and the other did not:\n${describe(streamed)}\n${describe(buffered)}`);
      }
      return;
    }
    assertSameResult(streamed, buffered);
  });
}

// A FeatureCollection followed by more text can be a text sequence to loadZones, which sees the
// whole text; one pass cannot know that after streaming the first collection.
function readAsSequence(result: LoadResult): boolean {
  return result.format === 'geojson-seq';
}

async function* fromChunks(chunks: readonly Uint8Array[]): AsyncGenerator<Uint8Array> {
  for (const chunk of chunks) yield chunk;
}

/** The document with its top-level members rotated, so that any of them may come last. */
function rotateMembers(document: unknown, rotation: number): unknown {
  if (document === null || typeof document !== 'object' || Array.isArray(document)) return document;
  const entries = Object.entries(document);
  if (entries.length === 0) return document;
  const shift = rotation % entries.length;
  return Object.fromEntries([...entries.slice(shift), ...entries.slice(0, shift)]);
}

function assertSameResult(streamed: LoadResult, buffered: LoadResult): void {
  const a = JSON.stringify(streamed);
  const b = JSON.stringify(buffered);
  if (a !== b) throw new Error(`loadZonesStream and loadZones differ:\nstreamed ${describe(streamed)}\nbuffered ${describe(buffered)}`);
}

function describe(result: LoadResult): string {
  return JSON.stringify({ ...result, zones: result.zones.length }).slice(0, 2000);
}

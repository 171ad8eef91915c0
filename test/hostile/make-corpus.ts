import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import zlib from 'node:zlib';
import { write as writeShapefile } from '@mapbox/shp-write';

/** One hostile input and how the CLI must treat it. */
export interface CorpusCase {
  /** Short name, also the file's name. */
  name: string;
  /** Path of the file made. */
  path: string;
  /** What it attacks, for the test's title. */
  attack: string;
  /** Extra CLI arguments (a lowered limit, to test a limit's mechanics on a small file). */
  args: string[];
  /** The issue code the file must be reported with, or null when any outcome (exit 0/1) will do. */
  code: string | null;
  /** True for the multi-gigabyte cases, run by `npm run fuzz` only. */
  large: boolean;
}

/**
 * Writes the hostile corpus into `dir`: decompression bombs (gzip and zip, built in seconds from
 * one full-flushed deflate block repeated), sparse files of zeros, archives inside archives, XML
 * entity expansion and external entities, deep nesting, long strings, terminal escapes and
 * headers that lie. With `large`, also the multi-gigabyte cases (8 GB of gzipped white space, a
 * 6 GB sparse file, 5 GB of gzipped features), which `npm run fuzz` runs; delete `dir` after.
 *
 * Run on its own to look at the files: `npx tsx test/hostile/make-corpus.ts /tmp/corpus [--large]`.
 *
 * @example
 * const cases = await makeCorpus(await mkdtemp(join(tmpdir(), 'hostile-')), { large: false });
 */
export async function makeCorpus(dir: string, options: { large: boolean }): Promise<CorpusCase[]> {
  const cases: CorpusCase[] = [];
  const add = async (name: string, attack: string, code: string | null, content: Uint8Array | string, args: string[] = []) => {
    const path = join(dir, name);
    await writeFile(path, content);
    cases.push({ name, path, attack, args, code, large: false });
  };

  // Zeros and white space.
  const zerosPath = join(dir, 'zeros-64mb.geojson');
  await sparseFile(zerosPath, 64 * MiB);
  cases.push({ name: 'zeros-64mb.geojson', path: zerosPath, attack: 'a sparse file of zero bytes', args: [], code: 'unreadable-file', large: false });
  await add('whitespace-200mb.geojson.gz', '200 MB of gzipped white space', 'too-large', await gzipRepeated(' ', 200 * MiB));
  await add('zeros-200mb.geojson.gz', '200 MB of gzipped zero bytes', 'unreadable-file', await gzipRepeated('\0', 200 * MiB));
  await add('gzip-in-gzip.geojson.gz', 'a gzip inside a gzip', 'unreadable-file', zlib.gzipSync(zlib.gzipSync(JSON.stringify(featureCollection([square('a')])))));
  await add(
    'features-over-limit.geojson.gz',
    'more features than --limit features allows',
    'too-large',
    await gzipRepeated(`${JSON.stringify(square('a'))},`, 4 * MiB, '{"type":"FeatureCollection","features":[', '{"type":"Feature","properties":{},"geometry":null}]}'),
    ['--limit', 'features=1000'],
  );

  // Zip archives whose headers lie, bombs, nesting, too many entries.
  const kml = placemarkKml('walk');
  await add('zip-size-lie.kmz', 'a zip entry that inflates past the size its headers declare', 'unreadable-file', zipOf([{ name: 'doc.kml', data: kml, declaredBytes: 100 }]));
  await add('zip-local-central-disagree.kmz', 'local header and central directory disagree', 'unreadable-file', zipOf([{ name: 'doc.kml', data: kml, localDeclaredBytes: kml.length + 7 }]));
  await add('zip-truncated-data.kmz', 'an entry claiming more packed data than the archive holds', 'unreadable-file', zipOf([{ name: 'doc.kml', data: kml, claimedPackedExtra: 5000 }]));
  await add('zip-bomb-1gb.kmz', 'a zip entry that inflates to 1 GiB', 'too-large', zipOf([{ name: 'doc.kml', packed: await deflateRepeated(' ', GiB), declaredBytes: GiB }]));
  await add('zip-in-zip.zip', 'a zip inside a zip', null, zipOf([{ name: 'inner.zip', data: zipOf([{ name: 'doc.kml', data: kml }]) }]));
  await add('zip-as-geojson-in-zip.zip', 'a zip named .geojson inside a zip', 'unreadable-file', zipOf([{ name: 'zones.geojson', data: zipOf([{ name: 'doc.kml', data: kml }]) }]));
  await add('zip-many-entries.zip', 'a zip of 20,000 entries', 'too-large', zipOf(Array.from({ length: 20_000 }, (_, index) => ({ name: `f${index}.txt`, data: new Uint8Array(0) }))));

  // Shapefiles whose headers lie.
  const shapefile = shapefileParts();
  const dbfLie = shapefile.dbf.slice();
  new DataView(dbfLie.buffer).setUint32(4, 0xffffffff, true);
  await add('dbf-4-billion-records.zip', 'a .dbf claiming 4 billion records', 'unreadable-file', zipOf([{ name: 'z.shp', data: shapefile.shp }, { name: 'z.shx', data: shapefile.shx }, { name: 'z.dbf', data: dbfLie }], { deflate: true }));
  const shpLengthLie = shapefile.shp.slice();
  new DataView(shpLengthLie.buffer).setInt32(104, 0x7fffffff);
  await add('shp-record-length-lie.zip', 'a .shp record claiming 4 GB of content', 'unreadable-file', zipOf([{ name: 'z.shp', data: shpLengthLie }, { name: 'z.dbf', data: shapefile.dbf }]));
  const shpPartsLie = shapefile.shp.slice();
  new DataView(shpPartsLie.buffer).setInt32(100 + 8 + 36, 0x7fffffff, true);
  await add('shp-parts-lie.zip', 'a .shp record claiming 2 billion parts', 'unreadable-file', zipOf([{ name: 'z.shp', data: shpPartsLie }, { name: 'z.dbf', data: shapefile.dbf }]));

  // XML: entities, external entities, nesting.
  const laughs = `<?xml version="1.0"?><!DOCTYPE kml [<!ENTITY a "lol">${Array.from({ length: 9 }, (_, level) => `<!ENTITY ${String.fromCharCode(98 + level)} "${`&${String.fromCharCode(97 + level)};`.repeat(10)}">`).join('')}]><kml><Document><Placemark><name>&j;</name></Placemark></Document></kml>`;
  await add('billion-laughs.kml', 'XML entity expansion (billion laughs)', 'unreadable-file', laughs);
  const xxe = (root: string, body: string) => `<?xml version="1.0"?><!DOCTYPE ${root} [<!ENTITY x SYSTEM "file:///etc/passwd">]>${body}`;
  await add('xxe.kml', 'an external entity naming /etc/passwd (KML)', 'unreadable-file', xxe('kml', '<kml><Document><Placemark><name>&x;</name><Point><coordinates>46,40</coordinates></Point></Placemark></Document></kml>'));
  await add('xxe.gpx', 'an external entity naming /etc/passwd (GPX)', 'unreadable-file', xxe('gpx', '<gpx version="1.1" creator="x"><wpt lat="40" lon="46"><name>&x;</name></wpt></gpx>'));
  await add('xxe-parameter.kml', 'a parameter entity naming /etc/passwd', 'unreadable-file', '<?xml version="1.0"?><!DOCTYPE kml [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]><kml><Document/></kml>');
  await add('deep.kml', 'XML elements nested 200,000 deep', 'too-large', `<kml>${'<Folder>'.repeat(200_000)}${'</Folder>'.repeat(200_000)}</kml>`);

  // JSON: nesting, long strings, huge geometry, escapes.
  const deepProperty = `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"deep":${'['.repeat(500_000)}${']'.repeat(500_000)}},"geometry":null}]}`;
  await add('deep-properties.geojson', 'JSON nested 500,000 deep in a property', 'too-large', deepProperty);
  await add('deep-feature.geojson', 'a lone Feature nested 500,000 deep', 'too-large', `{"type":"Feature","properties":{"x":${'['.repeat(500_000)}${']'.repeat(500_000)}},"geometry":null}`);
  await add('long-string.geojson', 'a property of 10 million characters', 'too-large', JSON.stringify(featureCollection([square('a', { note: 'x'.repeat(10_000_000) })])));
  await add('digits-reported-area.geojson', 'a 1 MB run of digits in reportedArea', null, JSON.stringify(featureCollection([square('a', { reportedArea: `${'1'.repeat(1_000_000)}x` })])));
  await add('huge-feature.geojson', 'one feature of 100 MB', 'too-large', `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"pad":[${'0,'.repeat(50 * MiB)}0]},"geometry":null}]}`);
  const ring = Array.from({ length: 2001 }, (_, index) => [46 + 0.01 * Math.cos((2 * Math.PI * index) / 2000), 40 + 0.01 * Math.sin((2 * Math.PI * index) / 2000)]);
  ring[2000] = ring[0];
  await add('ring-over-limit.geojson', 'a ring of 2,001 positions with --limit ring-vertices=1000', 'too-large', JSON.stringify(featureCollection([{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } }])), ['--limit', 'ring-vertices=1000']);
  const manyParts = { type: 'MultiPolygon', coordinates: Array.from({ length: 200_000 }, () => square('p').geometry.coordinates) };
  await add('multipolygon-200k-parts.geojson', 'a MultiPolygon of 200,000 parts', 'too-large', JSON.stringify(featureCollection([{ type: 'Feature', properties: {}, geometry: manyParts }])));
  await add('terminal-escapes.geojson', 'ids and names with ANSI escapes and bidi overrides', null, JSON.stringify(featureCollection([
    square('\u001b[2J\u001b]0;owned\u0007evil', { status: 'cleared', region: 'Fuzuli\u202etxt.exe', organisation: '\u009b31m\u2066x\u2069' }),
    { type: 'Feature', id: '\u001b[31mred\u200f', properties: { status: '\u001b[5mblink' }, geometry: null },
  ])));
  await add('truncated.geojson.gz', 'a gzip cut short', 'unreadable-file', zlib.gzipSync(JSON.stringify(featureCollection([square('a')]))).subarray(0, 40));

  if (!options.large) return cases;
  const big = async (name: string, attack: string, code: string | null, make: (path: string) => Promise<void>) => {
    const path = join(dir, name);
    await make(path);
    cases.push({ name, path, attack, args: [], code, large: true });
  };
  await big('sparse-6gb.geojson', 'a 6 GB sparse file of zeros', 'unreadable-file', (path) => sparseFile(path, 6 * GiB));
  await big('whitespace-8gb.geojson.gz', '8 GB of gzipped white space', 'too-large', (path) => gzipRepeatedToFile(path, ' ', 8 * GiB));
  await big('zeros-8gb.geojson.gz', '8 GB of gzipped zeros', 'unreadable-file', (path) => gzipRepeatedToFile(path, '\0', 8 * GiB));
  await big('rejected-features-5gb.geojson.gz', '5 GB of gzipped features, all rejected', 'too-large', (path) =>
    gzipRepeatedToFile(path, '{"type":"Feature","properties":{"status":"cleared"},"geometry":null},', 5 * GiB, '{"type":"FeatureCollection","features":['),
  );
  await big('features-5gb.geojson.gz', '5 GB of gzipped valid features', 'too-large', (path) =>
    gzipRepeatedToFile(path, `${JSON.stringify(square('a', { status: 'cleared', endDate: '2024-04-21' }))},`, 5 * GiB, '{"type":"FeatureCollection","features":['),
  );
  return cases;
}

const MiB = 1024 ** 2;
const GiB = 1024 ** 3;

function featureCollection(features: object[]): object {
  return { type: 'FeatureCollection', features };
}

function square(id: string, properties: object = {}): { type: 'Feature'; id: string; properties: object; geometry: { type: 'Polygon'; coordinates: number[][][] } } {
  return { type: 'Feature', id, properties, geometry: { type: 'Polygon', coordinates: [[[46, 40], [46.001, 40], [46.001, 40.001], [46, 40.001], [46, 40]]] } };
}

function placemarkKml(name: string): Uint8Array {
  return new TextEncoder().encode(`<kml><Document><Placemark><name>${name}</name><Polygon><outerBoundaryIs><LinearRing><coordinates>46,40 46.001,40 46.001,40.001 46,40</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark></Document></kml>`);
}

async function sparseFile(path: string, bytes: number): Promise<void> {
  const handle = await open(path, 'w');
  await handle.truncate(bytes);
  await handle.close();
}

// One megabyte of `unit` as a raw deflate piece ending in a full flush: the compressor's history
// is reset, so the piece decodes the same wherever it is repeated (about 1 KB for 1 MiB of one byte).
async function flushedPiece(text: string): Promise<Buffer> {
  const deflater = zlib.createDeflateRaw({ level: 9 });
  const parts: Buffer[] = [];
  deflater.on('data', (part: Buffer) => parts.push(part));
  deflater.write(Buffer.from(text));
  await new Promise<void>((resolve) => deflater.flush(zlib.constants.Z_FULL_FLUSH, () => resolve()));
  deflater.destroy();
  return Buffer.concat(parts);
}

// The empty final block (fixed Huffman, BFINAL set): ends a raw deflate stream of flushed pieces.
const FINAL_BLOCK = Buffer.from([0x03, 0x00]);

function repeatToMiB(unit: string): string {
  return unit.repeat(Math.max(1, Math.floor(MiB / Buffer.byteLength(unit))));
}

/** Raw deflate data that inflates to about `bytes` of `unit` repeated. */
async function deflateRepeated(unit: string, bytes: number): Promise<Uint8Array> {
  const text = repeatToMiB(unit);
  const piece = await flushedPiece(text);
  const times = Math.ceil(bytes / Buffer.byteLength(text));
  return Buffer.concat([...Array.from({ length: times }, () => piece), FINAL_BLOCK]);
}

/** A gzip file in memory: `head`, `unit` repeated to about `bytes`, `tail`, with its real CRC. */
async function gzipRepeated(unit: string, bytes: number, head = '', tail = ''): Promise<Uint8Array> {
  const text = repeatToMiB(unit);
  const times = Math.ceil(bytes / Buffer.byteLength(text));
  const pieces = [await flushedPiece(head), ...Array.from({ length: times }, () => null), await flushedPiece(tail)];
  const body = await flushedPiece(text);
  let crc = zlib.crc32(head);
  for (let index = 0; index < times; index++) crc = zlib.crc32(text, crc);
  crc = zlib.crc32(tail, crc);
  const size = Buffer.byteLength(head) + times * Buffer.byteLength(text) + Buffer.byteLength(tail);
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(size % 2 ** 32, 4);
  return Buffer.concat([GZIP_HEADER, ...pieces.map((piece) => piece ?? body), FINAL_BLOCK, trailer]);
}

/**
 * A multi-gigabyte gzip written to disk in seconds: `head`, then one flushed piece repeated. Its
 * CRC is not computed (that would mean hashing gigabytes); readers must stop at their limits long
 * before they reach the trailer.
 */
async function gzipRepeatedToFile(path: string, unit: string, bytes: number, head = ''): Promise<void> {
  const text = repeatToMiB(unit);
  const piece = await flushedPiece(text);
  const times = Math.ceil(bytes / Buffer.byteLength(text));
  const out = createWriteStream(path);
  const put = async (chunk: Buffer) => {
    if (!out.write(chunk)) await once(out, 'drain');
  };
  await put(GZIP_HEADER);
  if (head) await put(await flushedPiece(head));
  // 64 pieces per write: few calls, small buffers.
  const batch = Buffer.concat(Array.from({ length: 64 }, () => piece));
  for (let written = 0; written < times; written += 64) await put(written + 64 <= times ? batch : Buffer.concat(Array.from({ length: times - written }, () => piece)));
  await put(Buffer.concat([FINAL_BLOCK, Buffer.alloc(8)]));
  out.end();
  await once(out, 'finish');
}

// Magic, deflate, no flags, no time, no extra flags, unknown OS.
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);

interface ZipInput {
  name: string;
  /** The entry's bytes (stored, or deflated with `deflate`). */
  data?: Uint8Array;
  /** Already-deflated data (then `declaredBytes` is required). */
  packed?: Uint8Array;
  /** Uncompressed size to declare in both headers instead of the real one. */
  declaredBytes?: number;
  /** Uncompressed size to declare in the local header only. */
  localDeclaredBytes?: number;
  /** Bytes of packed data to claim beyond what is there. */
  claimedPackedExtra?: number;
}

/** A zip archive whose headers say what the entries ask them to say (APPNOTE.TXT 4.3). */
function zipOf(entries: ZipInput[], options: { deflate: boolean } = { deflate: false }): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const deflated = entry.packed !== undefined || options.deflate;
    const data = Buffer.from(entry.packed ?? (options.deflate ? zlib.deflateRawSync(entry.data!) : entry.data!));
    const realBytes = entry.data?.length ?? 0;
    const declared = entry.declaredBytes ?? realBytes;
    const crc = entry.data ? zlib.crc32(entry.data) >>> 0 : 0;
    const packedBytes = data.length + (entry.claimedPackedExtra ?? 0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(deflated ? 8 : 0, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packedBytes, 18);
    local.writeUInt32LE(entry.localDeclaredBytes ?? declared, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(deflated ? 8 : 0, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packedBytes, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const centralBytes = centrals.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(entries.length, 0xfffe), 8);
  end.writeUInt16LE(Math.min(entries.length, 0xfffe), 10);
  end.writeUInt32LE(centralBytes, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

// One polygon with one attribute, as shp-write writes it (it calls back synchronously).
function shapefileParts(): { shp: Uint8Array; shx: Uint8Array; dbf: Uint8Array } {
  let parts: { shp: DataView; shx: DataView; dbf: DataView } | undefined;
  const ring = [[46, 40], [46, 40.001], [46.001, 40.001], [46.001, 40], [46, 40]];
  writeShapefile([{ id: 'a' }], 'POLYGON', [[ring]], (_error: unknown, files: { shp: DataView; shx: DataView; dbf: DataView }) => {
    parts = files;
  });
  const bytes = (view: DataView) => new Uint8Array(view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength));
  return { shp: bytes(parts!.shp), shx: bytes(parts!.shx), dbf: bytes(parts!.dbf) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, flag] = process.argv.slice(2);
  const cases = await makeCorpus(dir, { large: flag === '--large' });
  for (const item of cases) console.log(`${item.name}\t${item.attack}`);
}

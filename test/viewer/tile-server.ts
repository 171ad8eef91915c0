import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { deflateSync } from 'node:zlib';
import { zxyToTileId } from 'pmtiles';

/** An RGB colour, 0–255 per channel. */
export type Rgb = readonly [number, number, number];

/** Colours of the test basemaps: far from the zone palette and the offline map, and from each other. */
export const TILE_COLORS = {
  /** The raster tile template (`/tiles/{z}/{x}/{y}.png`). */
  raster: [255, 0, 255] as Rgb,
  /** The tiles the style JSON (`/style.json`) draws. */
  style: [255, 128, 0] as Rgb,
  /** The tiles inside the PMTiles archive (`/archive.pmtiles`). */
  pmtiles: [255, 255, 0] as Rgb,
} as const;

/** Highest zoom of the archive's tiles; MapLibre overzooms them beyond. */
const ARCHIVE_MAX_ZOOM = 2;
const TILE_SIZE_PX = 256;

/** A local server of test basemaps, on 127.0.0.1 and a free port, with CORS for the viewer's origin. */
export interface TileServer {
  /** e.g. `http://127.0.0.1:40123` (no trailing slash). */
  origin: string;
  /** Raster template: `${origin}/tiles/{z}/{x}/{y}.png`. */
  rasterTemplate: string;
  /** Style JSON whose one raster source is `${origin}/style-tiles/{z}/{x}/{y}.png`. */
  styleUrl: string;
  /** The PMTiles archive, read with HTTP range requests. */
  pmtilesUrl: string;
  /** A vector PMTiles archive (Protomaps schema: one `earth` polygon per tile, z0–2). */
  vectorPmtilesUrl: string;
  /** The archive's bytes, to hand the viewer as a local File. */
  pmtilesBytes: Buffer;
  /** A style URL that answers 404, a template whose tiles answer 500, an archive that answers 404. */
  missingStyleUrl: string;
  brokenTemplate: string;
  missingPmtilesUrl: string;
  /** Paths asked for, in order (to check that a basemap was really fetched from here). */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Starts the test basemaps: solid-colour PNG tiles from a template, a MapLibre style JSON drawing
 * other tiles, and a small PMTiles v3 archive (z0–2, 21 PNG tiles) written by {@link writePmtiles}.
 * Everything is made here in memory; nothing is fetched.
 *
 * @example
 * const tiles = await serveTiles();
 * await page.goto(`${viewer.url}?basemap=${encodeURIComponent(tiles.styleUrl)}`);
 * await tiles.close();
 */
export async function serveTiles(): Promise<TileServer> {
  const tilePng = {
    raster: solidPng(TILE_COLORS.raster),
    style: solidPng(TILE_COLORS.style),
    pmtiles: solidPng(TILE_COLORS.pmtiles),
  };
  const archiveTiles = [];
  for (let z = 0; z <= ARCHIVE_MAX_ZOOM; z += 1) {
    for (let x = 0; x < 2 ** z; x += 1) for (let y = 0; y < 2 ** z; y += 1) archiveTiles.push({ z, x, y, data: tilePng.pmtiles });
  }
  const pmtilesBytes = writePmtiles(archiveTiles, { attribution: 'Test archive' });
  const earthTile = earthMvt();
  const vectorPmtilesBytes = writePmtiles(
    archiveTiles.map((tile) => ({ ...tile, data: earthTile })),
    { attribution: 'Test vector archive', tileType: TILE_TYPE_MVT },
  );
  const requests: string[] = [];
  let origin = '';

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.setHeader('Access-Control-Allow-Headers', 'Range, If-Match');
    response.setHeader('Access-Control-Expose-Headers', 'Content-Range, Content-Length, ETag');
    if (request.method === 'OPTIONS') {
      response.writeHead(204).end();
      return;
    }
    if (/^\/tiles\/\d+\/\d+\/\d+\.png$/.test(path)) return send(response, 200, 'image/png', tilePng.raster);
    if (/^\/style-tiles\/\d+\/\d+\/\d+\.png$/.test(path)) return send(response, 200, 'image/png', tilePng.style);
    if (path === '/style.json') {
      const style = {
        version: 8,
        name: 'test style',
        sources: {
          tiles: { type: 'raster', tiles: [`${origin}/style-tiles/{z}/{x}/{y}.png`], tileSize: TILE_SIZE_PX, attribution: 'Test style' },
        },
        layers: [{ id: 'tiles', type: 'raster', source: 'tiles' }],
      };
      return send(response, 200, 'application/json', Buffer.from(JSON.stringify(style)));
    }
    if (path === '/archive.pmtiles') return sendRange(request, response, pmtilesBytes);
    if (path === '/vector.pmtiles') return sendRange(request, response, vectorPmtilesBytes);
    if (path.startsWith('/broken/')) return send(response, 500, 'text/plain', Buffer.from('tile server error'));
    send(response, 404, 'text/plain', Buffer.from('not found'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    rasterTemplate: `${origin}/tiles/{z}/{x}/{y}.png`,
    styleUrl: `${origin}/style.json`,
    pmtilesUrl: `${origin}/archive.pmtiles`,
    vectorPmtilesUrl: `${origin}/vector.pmtiles`,
    pmtilesBytes,
    missingStyleUrl: `${origin}/missing-style.json`,
    brokenTemplate: `${origin}/broken/{z}/{x}/{y}.png`,
    missingPmtilesUrl: `${origin}/missing.pmtiles`,
    requests,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

function send(response: ServerResponse, status: number, type: string, body: Buffer): void {
  response.writeHead(status, { 'Content-Type': type, 'Content-Length': body.length });
  response.end(body);
}

/** Serves `bytes` whole or, for `Range: bytes=a-b`, the slice with 206 (what PMTiles readers ask for). */
function sendRange(request: IncomingMessage, response: ServerResponse, bytes: Buffer): void {
  const match = /^bytes=(\d+)-(\d*)$/.exec(request.headers.range ?? '');
  if (!match) return send(response, 200, 'application/octet-stream', bytes);
  const start = Number(match[1]);
  const end = Math.min(match[2] ? Number(match[2]) : bytes.length - 1, bytes.length - 1);
  if (start >= bytes.length) {
    response.writeHead(416, { 'Content-Range': `bytes */${bytes.length}` }).end();
    return;
  }
  const body = bytes.subarray(start, end + 1);
  response.writeHead(206, {
    'Content-Type': 'application/octet-stream',
    'Content-Length': body.length,
    'Content-Range': `bytes ${start}-${end}/${bytes.length}`,
  });
  response.end(body);
}

/**
 * A 256 × 256 PNG of one colour with a darker 2-pixel edge (so tile seams show in screenshots).
 * Written by hand: signature, IHDR, one zlib-compressed IDAT of filter-0 rows, IEND (PNG spec §5).
 */
export function solidPng(color: Rgb): Buffer {
  const size = TILE_SIZE_PX;
  const edge = 2;
  const row = Buffer.alloc(1 + size * 3);
  const raw = Buffer.alloc(row.length * size);
  for (let y = 0; y < size; y += 1) {
    row[0] = 0;
    for (let x = 0; x < size; x += 1) {
      const onEdge = x < edge || y < edge;
      const shade = onEdge ? 0.8 : 1;
      row[1 + x * 3] = Math.round(color[0] * shade);
      row[2 + x * 3] = Math.round(color[1] * shade);
      row[3 + x * 3] = Math.round(color[2] * shade);
    }
    row.copy(raw, y * row.length);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: truecolour RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(raw)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

let crcTable: Uint32Array | null = null;

function crc32(bytes: Buffer): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n += 1) {
      let c = n;
      for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Header length of a PMTiles v3 archive (spec §3). */
const PMTILES_HEADER_BYTES = 127;
const COMPRESSION_NONE = 1;
const TILE_TYPE_PNG = 2;
const TILE_TYPE_MVT = 1;
const DEGREES_E7 = 1e7;

/**
 * A PMTiles v3 archive of PNG tiles, written by hand after the specification
 * (github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md): the 127-byte header, one root
 * directory (no leaf directories: fine below ~10,000 tiles), the JSON metadata and the tile data,
 * nothing compressed. Directory entries are sorted by Hilbert tile id (`zxyToTileId` from the
 * `pmtiles` reader) and stored column by column as varints: id deltas, run lengths (1), lengths,
 * and offsets (0 meaning "right after the previous tile"). The `pmtiles` package only reads.
 *
 * @example
 * const bytes = writePmtiles([{ z: 0, x: 0, y: 0, data: solidPng([255, 255, 0]) }], { attribution: 'Test' });
 */
export function writePmtiles(
  tiles: readonly { z: number; x: number; y: number; data: Buffer }[],
  options: { attribution: string; tileType?: number },
): Buffer {
  const entries = tiles
    .map((tile) => ({ tileId: zxyToTileId(tile.z, tile.x, tile.y), data: tile.data }))
    .sort((a, b) => a.tileId - b.tileId);
  let offset = 0;
  const placed = entries.map((entry) => {
    const placement = { ...entry, offset, length: entry.data.length };
    offset += entry.data.length;
    return placement;
  });
  const directory = Buffer.from([
    ...varint(placed.length),
    ...placed.flatMap((entry, index) => varint(entry.tileId - (index === 0 ? 0 : placed[index - 1].tileId))),
    ...placed.flatMap(() => varint(1)),
    ...placed.flatMap((entry) => varint(entry.length)),
    // Tiles are stored back to back, so every entry after the first says "0": right after the previous.
    ...placed.flatMap((entry, index) => varint(index === 0 ? entry.offset + 1 : 0)),
  ]);
  const metadata = Buffer.from(JSON.stringify({ attribution: options.attribution, name: 'cleared-land test tiles' }));
  const tileData = Buffer.concat(placed.map((entry) => entry.data));
  const zooms = tiles.map((tile) => tile.z);

  const header = Buffer.alloc(PMTILES_HEADER_BYTES);
  header.write('PMTiles', 0, 'ascii');
  header[7] = 3;
  const rootOffset = PMTILES_HEADER_BYTES;
  const metadataOffset = rootOffset + directory.length;
  const tileDataOffset = metadataOffset + metadata.length;
  header.writeBigUInt64LE(BigInt(rootOffset), 8);
  header.writeBigUInt64LE(BigInt(directory.length), 16);
  header.writeBigUInt64LE(BigInt(metadataOffset), 24);
  header.writeBigUInt64LE(BigInt(metadata.length), 32);
  header.writeBigUInt64LE(BigInt(tileDataOffset), 40); // no leaf directories: offset at the data, length 0
  header.writeBigUInt64LE(0n, 48);
  header.writeBigUInt64LE(BigInt(tileDataOffset), 56);
  header.writeBigUInt64LE(BigInt(tileData.length), 64);
  header.writeBigUInt64LE(BigInt(placed.length), 72); // addressed tiles
  header.writeBigUInt64LE(BigInt(placed.length), 80); // tile entries
  header.writeBigUInt64LE(BigInt(placed.length), 88); // distinct tile contents
  header[96] = 1; // clustered: tiles in tile-id order
  header[97] = COMPRESSION_NONE; // directories and metadata
  header[98] = COMPRESSION_NONE; // tiles (PNG is compressed already)
  header[99] = options.tileType ?? TILE_TYPE_PNG;
  header[100] = Math.min(...zooms);
  header[101] = Math.max(...zooms);
  header.writeInt32LE(-180 * DEGREES_E7, 102);
  header.writeInt32LE(Math.round(-85.05 * DEGREES_E7), 106);
  header.writeInt32LE(180 * DEGREES_E7, 110);
  header.writeInt32LE(Math.round(85.05 * DEGREES_E7), 114);
  header[118] = 0;
  header.writeInt32LE(0, 119);
  header.writeInt32LE(0, 123);
  return Buffer.concat([header, directory, metadata, tileData]);
}

function varint(value: number): number[] {
  const bytes: number[] = [];
  let rest = value;
  while (rest >= 0x80) {
    bytes.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  bytes.push(rest);
  return bytes;
}

/** MVT tile extent (spec default). */
const MVT_EXTENT = 4096;
const MVT_BUFFER = 64;

/**
 * A Mapbox Vector Tile (spec 2.1) with one layer, `earth`, holding one polygon that covers the
 * tile and its buffer: the Protomaps schema's land. Encoded by hand (protobuf: Tile.layers = 3;
 * Layer.name = 1, features = 2, extent = 5, version = 15; Feature.id = 1, type = 3, geometry = 4),
 * its ring clockwise in tile coordinates (y down), as exterior rings must be.
 */
export function earthMvt(): Buffer {
  const low = -MVT_BUFFER;
  const size = MVT_EXTENT + 2 * MVT_BUFFER;
  const zigzag = (n: number) => (n << 1) ^ (n >> 31);
  const command = (id: number, count: number) => (id & 0x7) | (count << 3);
  const geometry = [
    command(1, 1), zigzag(low), zigzag(low), // MoveTo
    command(2, 3), zigzag(size), zigzag(0), zigzag(0), zigzag(size), zigzag(-size), zigzag(0), // LineTo ×3
    command(7, 1), // ClosePath
  ];
  const packed = Buffer.from(geometry.flatMap(varint));
  const feature = Buffer.from([0x08, ...varint(1), 0x18, ...varint(3), 0x22, ...varint(packed.length), ...packed]);
  const name = Buffer.from('earth');
  const layer = Buffer.from([
    0x78, ...varint(2), // version
    0x0a, ...varint(name.length), ...name,
    0x12, ...varint(feature.length), ...feature,
    0x28, ...varint(MVT_EXTENT),
  ]);
  return Buffer.from([0x1a, ...varint(layer.length), ...layer]);
}

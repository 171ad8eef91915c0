import { inflateSync } from 'node:zlib';
import { PMTiles, TileType, type Source } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { solidPng, writePmtiles } from './tile-server.js';

/** The archive as the `pmtiles` reader sees a file: byte ranges of one buffer. */
function bufferSource(bytes: Buffer): Source {
  return {
    getKey: () => 'memory',
    getBytes: async (offset, length) => ({ data: bytes.buffer.slice(bytes.byteOffset + offset, bytes.byteOffset + offset + length) as ArrayBuffer }),
  };
}

describe('the test helpers behind the basemap tests', () => {
  it('write a PMTiles v3 archive that the pmtiles reader reads back tile for tile', async () => {
    const tiles = [];
    for (let z = 0; z <= 2; z += 1) {
      for (let x = 0; x < 2 ** z; x += 1) for (let y = 0; y < 2 ** z; y += 1) tiles.push({ z, x, y, data: solidPng([z * 100, x * 60, y * 60]) });
    }
    const archive = new PMTiles(bufferSource(writePmtiles(tiles, { attribution: 'Test' })));
    const header = await archive.getHeader();
    expect(header).toMatchObject({ specVersion: 3, tileType: TileType.Png, minZoom: 0, maxZoom: 2, numTileEntries: 21 });
    expect(await archive.getMetadata()).toMatchObject({ attribution: 'Test' });
    for (const tile of tiles) {
      const read = await archive.getZxy(tile.z, tile.x, tile.y);
      expect(Buffer.from(read!.data).equals(tile.data)).toBe(true);
    }
    expect(await archive.getZxy(3, 0, 0)).toBeUndefined();
  });

  it('write a PNG whose pixels are the colour asked for', () => {
    const png = solidPng([255, 128, 0]);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    // IDAT starts after the signature (8), IHDR (25) and its own length and type (8).
    const idatLength = png.readUInt32BE(33);
    const raw = inflateSync(png.subarray(41, 41 + idatLength));
    const middleRow = 128 * (1 + 256 * 3);
    expect([...raw.subarray(middleRow + 1 + 128 * 3, middleRow + 4 + 128 * 3)]).toEqual([255, 128, 0]);
  });

});

import { describe, expect, test } from 'vitest';
import { zip } from '@mapbox/shp-write';
import { storedZip } from '../../test/fixtures/stored-zip.js';
import { listZipEntries } from './list-zip-entries.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('listZipEntries', () => {
  test('lists entries in archive order with their compression, names decoded as UTF-8', () => {
    const archive = storedZip([
      { name: 'b/zones.shp', bytes: bytes('shp') },
      { name: 'a/Ağdam.dbf', bytes: bytes('dbf') },
      { name: 'readme.txt', bytes: bytes('') },
    ]);
    expect(listZipEntries(archive)).toMatchObject([
      { name: 'b/zones.shp', method: 0, encrypted: false, nameOffset: expect.any(Number) },
      { name: 'a/Ağdam.dbf', method: 0, encrypted: false, nameOffset: expect.any(Number) },
      { name: 'readme.txt', method: 0, encrypted: false, nameOffset: expect.any(Number) },
    ]);
    // Each name offset points at the name's bytes in the central directory.
    for (const entry of listZipEntries(archive) as Array<{ name: string; nameOffset: number }>) {
      const length = bytes(entry.name).length;
      expect(new TextDecoder().decode(archive.subarray(entry.nameOffset, entry.nameOffset + length))).toBe(entry.name);
      expect(entry.nameOffset).toBeGreaterThan(archive.length / 2);
    }
  });

  test('reads deflated archives written by another zipper (JSZip, via shp-write)', async () => {
    const featureCollection = {
      type: 'FeatureCollection' as const,
      features: [{ type: 'Feature' as const, properties: { id: 'A' }, geometry: { type: 'Point' as const, coordinates: [46, 40] } }],
    };
    const archive = (await zip(featureCollection, { outputType: 'uint8array', compression: 'DEFLATE', types: { point: 'items' } })) as Uint8Array;
    expect(listZipEntries(archive)).toMatchObject([
      { name: 'items.shp', method: 8, encrypted: false, nameOffset: expect.any(Number) },
      { name: 'items.shx', method: 8, encrypted: false, nameOffset: expect.any(Number) },
      { name: 'items.dbf', method: 8, encrypted: false, nameOffset: expect.any(Number) },
      { name: 'items.prj', method: 8, encrypted: false, nameOffset: expect.any(Number) },
    ]);
  });

  test('finds the central directory behind an archive comment', () => {
    const archive = storedZip([{ name: 'zones.shp', bytes: bytes('shp') }]);
    const comment = bytes('exported by a GIS');
    const withComment = new Uint8Array(archive.length + comment.length);
    withComment.set(archive);
    withComment.set(comment, archive.length);
    new DataView(withComment.buffer).setUint16(archive.length - 2, comment.length, true);
    expect(listZipEntries(withComment)).toMatchObject([{ name: 'zones.shp', method: 0, encrypted: false, nameOffset: expect.any(Number) }]);
  });

  test('flags encrypted entries', () => {
    const archive = storedZip([{ name: 'zones.shp', bytes: bytes('shp') }]);
    const centralDirectory = archive.length - 22 - (46 + 'zones.shp'.length);
    archive[centralDirectory + 8] |= 1;
    expect(listZipEntries(archive)).toMatchObject([{ name: 'zones.shp', method: 0, encrypted: true, nameOffset: expect.any(Number) }]);
  });

  test('says damaged for a truncated archive and zip64 for a ZIP64 one', () => {
    const archive = storedZip([{ name: 'zones.shp', bytes: bytes('shp') }]);
    expect(listZipEntries(archive.subarray(0, archive.length - 10))).toBe('damaged');
    const pointingNowhere = archive.slice();
    new DataView(pointingNowhere.buffer).setUint32(pointingNowhere.length - 6, 3, true);
    expect(listZipEntries(pointingNowhere)).toBe('damaged');
    const zip64 = archive.slice();
    new DataView(zip64.buffer).setUint32(zip64.length - 6, 0xffffffff, true);
    expect(listZipEntries(zip64)).toBe('zip64');
  });
});

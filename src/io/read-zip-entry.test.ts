import { deflateRawSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { storedZip } from '../../test/fixtures/stored-zip.js';
import { listZipEntries, type ZipEntry } from './list-zip-entries.js';
import { readZipEntry } from './read-zip-entry.js';
import { defaultInputLimits } from './input-limits.js';

const text = new TextEncoder().encode('<kml><Document/></kml>');

function entryOf(archive: Uint8Array): ZipEntry {
  return (listZipEntries(archive) as ZipEntry[])[0];
}

// A zip of one deflated entry whose central directory declares `declared` bytes unpacked.
function deflatedZip(data: Uint8Array, declared: number): Uint8Array {
  const archive = storedZip([{ name: 'doc.kml', bytes: new Uint8Array(deflateRawSync(data)) }]);
  const view = new DataView(archive.buffer);
  const central = archive.length - 22 - (46 + 'doc.kml'.length);
  view.setUint16(8, 8, true);
  view.setUint32(22, declared, true);
  view.setUint16(central + 10, 8, true);
  view.setUint32(central + 24, declared, true);
  return archive;
}

describe('readZipEntry', () => {
  test('unpacks stored and deflated entries whose sizes are true', async () => {
    expect(await readZipEntry(storedZip([{ name: 'doc.kml', bytes: text }]), entryOf(storedZip([{ name: 'doc.kml', bytes: text }])), 1024)).toEqual(text);
    const deflated = deflatedZip(text, text.length);
    expect(await readZipEntry(deflated, entryOf(deflated), 1024)).toEqual(text);
  });

  test('an entry that unpacks past its declared size', async () => {
    const archive = deflatedZip(new Uint8Array(100_000), 10);
    expect(await readZipEntry(archive, entryOf(archive), 1024 ** 2)).toBe('doc.kml unpacks to more than the 10 bytes its header declares');
  });

  test('an entry declaring more than the limit is not unpacked at all', async () => {
    const archive = deflatedZip(text, 2 ** 31);
    const noRatio = { ...defaultInputLimits, maxCompressionRatio: Infinity };
    await expect(readZipEntry(archive, entryOf(archive), 1024, noRatio)).rejects.toThrow('an entry doc.kml that unpacks to 2 GiB');
  });

  test('an entry declaring more than 100 to 1 is refused before unpacking', async () => {
    const archive = deflatedZip(text, 2 ** 31);
    await expect(readZipEntry(archive, entryOf(archive), 2 ** 32)).rejects.toThrow(/^compressed data that unpacks [\d,]+ to 1 \(2 GiB from \d+ bytes\), as a decompression bomb does/);
  });

  test('local header and central directory disagree', async () => {
    const archive = storedZip([{ name: 'doc.kml', bytes: text }]);
    new DataView(archive.buffer).setUint32(22, 999, true);
    expect(await readZipEntry(archive, entryOf(archive), 1024)).toMatch(/^doc\.kml's sizes disagree between the archive's table of contents \(22 bytes packed, 22 unpacked\) and its own header \(22, 999\)$/);
  });
});

import type { ZoneSource } from './zone-source.js';

/**
 * A source for bytes already in memory: the contents of a zipped shapefile, of a KML file, or of
 * GeoJSON in any encoding cleared-land reads. The bytes are not copied, so do not change them
 * while loading.
 *
 * @param bytes The file's contents.
 * @param name Name used in messages; `'input'` when omitted.
 * @example
 * const result = await loadZones(bytesSource(await response.arrayBuffer(), 'hazards.zip'));
 */
export function bytesSource(bytes: Uint8Array | ArrayBuffer, name = 'input'): ZoneSource {
  let view: Uint8Array;
  if (bytes instanceof Uint8Array) view = bytes;
  else if (bytes instanceof ArrayBuffer) view = new Uint8Array(bytes);
  else {
    throw new Error(
      `bytesSource: bytes must be a Uint8Array or an ArrayBuffer; got ${describe(bytes)}. For text use stringSource(text)`,
    );
  }
  return {
    name,
    async read(signal?: AbortSignal): Promise<Uint8Array> {
      signal?.throwIfAborted();
      return view;
    },
  };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'object') return (value as object).constructor?.name ?? 'an object';
  return typeof value;
}

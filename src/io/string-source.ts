import type { ZoneSource } from './zone-source.js';

/**
 * A source for text already in memory (pasted GeoJSON, a test fixture). The text is encoded as
 * UTF-8 when read.
 *
 * @param text The file's contents.
 * @param name Name used in messages; `'input'` when omitted.
 * @example
 * const result = await loadZones(stringSource(pasted, 'pasted.geojson'));
 */
export function stringSource(text: string, name = 'input'): ZoneSource {
  if (typeof text !== 'string') {
    throw new Error(`stringSource: text must be a string; got ${text === null ? 'null' : typeof text}. For bytes use bytesSource(bytes)`);
  }
  return {
    name,
    async read(signal?: AbortSignal): Promise<Uint8Array> {
      signal?.throwIfAborted();
      return new TextEncoder().encode(text);
    },
  };
}

/**
 * Where the bytes of a zones file come from: a string, bytes, a browser `File`, a URL, or (from
 * `cleared-land/node`) a path. Loading code reads every input through this one interface, so a new
 * kind of input is one more small source, not a change to the parsers.
 *
 * @example
 * const source: ZoneSource = stringSource('{"type":"FeatureCollection","features":[]}', 'zones.geojson');
 * const bytes = await source.read(); // Uint8Array of the UTF-8 text
 */
export interface ZoneSource {
  /** The name used in every message about this input: a file name, path or URL. */
  name: string;
  /**
   * Reads the whole input. Rejects with an Error naming the input and what went wrong (missing
   * file, HTTP status); rejects with the signal's reason when `signal` aborts.
   */
  read(signal?: AbortSignal): Promise<Uint8Array>;
  /**
   * Optional: reads the input from its start in chunks, each call anew. When a source has it,
   * `loadZones` streams GeoJSON FeatureCollections through `loadZonesStream` instead of
   * reading them whole, so files larger than the memory a whole read needs can be loaded. Errors
   * as for `read`.
   */
  stream?(signal?: AbortSignal): AsyncIterable<Uint8Array>;
}

import type { ZoneSink } from '../zones/packed-zones.js';
import type { LoadResult } from './load-result.js';

/**
 * Hands the result's zones to `sink` (when there is one), leaving `result.zones` empty.
 *
 * @example
 * return moveIntoSink(validateParsedInput(parsed, settings), settings.zoneSink);
 */
export function moveIntoSink(result: LoadResult, sink: ZoneSink | null): LoadResult {
  if (sink === null || result.zones.length === 0) return result;
  for (const zone of result.zones) sink.add(zone);
  return { ...result, zones: [] };
}

import type { ZoneFeature } from '../zones/zone.js';

/**
 * How messages name a zone: its position in the input and its id, e.g. "feature 12 (id T-0042)",
 * with an optional detail inside the same parentheses.
 *
 * @example
 * describeZone(zone); // 'feature 12 (id T-0042)'
 * describeZone(zone, 'cleared'); // 'feature 12 (id T-0042, cleared)'
 */
export function describeZone(zone: ZoneFeature, detail: string | null = null): string {
  const { featureIndex, id } = zone.properties;
  const notes = [id === null || id === undefined ? null : `id ${id}`, detail].filter((note) => note !== null);
  return notes.length > 0 ? `feature ${featureIndex} (${notes.join(', ')})` : `feature ${featureIndex}`;
}

import type { MultiPolygon, Polygon } from 'geojson';
import { tryBoolean } from '../geometry/try-boolean.js';
import type { OutcomePiece } from './outcome-collection.js';

/** A named region polygon, as {@link splitByRegions} takes them. */
export interface NamedRegion {
  name: string;
  geometry: Polygon | MultiPolygon;
}

/**
 * Cuts a dissolved outcome into its share of each region, in the regions' order, then the land
 * outside every region (region null), leaving out empty pieces. Overlapping regions each get the
 * land they share. An intersection the overlay engine cannot compute is an Error naming the region.
 *
 * @example
 * const pieces = splitByRegions(outcomes.cleared, districts.map((d) => ({ name: d.properties.name, geometry: d.geometry })));
 */
export function splitByRegions(geometry: MultiPolygon, regions: readonly NamedRegion[]): OutcomePiece[] {
  if (geometry.coordinates.length === 0) return [];
  const pieces: OutcomePiece[] = [];
  for (const region of regions) {
    const { coordinates, error } = tryBoolean('intersection', [geometry.coordinates, region.geometry.coordinates]);
    if (coordinates === null) throw new Error(`could not cut the outcome to region '${region.name}' (${error}); check that region's polygon`);
    if (coordinates.length > 0) pieces.push({ region: region.name, geometry: { type: 'MultiPolygon', coordinates } });
  }
  const outside = tryBoolean('difference', [geometry.coordinates, ...regions.map((region) => region.geometry.coordinates)]);
  if (outside.coordinates === null) throw new Error(`could not find the land outside every region (${outside.error}); check the region polygons`);
  if (outside.coordinates.length > 0) pieces.push({ region: null, geometry: { type: 'MultiPolygon', coordinates: outside.coordinates } });
  return pieces;
}

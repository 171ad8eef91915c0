import { SQUARE_METERS_PER_HECTARE } from '../geometry/area.js';

const SQUARE_METERS = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const HECTARES = new Intl.NumberFormat('en-US', { minimumFractionDigits: 4, maximumFractionDigits: 4 });

/**
 * An area for an issue message, in both units, so nobody has to convert: "4,200 m² (0.4200 ha)".
 *
 * @example
 * describeArea(4200); // '4,200 m² (0.4200 ha)'
 */
export function describeArea(squareMeters: number): string {
  return `${SQUARE_METERS.format(squareMeters)} m² (${HECTARES.format(squareMeters / SQUARE_METERS_PER_HECTARE)} ha)`;
}

import type { BoundingBox } from './bounding-box.js';

/** Relative margin: 1 % of the box's larger side. */
const RELATIVE_MARGIN = 0.01;
/** Absolute margin in degrees (≈ 1 mm), for boxes of a single point or a line. */
const ABSOLUTE_MARGIN_DEGREES = 1e-8;

/**
 * The box grown on every side by 1 % of its larger side (at least 1e-8°). Clipping a large shape
 * to this slightly larger box keeps the artificial edges that clipping adds along the box sides
 * away from the small shape inside, so exact operations never meet them.
 *
 * @example
 * expandBox([0, 0, 1, 2]); // [-0.02, -0.02, 1.02, 2.02]
 */
export function expandBox(box: BoundingBox): BoundingBox {
  const margin = Math.max(box[2] - box[0], box[3] - box[1]) * RELATIVE_MARGIN + ABSOLUTE_MARGIN_DEGREES;
  return [box[0] - margin, box[1] - margin, box[2] + margin, box[3] + margin];
}

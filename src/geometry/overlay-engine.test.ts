import { describe, expect, it } from 'vitest';
import { overlay } from './overlay-engine.js';

describe('overlay', () => {
  // Found by the validation fuzzer: repeats and out-and-back spikes at the south pole, which
  // clipper2-ts's sweep never finished (the test process ran out of memory).
  it('ends on a ring of repeats and spikes, which encloses no land', () => {
    const ring = [[1.425165562459864e-246, -90], [-2.1094747342293035e-182, -90], [2.4286594062075594e-08, -90], [-1.6412340251639173e-234, -90], [-9.38563904594831e-57, -90], [-1.289733658456166e-06, -90], [0.09999871026634155, -89.9], [-1.289733658456166e-06, -90], [3.1691862199662863e-83, -90], [4.745737314987856e-08, -90], [-1.5551668438815115e-87, -90], [2.054547555507148e-266, -90], [4.851258083551901e-210, -90], [-2.9034516022030894e-260, -90], [-3.1076474659571275e-79, -90], [1.425165562459864e-246, -90]];
    expect(overlay('union', [[ring]], [])).toEqual([]);
  });

  it('keeps the land of a square drawn with a spike and a repeated vertex', () => {
    const spiked = [[0, 0], [1, 0], [1, 0], [1, 1], [2, 2], [1, 1], [0, 1], [0, 0]];
    const square = overlay('union', [[spiked]], []);
    expect(square).toHaveLength(1);
    const xs = square[0][0].map((position) => position[0]);
    expect(Math.max(...xs)).toBe(1);
  });
});

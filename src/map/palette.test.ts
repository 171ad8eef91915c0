import { describe, expect, it } from 'vitest';
import { ZONE_PALETTE } from './palette.js';
import { OFFLINE_BASEMAP_COLORS } from './offline-style.js';
import { ZONE_STATUSES } from '../index.js';

// Machado, Oliveira & Fernandes (2009), "A physiologically-based model for simulation of color
// vision deficiency", severity 1.0 matrices, applied to linear RGB.
const SIMULATIONS: Record<string, number[][]> = {
  'normal vision': [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

// ΔE*ab of 18 is far beyond the "just noticeable" ~2.3; pairs this far apart read as different
// categories side by side on a map legend.
const MIN_DELTA_E = 18;

describe('ZONE_PALETTE', () => {
  it('keeps the IMAS TN 07.11/01 hazard colours', () => {
    expect(ZONE_PALETTE.confirmed.fillColor).toBe('#FF0000');
    expect(ZONE_PALETTE.confirmed.fillOpacity).toBe(0.5);
    expect(ZONE_PALETTE.suspected.fillColor).toBe('#F4A718');
  });

  it('draws released land in greens and blues (hue 90°–250°)', () => {
    for (const status of ['cleared', 'reduced', 'cancelled'] as const) {
      const hue = hueDegrees(ZONE_PALETTE[status].fillColor);
      expect(hue, status).toBeGreaterThanOrEqual(90);
      expect(hue, status).toBeLessThanOrEqual(250);
    }
  });

  for (const [vision, matrix] of Object.entries(SIMULATIONS)) {
    it(`keeps every status and the land apart under ${vision}, as drawn over the basemap`, () => {
      const drawn = [
        ...ZONE_STATUSES.map((status) => ({
          name: status,
          lab: simulatedLab(blend(ZONE_PALETTE[status].fillColor, ZONE_PALETTE[status].fillOpacity, OFFLINE_BASEMAP_COLORS.land), matrix),
        })),
        { name: 'land', lab: simulatedLab(blend(OFFLINE_BASEMAP_COLORS.land, 1, OFFLINE_BASEMAP_COLORS.land), matrix) },
      ];
      for (let i = 0; i < drawn.length; i++) {
        for (let j = i + 1; j < drawn.length; j++) {
          const distance = deltaE(drawn[i].lab, drawn[j].lab);
          expect(distance, `${drawn[i].name} vs ${drawn[j].name}`).toBeGreaterThanOrEqual(MIN_DELTA_E);
        }
      }
    });
  }

  it('gives every status its own outline pattern or width, so colour is not the only cue', () => {
    const signatures = ZONE_STATUSES.map((status) => {
      const style = ZONE_PALETTE[status];
      return `${style.outlineWidthPx}|${style.outlineDash?.join(',') ?? 'solid'}`;
    });
    expect(new Set(signatures).size).toBe(ZONE_STATUSES.length);
  });

  it('computes the simulation correctly: pure red under protanopia matches Machado’s published row', () => {
    // The first column of the protanopia matrix is what pure (linear) red becomes.
    const lab = simulatedLab([1, 0, 0], SIMULATIONS.protanopia);
    const expected = labFromLinear([0.152286, 0.114503, 0]);
    expect(deltaE(lab, expected)).toBeLessThan(1e-9);
  });
});

function channels(hex: string): number[] {
  return [1, 3, 5].map((offset) => parseInt(hex.slice(offset, offset + 2), 16) / 255);
}

function blend(hex: string, opacity: number, backgroundHex: string): number[] {
  const background = channels(backgroundHex);
  return channels(hex).map((value, index) => value * opacity + background[index] * (1 - opacity));
}

function toLinear(value: number): number {
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

function simulatedLab(srgb: number[], matrix: number[][]): number[] {
  const linear = srgb.map(toLinear);
  return labFromLinear(matrix.map((row) => row[0] * linear[0] + row[1] * linear[1] + row[2] * linear[2]));
}

function labFromLinear(linear: number[]): number[] {
  const [r, g, b] = linear.map((value) => Math.min(1, Math.max(0, value)));
  // sRGB (D65) to XYZ, then CIELAB with the D65 white point.
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

function deltaE(a: number[], b: number[]): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

function hueDegrees(hex: string): number {
  const [r, g, b] = channels(hex);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const chroma = max - min;
  const sector = max === r ? ((g - b) / chroma) % 6 : max === g ? (b - r) / chroma + 2 : (r - g) / chroma + 4;
  return (sector * 60 + 360) % 360;
}

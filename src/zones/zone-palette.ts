import type { ZoneStatus } from './zone.js';

/** How one land-release status is drawn: a fill, and an outline whose pattern is a second cue. */
export interface StatusStyle {
  /** Fill colour, `#RRGGBB`. */
  fillColor: string;
  /** Fill opacity, 0–1. */
  fillOpacity: number;
  /** Outline colour, `#RRGGBB`. */
  outlineColor: string;
  /** Outline width in CSS pixels. */
  outlineWidthPx: number;
  /**
   * Outline dash pattern in line widths (MapLibre `line-dasharray`); null for a solid line.
   * Each status has its own pattern so that colour is never the only cue.
   */
  outlineDash: readonly number[] | null;
}

/** A style per status. */
export type ZonePalette = Readonly<Record<ZoneStatus, StatusStyle>>;

/**
 * The default palette, after IMAS Technical Note 07.11/01: confirmed hazards #FF0000 at 50 %,
 * suspected #F4A718, released land in greens and blues.
 *
 * The three release colours step in lightness (cleared darkest, cancelled lightest) rather than
 * only in hue, because lightness survives protanopia and deuteranopia: `palette.test.ts` simulates
 * both (Machado et al. 2009) and checks every pair stays at least 18 CIELAB units apart as drawn
 * over the offline basemap. Outlines differ as well: hazards solid and thick (confirmed) or long
 * dashes (suspected); cleared solid, reduced dash-dot, cancelled dotted.
 *
 * @example
 * ZONE_PALETTE.confirmed.fillColor; // '#FF0000'
 */
export const ZONE_PALETTE: ZonePalette = {
  confirmed: { fillColor: '#FF0000', fillOpacity: 0.5, outlineColor: '#A30000', outlineWidthPx: 2.5, outlineDash: null },
  suspected: { fillColor: '#F4A718', fillOpacity: 0.5, outlineColor: '#8A5A00', outlineWidthPx: 2, outlineDash: [3, 1.5] },
  cleared: { fillColor: '#00441B', fillOpacity: 0.8, outlineColor: '#00240E', outlineWidthPx: 1.5, outlineDash: null },
  reduced: { fillColor: '#2B8CBE', fillOpacity: 0.8, outlineColor: '#0B4A6F', outlineWidthPx: 1.5, outlineDash: [4, 1.5, 1, 1.5] },
  cancelled: { fillColor: '#92C5DE', fillOpacity: 0.8, outlineColor: '#3A6F8C', outlineWidthPx: 1.5, outlineDash: [1, 1.5] },
};

/** The order statuses are drawn in, bottom first: hazards under the land released from them. */
export const DRAW_ORDER: readonly ZoneStatus[] = ['suspected', 'confirmed', 'cancelled', 'reduced', 'cleared'];

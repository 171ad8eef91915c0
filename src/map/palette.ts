// The palette lives in the core (the printed HTML report draws with it too); the map re-exports it.
export { ZONE_PALETTE, DRAW_ORDER, type StatusStyle, type ZonePalette } from '../index.js';

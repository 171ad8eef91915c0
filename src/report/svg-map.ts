import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { BoundingBox } from '../geometry/bounding-box.js';
import type { ZoneStatus } from '../zones/zone.js';
import { DRAW_ORDER, ZONE_PALETTE } from '../zones/zone-palette.js';

/** One layer of the map: the polygons of one status. */
export interface SvgMapLayer {
  status: ZoneStatus;
  geometries: readonly (Polygon | MultiPolygon)[];
}

/** Options of {@link svgMap}. */
export interface SvgMapOptions {
  /** Width of the drawing in CSS pixels. */
  widthPx: number;
  /** Height of the drawing in CSS pixels. */
  heightPx: number;
  /** Accessible name of the picture. */
  title: string;
  /** Word shown under the scale bar's unit, e.g. 'km'. */
  kilometresUnit: string;
}

/** Defaults of {@link SvgMapOptions}: an A4 page's width between margins. */
export const defaultSvgMapOptions: SvgMapOptions = {
  // 182 mm at 96 px per inch.
  widthPx: 688,
  // A landscape picture that leaves room for the table on the first page.
  heightPx: 430,
  title: 'Map of the zones',
  kilometresUnit: 'km',
};

// Half a pixel: finer detail does not show on paper, and snapping to it bounds the size of the
// SVG by the picture's area instead of the zones' vertices (a national file draws in a few MB).
const STEPS_PER_PIXEL = 2;
const PADDING_FRACTION = 0.04;
const METRES_PER_DEGREE_LATITUDE = 111_320;
/** The colour of district outlines on the report's map. */
export const REGION_OUTLINE = '#4d4d4d';

/**
 * A map of zones and district outlines as an inline SVG element (text), drawn with the IMAS
 * colours of {@link ZONE_PALETTE} in their draw order, with a scale bar and a north arrow. Lon/lat
 * are drawn in an equirectangular projection true to scale at the extent's middle latitude, which
 * for a district or a country is what a reader's eye expects. Zones smaller than a pixel remain
 * visible as a pixel-sized mark. No fonts, images or scripts are referenced.
 *
 * @example
 * svgMap([{ status: 'cleared', geometries: clearedZones }], districts, box, { title: 'Cleared land' });
 */
export function svgMap(
  layers: readonly SvgMapLayer[],
  regions: readonly (Polygon | MultiPolygon)[],
  extent: BoundingBox,
  options: Partial<SvgMapOptions> = {},
): string {
  const { widthPx, heightPx, title, kilometresUnit } = { ...defaultSvgMapOptions, ...options };
  const project = projection(extent, widthPx, heightPx);
  const paths: string[] = [];
  for (const status of DRAW_ORDER) {
    const geometries = layers.filter((layer) => layer.status === status).flatMap((layer) => layer.geometries);
    if (geometries.length === 0) continue;
    const style = ZONE_PALETTE[status];
    paths.push(
      `<path class="zones ${status}" fill="${style.fillColor}" fill-opacity="${style.fillOpacity}" stroke="${style.outlineColor}" stroke-width="0.6" d="${pathData(geometries, project)}"/>`,
    );
  }
  const outlines = regions.length > 0 ? `<path class="regions" fill="none" stroke="${REGION_OUTLINE}" stroke-width="1" d="${pathData(regions, project)}"/>` : '';
  return [
    `<svg class="map" viewBox="0 0 ${widthPx} ${heightPx}" width="${widthPx}" height="${heightPx}" role="img" aria-label="${escapeAttribute(title)}">`,
    `<rect width="${widthPx}" height="${heightPx}" fill="#f6f4ef"/>`,
    `<g>${outlines}${paths.join('')}</g>`,
    scaleBar(project.metresPerPixel, heightPx, kilometresUnit),
    northArrow(widthPx),
    '</svg>',
  ].join('');
}

interface Projection {
  (position: Position): [number, number];
  metresPerPixel: number;
}

function projection(extent: BoundingBox, widthPx: number, heightPx: number): Projection {
  const [west, south, east, north] = extent;
  const middle = ((south + north) / 2) * (Math.PI / 180);
  const shrink = Math.cos(middle);
  const spanX = Math.max((east - west) * shrink, 1e-9) * (1 + 2 * PADDING_FRACTION);
  const spanY = Math.max(north - south, 1e-9) * (1 + 2 * PADDING_FRACTION);
  const pixelsPerDegree = Math.min(widthPx / spanX, heightPx / spanY);
  const offsetX = (widthPx - (east - west) * shrink * pixelsPerDegree) / 2;
  const offsetY = (heightPx - (north - south) * pixelsPerDegree) / 2;
  const project = ((position: Position) => [
    offsetX + (position[0] - west) * shrink * pixelsPerDegree,
    offsetY + (north - position[1]) * pixelsPerDegree,
  ]) as Projection;
  project.metresPerPixel = METRES_PER_DEGREE_LATITUDE / pixelsPerDegree;
  return project;
}

function pathData(geometries: readonly (Polygon | MultiPolygon)[], project: Projection): string {
  const commands: string[] = [];
  const marked = new Set<string>();
  for (const geometry of geometries) {
    const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
    for (const ring of rings) {
      const points: string[] = [];
      let last = '';
      for (const position of ring) {
        const [x, y] = project(position);
        const point = `${snap(x)} ${snap(y)}`;
        if (point !== last) points.push(point);
        last = point;
      }
      if (points.length >= 4) commands.push(`M${points.join('L')}Z`);
      else if (points.length > 0 && !marked.has(points[0])) {
        // A zone smaller than a pixel: a one-pixel square, once per pixel, so it stays visible.
        marked.add(points[0]);
        commands.push(`M${points[0]}h1v1h-1Z`);
      }
    }
  }
  return commands.join('');
}

function snap(value: number): number {
  return Math.round(value * STEPS_PER_PIXEL) / STEPS_PER_PIXEL;
}

function scaleBar(metresPerPixel: number, heightPx: number, unit: string): string {
  const target = metresPerPixel * 120;
  const power = 10 ** Math.floor(Math.log10(target));
  const step = [5, 2, 1].map((factor) => factor * power).find((length) => length <= target) ?? power;
  const lengthPx = step / metresPerPixel;
  const label = step >= 1000 ? `${step / 1000} ${unit}` : `${step} m`;
  const y = heightPx - 16;
  return (
    `<g class="scale" font-family="sans-serif" font-size="11" fill="#222">` +
    `<rect x="12" y="${y - 14}" width="${lengthPx.toFixed(1)}" height="22" fill="#fff" fill-opacity="0.7"/>` +
    `<path d="M16 ${y}h${(lengthPx - 8).toFixed(1)}" stroke="#222" stroke-width="2"/>` +
    `<text x="16" y="${y - 4}">${label}</text></g>`
  );
}

function northArrow(widthPx: number): string {
  const x = widthPx - 24;
  return (
    `<g class="north" font-family="sans-serif" font-size="12" font-weight="bold" fill="#222">` +
    `<path d="M${x} 14l7 20l-7-5l-7 5z"/><text x="${x}" y="48" text-anchor="middle">N</text></g>`
  );
}

function escapeAttribute(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

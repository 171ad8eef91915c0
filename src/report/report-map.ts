import type { MultiPolygon, Polygon } from 'geojson';
import { boundingBox, type BoundingBox } from '../geometry/bounding-box.js';
import type { ZoneStatus } from '../zones/zone.js';
import type { ZoneList } from '../zones/zone-list.js';
import { countsInPeriod, resolvePeriod } from '../zones/period.js';
import { svgMap, type SvgMapLayer, type SvgMapOptions } from './svg-map.js';

const HAZARDS = new Set<ZoneStatus>(['suspected', 'confirmed']);
// Zones are rebuilt as features this many at a time from a packed list.
const FEATURES_PER_READ = 10_000;

/**
 * The report's map as inline SVG: every hazard, the releases completed in the period, and the
 * district outlines, framed on the zones drawn (on the districts when no zone is drawn).
 *
 * @example
 * reportMap(zoneListOf(loaded.zones), districts.map((d) => d.geometry), { from: '2024-04-21', to: '2024-04-27' });
 */
export function reportMap(
  zones: ZoneList,
  regions: readonly (Polygon | MultiPolygon)[],
  period: { from: string | null; to: string | null },
  options: Partial<SvgMapOptions> = {},
): string {
  const resolved = resolvePeriod(period);
  const drawn: number[] = [];
  for (let index = 0; index < zones.length; index += 1) {
    const { status, endDate } = zones.propertiesAt(index);
    if (HAZARDS.has(status) || countsInPeriod(endDate, resolved)) drawn.push(index);
  }
  const byStatus = new Map<ZoneStatus, (Polygon | MultiPolygon)[]>();
  for (let start = 0; start < drawn.length; start += FEATURES_PER_READ) {
    for (const zone of zones.featuresAt(drawn.slice(start, start + FEATURES_PER_READ))) {
      const list = byStatus.get(zone.properties.status) ?? [];
      list.push(zone.geometry);
      byStatus.set(zone.properties.status, list);
    }
  }
  const layers: SvgMapLayer[] = [...byStatus].map(([status, geometries]) => ({ status, geometries }));
  const boxes = zones.boxes();
  const extent = drawn.length > 0 ? unionOf(drawn.map((index) => boxes[index])) : regionsExtent(regions);
  return svgMap(layers, regions, extent, options);
}

function unionOf(boxes: readonly BoundingBox[]): BoundingBox {
  return boundingBox(boxes.map(([west, south, east, north]) => [[west, south], [east, north]]));
}

function regionsExtent(regions: readonly (Polygon | MultiPolygon)[]): BoundingBox {
  if (regions.length === 0) return [-1, -1, 1, 1];
  return boundingBox(regions.flatMap((region) => (region.type === 'Polygon' ? region.coordinates : region.coordinates.flat())));
}

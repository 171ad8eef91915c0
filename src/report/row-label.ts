import type { RegionSummary } from './summary.js';

/**
 * The name a region's row shows: its `label` ("Novi Grad (BA-1)" when another row has the same
 * name), or its `name` for a summary saved before rows had labels (JSON from version 0.1).
 *
 * @example
 * rowLabel({ name: 'Novi Grad', id: 'BA-1', label: 'Novi Grad (BA-1)', ...figures }); // 'Novi Grad (BA-1)'
 */
export function rowLabel(region: Pick<RegionSummary, 'name'> & { label?: string | null }): string {
  return typeof region.label === 'string' ? region.label : region.name;
}

import { describe, expect, it } from 'vitest';
import { regionsOf, runSummaryRequest, type SummaryProgress } from './run-summary-request.js';

// A 0.001° square at the equator: pyproj Geod(ellps="WGS84") gives 12,309.072 m² (1.2309072 ha).
const SQUARE_TEXT = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { id: 'C-1', status: 'cleared', endDate: '2024-01-10' },
      geometry: { type: 'Polygon', coordinates: [[[0, 0], [0.001, 0], [0.001, 0.001], [0, 0.001], [0, 0]]] },
    },
  ],
});

describe('runSummaryRequest', () => {
  it('reads a dropped File itself, names it, and reports loading then measuring', async () => {
    const progress: SummaryProgress[] = [];
    const file = new Blob([SQUARE_TEXT], { type: 'application/geo+json' });
    const { load, summary } = await runSummaryRequest(
      { zones: { blob: file, fileName: 'dropped.geojson' }, regions: null },
      { onProgress: (step) => progress.push(step) },
    );
    expect(load.fileName).toBe('dropped.geojson');
    expect(summary.totals.clearedHa).toBeCloseTo(1.2309072, 6);
    expect(progress).toEqual([
      { stage: 'loading', measuredZones: 0, totalZones: 0 },
      { stage: 'measuring', measuredZones: 1, totalZones: 1 },
    ]);
  });

  it('returns the zones as the map draws them when asked: status, end date, id as label, index as id', async () => {
    const { drawnZones } = await runSummaryRequest({ zones: { text: SQUARE_TEXT, fileName: 'zones.geojson' }, regions: null, drawn: true });
    const drawn = JSON.parse(new TextDecoder().decode(drawnZones)) as { features: Array<{ id: number; properties: unknown }> };
    expect(drawn.features).toHaveLength(1);
    expect(drawn.features[0].id).toBe(0);
    expect(drawn.features[0].properties).toEqual({ status: 'cleared', endDate: '2024-01-10', label: 'C-1' });
  });

  it('lists the districts file\'s repairs in the summary, and again when the file is passed back as loaded', async () => {
    // A bowtie district: repaired by a union with itself, with a self-intersection warning.
    const districts = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: 'Bowtie', pcode: 'BT-1' },
          geometry: { type: 'Polygon', coordinates: [[[-0.01, -0.01], [0.01, 0.01], [0.01, -0.01], [-0.01, 0.01], [-0.01, -0.01]]] },
        },
      ],
    });
    const first = await runSummaryRequest({
      zones: { text: SQUARE_TEXT, fileName: 'zones.geojson' },
      regions: { text: districts, fileName: 'districts.geojson' },
      summarize: { regionIdField: 'pcode' },
    });
    const repairs = (summary: { issues: { code: string; message: string }[] }) => summary.issues.filter((issue) => issue.code === 'self-intersection').map((issue) => issue.message);
    expect(repairs(first.summary)).toEqual([expect.stringMatching(/^districts\.geojson, region "Bowtie", feature 0 \(id BT-1\): ring 0 \(an exterior ring\) crosses itself/)]);
    expect(first.regionLoad?.regions).toBe(first.regions);

    expect(regionsOf(first)).toEqual({ loaded: first.regionLoad });
    const again = await runSummaryRequest({ zones: { loaded: first.load }, regions: regionsOf(first), summarize: { from: '2024-01-01' } });
    expect(repairs(again.summary)).toEqual(repairs(first.summary));
    expect(again.summary.totals.clearedHa).toBeCloseTo(1.2309072, 6);
    // Given as features, they go back as features; without regions, none.
    expect(regionsOf({ regions: first.regions, regionLoad: null })).toEqual({ features: first.regions });
    expect(regionsOf({ regions: null, regionLoad: null })).toBeNull();
  });

  it('makes no drawn zones unless asked', async () => {
    const result = await runSummaryRequest({ zones: { text: SQUARE_TEXT, fileName: 'zones.geojson' }, regions: null });
    expect(result.drawnZones).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { checkedFilter, zoneFilterExpression } from './zone-filter-expression.js';
import type { ZoneFilter } from './zone-filter-expression.js';

// The zones as the layer source holds them: status and endDate only.
const ZONES = [
  { id: 'H1', status: 'confirmed' },
  { id: 'H2', status: 'suspected', endDate: '2024-01-10' },
  { id: 'C1', status: 'cleared', endDate: '2024-01-05' },
  { id: 'C2', status: 'cleared', endDate: '2024-02-20' },
  { id: 'R1', status: 'reduced', endDate: '2024-02-01' },
  { id: 'X1', status: 'cancelled', endDate: '2024-03-31' },
  { id: 'U1', status: 'cleared' },
];

// MapLibre's own filter evaluator (the code the map runs), so the test checks what is drawn.
function shown(filter: Partial<ZoneFilter>): string[] {
  const evaluate = featureFilter(zoneFilterExpression(filter) as never, 'filter');
  return ZONES.filter((properties) =>
    evaluate.filter({ zoom: 10 }, { type: 1, properties, geometry: [] } as never),
  ).map((zone) => zone.id);
}

describe('zoneFilterExpression', () => {
  it('shows every zone, dated or not, when no period is set', () => {
    expect(shown({})).toEqual(['H1', 'H2', 'C1', 'C2', 'R1', 'X1', 'U1']);
  });

  it('keeps hazards and shows releases completed on both bounds of the period, inclusive', () => {
    expect(shown({ from: '2024-01-05', to: '2024-02-01' })).toEqual(['H1', 'H2', 'C1', 'R1']);
  });

  it('hides undated releases once only an upper bound is set', () => {
    expect(shown({ to: '2024-12-31' })).toEqual(['H1', 'H2', 'C1', 'C2', 'R1', 'X1']);
  });

  it('applies a lower bound alone', () => {
    expect(shown({ from: '2024-02-02' })).toEqual(['H1', 'H2', 'C2', 'X1']);
  });

  it('restricts statuses', () => {
    expect(shown({ statuses: ['cleared', 'confirmed'], to: '2024-01-31' })).toEqual(['H1', 'C1']);
    expect(shown({ statuses: [] })).toEqual([]);
  });
});

describe('checkedFilter', () => {
  it('names the field and the fix for a malformed date', () => {
    expect(() => checkedFilter({ from: '5/1/2024' })).toThrow('from must be a date written YYYY-MM-DD or null; got "5/1/2024"');
  });

  it('rejects a period that ends before it starts', () => {
    expect(() => checkedFilter({ from: '2024-02-01', to: '2024-01-01' })).toThrow('from (2024-02-01) is after to (2024-01-01)');
  });

  it('rejects an unknown status', () => {
    expect(() => checkedFilter({ statuses: ['demined' as never] })).toThrow('unknown status "demined"');
  });
});

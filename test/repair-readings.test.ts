import { readFileSync } from 'node:fs';
import type { Polygon } from 'geojson';
import { describe, expect, test } from 'vitest';
import { areaHectares } from '../src/geometry/area.js';
import type { ValidationIssue } from '../src/validate/issue-codes.js';
import { repairGeometry, type RepairReading } from '../src/validate/repair-geometry.js';

// Broken outlines with their areas under both readings, from GEOS (make_valid for linework; the
// noded faces with a non-zero winding number for non-zero) measured with pyproj:
// test/fixtures/make-repair-fixtures.py.
interface Case {
  name: string;
  geometry: Polygon;
  nonzeroHa: number;
  lineworkHa: number;
}
const { cases } = JSON.parse(readFileSync(new URL('fixtures/repair-readings.json', import.meta.url), 'utf8')) as { cases: Case[] };
const RELATIVE_TOLERANCE = 1e-6;

function repair(geometry: Polygon, reading: RepairReading) {
  const context = { fileName: 'zones.geojson', featureIndex: 4, id: 'T-9', issues: [] as ValidationIssue[] };
  const result = repairGeometry(geometry, context, { repair: reading });
  return { result, issues: context.issues };
}

describe.each(cases)('$name', ({ geometry, nonzeroHa, lineworkHa }) => {
  const ambiguous = Math.abs(nonzeroHa - lineworkHa) > 0.01 * Math.max(nonzeroHa, lineworkHa);

  test.each<RepairReading>(['nonzero', 'linework'])('with --repair %s, counts the GEOS area of the reading chosen, flagging only a real difference', (reading) => {
    const { result, issues } = repair(geometry, reading);
    const expected = ambiguous && reading === 'linework' ? lineworkHa : nonzeroHa;
    if (expected === 0) {
      expect(result).toBeNull();
      expect(issues.map((issue) => issue.code)).toContain('zero-area');
    } else {
      expect(result).not.toBeNull();
      const hectares = areaHectares(result!);
      expect(Math.abs(hectares - expected), `${hectares} ha vs GEOS ${expected} ha`).toBeLessThanOrEqual(expected * RELATIVE_TOLERANCE);
    }
    const flags = issues.filter((issue) => issue.code === 'ambiguous-repair');
    expect(flags).toHaveLength(ambiguous ? 1 : 0);
    if (ambiguous) {
      expect(flags[0].severity).toBe('warning');
      const [nonzeroShown, lineworkShown] = [...flags[0].message.matchAll(/([\d.]+) ha/g)].map((match) => Number(match[1]));
      expect(Math.abs(nonzeroShown - nonzeroHa)).toBeLessThan(0.01);
      expect(Math.abs(lineworkShown - lineworkHa)).toBeLessThan(0.01);
      expect(flags[0].message).toContain(`--repair ${reading === 'nonzero' ? 'linework' : 'nonzero'}`);
    }
  });
});

test('the issue\'s example: an outline traced out and back counts its 7.5 ha with --repair linework, and is flagged under the default', () => {
  const traced = cases.find((found) => found.name.startsWith('outline traced out and back, three'))!;
  const byDefault = repair(traced.geometry, 'nonzero');
  expect(byDefault.issues.map((issue) => issue.code)).toEqual(['self-intersection', 'ambiguous-repair']);
  expect(byDefault.issues[1].message).toContain('it encloses 0.2711 ha; read by its linework');
  expect(byDefault.issues[1].message).toContain('7.50 ha');
});

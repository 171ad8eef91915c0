import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildFigures, buildRegion, buildSummary } from '../../test/fixtures/build-summary.js';
import { csvDecimals, formatCsv } from './format-csv.js';

const HEADER =
  'name,cleared_ha,reduced_ha,cancelled_ha,released_ha,hazard_ha,remaining_hazard_ha,ap_mines,at_mines,uxo,other_items,items_per_cleared_ha,region_id';

const summary = buildSummary({
  totals: buildFigures({
    clearedHa: 1.9081,
    reducedHa: 12.4,
    cancelledHa: 3,
    releasedHa: 17.3081,
    hazardHa: 1200.25,
    remainingHazardHa: 1130.6,
    items: { apMines: 35, atMines: 36, uxo: 574, otherItems: 2 },
    itemsPerClearedHa: 339.08,
  }),
  regions: [
    buildRegion('Tartar', { clearedHa: 0.4236, releasedHa: 0.4236, items: { apMines: 8 }, itemsPerClearedHa: 18.885741265344663 }),
    buildRegion('Lachin', { reducedHa: 12.4, releasedHa: 12.4 }),
  ],
  outsideRegions: buildFigures({ clearedHa: 0.01, releasedHa: 0.01, items: { uxo: 1 }, itemsPerClearedHa: 100 }),
});

describe('formatCsv', () => {
  it('writes a header, one row per region, the outside-regions row and the totals row, with CRLF line ends', () => {
    expect(formatCsv(summary)).toBe(
      [
        HEADER,
        'Tartar,0.4236,0,0,0.4236,0,0,8,0,0,0,18.885741265344663,',
        'Lachin,0,12.4,0,12.4,0,0,0,0,0,0,,',
        'outside regions,0.01,0,0,0.01,0,0,0,0,1,0,100,',
        'total,1.9081,12.4,3,17.3081,1200.25,1130.6,35,36,574,2,339.08,',
        '',
      ].join('\r\n'),
    );
  });

  it('tells regions of the same name apart by their label, and gives every region row its id in the last column', () => {
    const twins = buildSummary({
      regions: [
        { ...buildRegion('Novi Grad'), id: 'BA-1', label: 'Novi Grad (BA-1)' },
        { ...buildRegion('Novi Grad'), id: 'BA-2', label: 'Novi Grad (BA-2)' },
      ],
    });
    const lines = formatCsv(twins).split('\r\n');
    expect(lines.slice(1, 3).map((line) => [line.split(',')[0], line.split(',').at(-1)])).toEqual([
      ['Novi Grad (BA-1)', 'BA-1'],
      ['Novi Grad (BA-2)', 'BA-2'],
    ]);
  });

  it('leaves out the outside-regions row when the summary has none', () => {
    const lines = formatCsv({ ...summary, outsideRegions: null }).split('\r\n');
    expect(lines.map((line) => line.split(',')[0])).toEqual(['name', 'Tartar', 'Lachin', 'total', '']);
  });

  it('rounds hectares and items per hectare to the given decimals, never counts', () => {
    const lines = formatCsv(summary, { decimals: 1 }).split('\r\n');
    expect(lines[1]).toBe('Tartar,0.4,0.0,0.0,0.4,0.0,0.0,8,0,0,0,18.9,');
    expect(lines[4]).toBe('total,1.9,12.4,3.0,17.3,1200.3,1130.6,35,36,574,2,339.1,');
  });

  it('quotes names that need it and neutralises names a spreadsheet would run as formulas', () => {
    const hostile = buildSummary({
      regions: [
        buildRegion('=HYPERLINK("http://evil.example","Tartar")'),
        buildRegion('Aghdam, city'),
        buildRegion('-1+1'),
        buildRegion('@SUM(A1:A9)'),
      ],
    });
    const names = formatCsv(hostile).split('\r\n').slice(1, 5).map((line) => line.slice(0, line.indexOf(',0,')));
    expect(names).toEqual([
      '"\'=HYPERLINK(""http://evil.example"",""Tartar"")"',
      '"Aghdam, city"',
      "'-1+1",
      "'@SUM(A1:A9)",
    ]);
  });

  it('is read back field for field by an independent RFC 4180 reader (Python csv)', (context) => {
    const tricky = buildSummary({
      regions: [buildRegion('line\r\nbreak "quoted", comma', { clearedHa: 0.1 + 0.2 }), buildRegion('=cmd|"/c calc"!A1')],
    });
    const python = spawnSync(
      '/usr/bin/python3',
      ['-c', 'import csv,io,json,sys; print(json.dumps(list(csv.reader(io.StringIO(sys.stdin.read(), newline="")))))'],
      { input: formatCsv(tricky), encoding: 'utf8' },
    );
    if (python.error) context.skip();
    const rows = JSON.parse(python.stdout) as string[][];
    expect(rows.map((row) => row.length)).toEqual([13, 13, 13, 13]);
    expect(rows[1][0]).toBe('line\r\nbreak "quoted", comma');
    expect(rows[1][1]).toBe('0.30000000000000004');
    expect(rows[2][0]).toBe('\'=cmd|"/c calc"!A1');
  });

  it('throws naming the row and field of a figure that is not finite', () => {
    const broken = buildSummary({ regions: [buildRegion('Tartar'), buildRegion('Aghdam', { hazardHa: Number.NaN })] });
    expect(() => formatCsv(broken)).toThrow('summary.regions[1].hazardHa is NaN; summary figures must be finite numbers.');
  });
});

describe('csvDecimals', () => {
  it('defaults to null, unrounded', () => {
    expect(csvDecimals({})).toBeNull();
    expect(csvDecimals({ decimals: undefined })).toBeNull();
    expect(csvDecimals({ decimals: 0 })).toBe(0);
  });

  it('throws naming the option for decimals that are not a whole number from 0 to 20', () => {
    expect(() => csvDecimals({ decimals: -1 })).toThrow(
      'options.decimals must be null (unrounded) or a whole number from 0 to 20; got -1.',
    );
    expect(() => csvDecimals({ decimals: 1.5 })).toThrow('got 1.5.');
    expect(() => csvDecimals({ decimals: 21 })).toThrow('got 21.');
  });
});

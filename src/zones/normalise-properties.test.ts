import { describe, expect, test } from 'vitest';
import type { FeatureContext } from '../validate/report-issue.js';
import { createFieldLookup } from './create-field-lookup.js';
import type { FieldMap } from './field-map.js';
import { normaliseProperties } from './normalise-properties.js';
import type { ZoneStatus } from './zone.js';

function read(
  properties: Record<string, unknown>,
  options: { fieldMap?: FieldMap; statusValues?: Record<string, ZoneStatus> } = {},
) {
  const context: FeatureContext = { fileName: 'zones.geojson', featureIndex: 12, id: 'T-0042', issues: [] };
  const zone = normaliseProperties(properties, createFieldLookup(options.fieldMap)(properties), context, options);
  return { zone, issues: context.issues };
}

describe('normaliseProperties', () => {
  test('reads every property, keeping the original object as source', () => {
    const properties = {
      task_id: 'T-0042',
      status: 'Cleared by clearance',
      hazard_id: 'H-7',
      method: ' clearance ',
      start_date: '01.05.2023',
      end_date: '2023-05-14T23:30:00+04:00',
      AP: '3',
      AT: 1,
      uxo: '',
      other_items: null,
      district: 'Fuzuli',
      operator: 'ANAMA',
      area_m2: '15000.5',
    };
    const { zone, issues } = read(properties);
    expect(issues).toEqual([]);
    expect(zone).toEqual({
      id: 'T-0042',
      status: 'cleared',
      hazardId: 'H-7',
      method: 'clearance',
      startDate: '2023-05-01',
      endDate: '2023-05-14',
      apMines: 3,
      atMines: 1,
      uxo: 0,
      otherItems: 0,
      region: 'Fuzuli',
      organisation: 'ANAMA',
      reportedAreaM2: 15000.5,
      featureIndex: 12,
      source: properties,
    });
    expect(zone?.source).toBe(properties);
  });

  test('gives missing optional properties null and missing counts 0', () => {
    const { zone, issues } = read({ status: 'SHA' });
    expect(issues).toEqual([]);
    expect(zone).toMatchObject({
      status: 'suspected',
      hazardId: null,
      method: null,
      startDate: null,
      endDate: null,
      apMines: 0,
      atMines: 0,
      uxo: 0,
      otherItems: 0,
      region: null,
      organisation: null,
      reportedAreaM2: null,
    });
  });

  test('reads mapped columns and user status spellings', () => {
    const { zone } = read(
      { Hazard_Typ: 'Closed - Cleared', DATE_COMPL: '14.05.2023', status: 'CHA' },
      { fieldMap: { status: 'Hazard_Typ', endDate: 'DATE_COMPL' }, statusValues: { 'Closed - Cleared': 'cleared' } },
    );
    expect(zone).toMatchObject({ status: 'cleared', endDate: '2023-05-14' });
  });

  test('rejects an unrecognised status, saying how to map it', () => {
    const { zone, issues } = read({ status: 'Closed' });
    expect(zone).toBeNull();
    expect(issues).toEqual([
      {
        code: 'unknown-status',
        severity: 'error',
        feature: 12,
        id: 'T-0042',
        message:
          'zones.geojson, feature 12 (id T-0042): status (column "status") is "Closed", which is not a status ' +
          'cleared-land recognises. Use suspected, confirmed, cancelled, reduced, cleared (SHA, CHA, NTS, TS and ' +
          'other common synonyms are read too), or map the word with --status-value "Closed=cleared" (the ' +
          'statusValues option). The feature was rejected.',
      },
    ]);
  });

  test('rejects a missing or empty status, naming the columns it looked for', () => {
    expect(read({ Name: 'x' }).issues[0].message).toBe(
      'zones.geojson, feature 12 (id T-0042): it has no status column (looked for status, state, land_status, ' +
        'release_status, land_release_status, zone_status, area_status, outcome, ignoring case and separators; its ' +
        'columns: "Name"). ' +
        'Add a status column with one of suspected, confirmed, cancelled, reduced, cleared, or name your column with ' +
        '--field status=Hazard_Typ (the fieldMap option). The feature was rejected.',
    );
    expect(read({ status: ' ' }).issues[0].message).toBe(
      'zones.geojson, feature 12 (id T-0042): status (column "status") is empty; every zone needs one of ' +
        'suspected, confirmed, cancelled, reduced, cleared. The feature was rejected.',
    );
    const mapped = read({ HAZARD: 'CHA', status: 'cleared' }, { fieldMap: { status: 'Hazard_Typ' } });
    expect(mapped.zone).toBeNull();
    expect(mapped.issues[0].message).toBe(
      'zones.geojson, feature 12 (id T-0042): it has no column "Hazard_Typ", which the field map names for status ' +
        '(its columns: "HAZARD", "status"). Correct the column name given with --field status=… or fieldMap.status. ' +
        'The feature was rejected.',
    );
  });

  test.each([
    ['-3', '"-3"'],
    [1.5, '1.5'],
    ['twelve', '"twelve"'],
    ['1,200', '"1,200"'],
  ])('rejects the count %j, naming the field, value and fix', (value, shown) => {
    const { zone, issues } = read({ status: 'cleared', AP_MINES: value });
    expect(zone).toBeNull();
    expect(issues).toEqual([
      {
        code: 'invalid-count',
        severity: 'error',
        feature: 12,
        id: 'T-0042',
        message:
          `zones.geojson, feature 12 (id T-0042): apMines (column "AP_MINES") is ${shown}: item counts must be ` +
          'whole numbers of 0 or more, written with digits only (e.g. 12). The feature was rejected so that a wrong ' +
          'count does not reach a national report; correct the value, or leave it empty if nothing was found.',
      },
    ]);
  });

  test('reports every bad count and the status in one pass', () => {
    const { issues } = read({ status: 'closed', ap: -1, at: 'x', uxo: 2.5, other_items: 'NaN' });
    expect(issues.map((issue) => issue.code)).toEqual([
      'unknown-status',
      'invalid-count',
      'invalid-count',
      'invalid-count',
      'invalid-count',
    ]);
  });

  test('keeps a feature with an unreadable date, treating the date as missing', () => {
    const { zone, issues } = read({ status: 'cleared', end_date: '14/13/2023', start_date: '2023-02-30' });
    expect(zone).toMatchObject({ startDate: null, endDate: null });
    expect(issues.map(({ code, severity }) => [code, severity])).toEqual([
      ['invalid-date', 'warning'],
      ['invalid-date', 'warning'],
    ]);
    expect(issues[0].message).toBe(
      'zones.geojson, feature 12 (id T-0042): startDate (column "start_date") is "2023-02-30", which is not a date ' +
        'cleared-land reads; the feature was kept, but its start date is treated as missing. ' +
        'Write dates as YYYY-MM-DD (2023-05-14), an ISO date-time, YYYY/MM/DD, DD/MM/YYYY or MM/DD/YYYY (also with dots or dashes), ' +
        'or as milliseconds since 1970 (a number), with a year from 1900 to 2100.',
    );
    expect(issues[1].message).toBe(
      'zones.geojson, feature 12 (id T-0042): endDate (column "end_date") is "14/13/2023", which is not a date ' +
        'cleared-land reads; the feature was kept, but its end date is treated as missing, so the release counts ' +
        'as undated. Write dates as YYYY-MM-DD (2023-05-14), an ISO date-time, YYYY/MM/DD, DD/MM/YYYY or MM/DD/YYYY (also with dots or dashes), ' +
        'or as milliseconds since 1970 (a number), with a year from 1900 to 2100.',
    );
  });

  test('reads a date that could be day first or month first, on its own, as missing with an ambiguous-date warning', () => {
    const { zone, issues } = read({ status: 'cleared', end_date: '05/06/2024', start_date: '05.06.2024' });
    expect(zone).toMatchObject({ startDate: '2024-06-05', endDate: null });
    expect(issues.map(({ code, severity }) => [code, severity])).toEqual([['ambiguous-date', 'warning']]);
    expect(issues[0].message).toContain('dateOrder');
  });

  test('keeps a feature with an unreadable reported area, as null', () => {
    const { zone, issues } = read({ status: 'cleared', reported_area: '1,5' });
    expect(zone?.reportedAreaM2).toBeNull();
    expect(issues).toEqual([
      {
        code: 'invalid-reported-area',
        severity: 'warning',
        feature: 12,
        id: 'T-0042',
        message:
          'zones.geojson, feature 12 (id T-0042): reportedAreaM2 (column "reported_area") is "1,5", which is not a ' +
          'positive number of square metres; it was ignored, so this zone is not compared with a reported area. ' +
          'Write it as a plain number with a decimal point, e.g. 15000.5.',
      },
    ]);
  });

  test('treats shapefile blanks (NaN, invalid Date) as empty cells, not errors', () => {
    const { zone, issues } = read({ STATUS: 'CHA', AP_MINES: Number.NaN, END_DATE: new Date(''), AREA_M2: Number.NaN });
    expect(issues).toEqual([]);
    expect(zone).toMatchObject({ apMines: 0, endDate: null, reportedAreaM2: null });
  });

  test('reads numbers in text properties as their decimal text and ignores other types', () => {
    const { zone } = read({ status: 'cleared', hazard_id: 17, district: { name: 'x' }, org: true });
    expect(zone).toMatchObject({ hazardId: '17', region: null, organisation: null });
  });
});

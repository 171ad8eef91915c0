import { describe, expect, test } from 'vitest';
import { createFieldLookup } from './create-field-lookup.js';
import { DEFAULT_FIELD_ALIASES, ZONE_FIELDS } from './field-map.js';
import type { FieldMap } from './field-map.js';

describe('createFieldLookup', () => {
  test('finds each property under its default aliases, ignoring case and separators', () => {
    const lookup = createFieldLookup();
    expect(
      lookup({
        TASK_ID: 'T-1',
        Land_Status: 'cleared',
        'Hazard ID': 'H-1',
        METHOD: 'TS',
        start_date: '2023-05-01',
        EndDate: '2023-05-14',
        AP: 3,
        at_mines: 1,
        UXO: 5,
        Other_Items: 0,
        District: 'Fuzuli',
        Organization: 'ANAMA',
        area_m2: 1500,
        notes: 'x',
      }),
    ).toEqual({
      id: 'TASK_ID',
      status: 'Land_Status',
      hazardId: 'Hazard ID',
      method: 'METHOD',
      startDate: 'start_date',
      endDate: 'EndDate',
      apMines: 'AP',
      atMines: 'at_mines',
      uxo: 'UXO',
      otherItems: 'Other_Items',
      region: 'District',
      organisation: 'Organization',
      reportedAreaM2: 'area_m2',
    });
  });

  test('prefers the alias listed first when several columns match', () => {
    const lookup = createFieldLookup();
    expect(lookup({ state: 'x', task_id: 'T', status: 'y', ID: 'I' })).toEqual({ status: 'status', id: 'ID' });
    expect(lookup({ ap: 1, apMines: 2 })).toEqual({ apMines: 'apMines' });
  });

  test('reads a mapped property from its column only, exact name before case-insensitive', () => {
    const lookup = createFieldLookup({ status: 'Hazard_Typ' });
    expect(lookup({ status: 'cleared', HAZARD_TYP: 'CHA' })).toEqual({ status: 'HAZARD_TYP' });
    expect(lookup({ hazard_typ: 'SHA', Hazard_Typ: 'CHA' })).toEqual({ status: 'Hazard_Typ' });
    expect(lookup({ status: 'cleared' })).toEqual({});
  });

  test('never uses a mapped column as the alias of another property', () => {
    const lookup = createFieldLookup({ hazardId: 'id', id: 'LOCAL' });
    expect(lookup({ id: 'H-7', LOCAL: 'T-1', task_id: 'T-9' })).toEqual({ hazardId: 'id', id: 'LOCAL' });
  });

  test('lists every alias once, for one property only, as matching sees it', () => {
    const seen = new Set<string>();
    for (const field of ZONE_FIELDS) {
      for (const alias of DEFAULT_FIELD_ALIASES[field]) {
        const key = alias.toLowerCase().replace(/[^a-z0-9]/g, '');
        expect(seen.has(key), `alias ${alias} of ${field}`).toBe(false);
        seen.add(key);
      }
    }
  });

  test('gives the same answer for a repeated column set (cached resolution)', () => {
    const lookup = createFieldLookup();
    const first = lookup({ Status: 'a', AP: 1 });
    const second = lookup({ Status: 'b', AP: 2 });
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
  });

  test('throws naming the problem for a misused field map', () => {
    expect(() => createFieldLookup({ stat: 'X' } as FieldMap)).toThrow(
      'fieldMap has an unknown property "stat"; use one of id, status, hazardId',
    );
    expect(() => createFieldLookup({ status: '' })).toThrow(
      "fieldMap.status must be the name of a column in the file, e.g. { status: 'MY_COLUMN' }; got \"\".",
    );
    expect(() => createFieldLookup({ status: 3 as unknown as string })).toThrow('got 3.');
    expect(() => createFieldLookup({ id: 'TASK', hazardId: 'task' })).toThrow(
      'fieldMap maps both id and hazardId to the column "task"',
    );
    expect(() => createFieldLookup(null as unknown as FieldMap)).toThrow('fieldMap must be an object');
  });
});

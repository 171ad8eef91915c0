import { expect, test } from 'vitest';
import { readZoneId } from './read-zone-id.js';

test('prefers the id column to the Feature id', () => {
  expect(readZoneId({ task_id: ' T-0042 ' }, { id: 'task_id' }, 'F-1')).toBe('T-0042');
});

test('reads numeric ids as their decimal text', () => {
  expect(readZoneId({ ID: 42 }, { id: 'ID' }, null)).toBe('42');
  expect(readZoneId({}, {}, 7)).toBe('7');
});

test('falls back to the Feature id when the column is empty or not text', () => {
  expect(readZoneId({ id: '  ' }, { id: 'id' }, 'F-1')).toBe('F-1');
  expect(readZoneId({ id: { nested: 1 } }, { id: 'id' }, 'F-1')).toBe('F-1');
  expect(readZoneId({}, {}, 'F-1')).toBe('F-1');
});

test('is null when nothing gives an id', () => {
  expect(readZoneId({ id: null }, { id: 'id' }, undefined)).toBeNull();
  expect(readZoneId({}, {}, Number.NaN)).toBeNull();
});

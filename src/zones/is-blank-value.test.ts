import { expect, test } from 'vitest';
import { isBlankValue } from './is-blank-value.js';

test.each([undefined, null, '', '   ', '\t\n', Number.NaN, new Date('')])('counts %j as an empty cell', (value) => {
  expect(isBlankValue(value)).toBe(true);
});

test.each([0, '0', ' x ', false, new Date(2023, 4, 14), [], {}])('counts %j as a value', (value) => {
  expect(isBlankValue(value)).toBe(false);
});

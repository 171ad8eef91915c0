import { describe, expect, it } from 'vitest';
import { plainName } from './plain-name.js';

describe('plainName', () => {
  it('turns line breaks and other control characters into single spaces', () => {
    expect(plainName('Tartar\r\nDistrict')).toBe('Tartar District');
    expect(plainName('Aghdam\u0000\tCity')).toBe('Aghdam City');
    expect(plainName('Lachin\u2028Fuzuli')).toBe('Lachin Fuzuli');
  });

  it('removes bidirectional overrides that could reorder the surrounding text', () => {
    expect(plainName('Shusha\u202egnp.exe')).toBe('Shushagnp.exe');
    expect(plainName('\u2066Kalbajar\u2069')).toBe('Kalbajar');
  });

  it('collapses runs of spaces and trims the ends', () => {
    expect(plainName('  Khojaly   City ')).toBe('Khojaly City');
  });

  it('keeps letters of every script and ordinary punctuation as they are', () => {
    expect(plainName('Ağdərə (Тертер) — *N*')).toBe('Ağdərə (Тертер) — *N*');
  });
});

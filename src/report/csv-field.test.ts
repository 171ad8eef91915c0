import { describe, expect, it } from 'vitest';
import { csvField } from './csv-field.js';

describe('csvField', () => {
  it('leaves plain text unquoted', () => {
    expect(csvField('Tartar', null, 'name')).toBe('Tartar');
  });

  it('quotes text holding a comma, a quote or a line break, doubling the quotes (RFC 4180)', () => {
    expect(csvField('Aghdam, city', null, 'name')).toBe('"Aghdam, city"');
    expect(csvField('the "old" road', null, 'name')).toBe('"the ""old"" road"');
    expect(csvField('two\nlines', null, 'name')).toBe('"two\nlines"');
    expect(csvField('two\r\nlines', null, 'name')).toBe('"two\r\nlines"');
  });

  it('quotes text with leading or trailing spaces so readers do not trim them', () => {
    expect(csvField(' Fuzuli', null, 'name')).toBe('" Fuzuli"');
  });

  it('puts an apostrophe before text a spreadsheet would run as a formula', () => {
    expect(csvField('=1+2', null, 'name')).toBe("'=1+2");
    expect(csvField('+994', null, 'name')).toBe("'+994");
    expect(csvField('-2+3', null, 'name')).toBe("'-2+3");
    expect(csvField('@SUM(A1)', null, 'name')).toBe("'@SUM(A1)");
    expect(csvField('\t=cmd', null, 'name')).toBe("'\t=cmd");
    expect(csvField('\r=cmd', null, 'name')).toBe('"\'\r=cmd"');
    expect(csvField('=HYPERLINK("http://x","y")', null, 'name')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
  });

  it('leaves text with formula characters after the first one alone', () => {
    expect(csvField('Khojaly-2', null, 'name')).toBe('Khojaly-2');
  });

  it('writes numbers unrounded with a point and without exponent notation', () => {
    expect(csvField(0.1 + 0.2, null, 'cleared_ha')).toBe('0.30000000000000004');
    expect(csvField(1.5e-7, null, 'cleared_ha')).toBe('0.00000015');
    expect(csvField(-2.5e-8, null, 'cleared_ha')).toBe('-0.000000025');
    expect(csvField(1e21, null, 'cleared_ha')).toBe('1000000000000000000000');
    expect(csvField(1.25e22, null, 'cleared_ha')).toBe('12500000000000000000000');
    expect(csvField(35, null, 'ap_mines')).toBe('35');
  });

  it('writes numbers to the given decimals, without a sign on a zero', () => {
    expect(csvField(1.9081, 1, 'cleared_ha')).toBe('1.9');
    expect(csvField(2, 2, 'cleared_ha')).toBe('2.00');
    expect(csvField(-0.001, 1, 'cleared_ha')).toBe('0.0');
    expect(csvField(-0.25, 1, 'cleared_ha')).toBe('-0.3');
  });

  it('writes null as an empty field', () => {
    expect(csvField(null, 1, 'items_per_cleared_ha')).toBe('');
  });

  it('throws naming the field for a number that is not finite', () => {
    expect(() => csvField(Number.NaN, null, 'summary.totals.clearedHa')).toThrow(
      'summary.totals.clearedHa is NaN; summary figures must be finite numbers.',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { hectareFigure } from './hectare-figure.js';

describe('hectareFigure', () => {
  it('shows the area to one decimal in the locale style', () => {
    expect(hectareFigure(1130.6, 'az')).toEqual({ text: '1.130,6', belowPrecision: false, plural: 'other' });
  });

  it('marks an area above zero that would show as 0.0, and shows it as 0.1', () => {
    expect(hectareFigure(0.04, 'en')).toEqual({ text: '0.1', belowPrecision: true, plural: 'other' });
    expect(hectareFigure(0.05, 'en')).toEqual({ text: '0.1', belowPrecision: false, plural: 'other' });
  });

  it('takes the plural of the figure as shown: "1.0 hectares" and "1,0 гектара", not the singular', () => {
    expect(hectareFigure(1, 'en').plural).toBe('other');
    expect(hectareFigure(1, 'ru').plural).toBe('other');
    expect(hectareFigure(21, 'ru').plural).toBe('other');
  });
});

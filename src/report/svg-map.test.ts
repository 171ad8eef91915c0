import { describe, expect, it } from 'vitest';
import { svgMap } from './svg-map.js';

const square = (west: number, south: number, size: number) => ({
  type: 'Polygon' as const,
  coordinates: [[[west, south], [west + size, south], [west + size, south + size], [west, south + size], [west, south]]],
});

describe('svgMap', () => {
  it('frames the extent with its padding, north up, equirectangular at the middle latitude', () => {
    // At the equator a 1° square in a 1°-wide extent fills the width less 4 % padding each side:
    // 500 px / 1.08 = 462.96 px per degree, centred.
    const svg = svgMap([{ status: 'cleared', geometries: [square(0, -0.5, 1)] }], [], [0, -0.5, 1, 0.5], { widthPx: 500, heightPx: 500 });
    const path = /class="zones cleared"[^>]*d="([^"]+)"/.exec(svg)![1];
    expect(path).toBe('M18.5 481.5L481.5 481.5L481.5 18.5L18.5 18.5L18.5 481.5Z');
  });

  it('draws a zone smaller than a pixel as a one-pixel mark, once per pixel', () => {
    const tiny = square(46.5, 40, 1e-6);
    const svg = svgMap([{ status: 'confirmed', geometries: [tiny, tiny] }], [], [46, 39.5, 47, 40.5], { widthPx: 300, heightPx: 300 });
    const path = /class="zones confirmed"[^>]*d="([^"]+)"/.exec(svg)![1];
    expect(path.match(/h1v1h-1Z/g)).toHaveLength(1);
  });

  it('puts hazards under releases, and district outlines under both', () => {
    const svg = svgMap(
      [
        { status: 'cleared', geometries: [square(0, 0, 0.1)] },
        { status: 'suspected', geometries: [square(0, 0, 0.2)] },
      ],
      [square(-0.1, -0.1, 0.5)],
      [-0.1, -0.1, 0.4, 0.4],
    );
    expect(svg.indexOf('class="regions"')).toBeLessThan(svg.indexOf('zones suspected'));
    expect(svg.indexOf('zones suspected')).toBeLessThan(svg.indexOf('zones cleared'));
  });

  it('labels a scale bar of a round length no longer than 120 px', () => {
    // 1° of latitude over 500 px (less padding): 111,320 m / 462.96 px = 240.5 m per px → 120 px ≈ 28.9 km → 20 km.
    const svg = svgMap([{ status: 'cleared', geometries: [square(0, -0.5, 1)] }], [], [0, -0.5, 1, 0.5], { widthPx: 500, heightPx: 500 });
    expect(svg).toContain('>20 km</text>');
    expect(svg).toContain('<text x="476" y="48" text-anchor="middle">N</text>');
  });
});

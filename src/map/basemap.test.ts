import { describe, expect, it } from 'vitest';
import { OPENSTREETMAP_RASTER, basemapText, isRemoteBasemap, parseBasemap } from './basemap.js';

describe('parseBasemap', () => {
  it('reads the offline map, OpenStreetMap, a style URL, a raster template with its credit and a PMTiles URL', () => {
    expect(parseBasemap(null)).toEqual({ kind: 'offline' });
    expect(parseBasemap(' offline ')).toEqual({ kind: 'offline' });
    expect(parseBasemap('osm')).toBe(OPENSTREETMAP_RASTER);
    expect(parseBasemap('https://example.org/styles/liberty.json')).toEqual({ kind: 'style', style: 'https://example.org/styles/liberty.json' });
    expect(parseBasemap('https://tiles.example.org/{z}/{x}/{y}.png|© Example, CC BY')).toEqual({
      kind: 'raster',
      tiles: 'https://tiles.example.org/{z}/{x}/{y}.png',
      attribution: '© Example, CC BY',
      maxZoom: 19,
      tileSize: 256,
    });
    expect(parseBasemap('https://example.org/aze.PMTiles')).toEqual({ kind: 'pmtiles', archive: 'https://example.org/aze.PMTiles', attribution: null });
  });

  it('resolves relative addresses against a base, keeping the template braces readable', () => {
    expect(parseBasemap('/maps/aze.pmtiles', 'http://127.0.0.1:5173/viewer/')).toMatchObject({ archive: 'http://127.0.0.1:5173/maps/aze.pmtiles' });
    expect(parseBasemap('tiles/{z}/{x}/{y}.png', 'http://127.0.0.1:5173/viewer/')).toMatchObject({
      kind: 'raster',
      tiles: 'http://127.0.0.1:5173/viewer/tiles/{z}/{x}/{y}.png',
    });
  });

  it('refuses what is not a fetchable address, saying what it takes', () => {
    expect(() => parseBasemap('streets')).toThrow(/"streets" is not a URL; give "offline", "osm", a style JSON URL/);
    expect(() => parseBasemap('ftp://example.org/style.json')).toThrow(/uses ftp:; only http: and https:/);
  });
});

describe('basemapText', () => {
  it('writes back what parseBasemap reads, and nothing for the offline map or a local file', () => {
    for (const text of ['osm', 'https://example.org/style.json', 'https://t.example/{z}/{x}/{y}.png|© T', 'https://example.org/a.pmtiles']) {
      expect(basemapText(parseBasemap(text))).toBe(text);
    }
    expect(basemapText({ kind: 'offline' })).toBeNull();
    expect(basemapText({ kind: 'pmtiles', archive: new File([], 'aze.pmtiles'), attribution: null })).toBeNull();
  });
});

describe('isRemoteBasemap', () => {
  it('tells a basemap on another host from one on the page’s own', () => {
    expect(isRemoteBasemap(parseBasemap('osm'), 'http://127.0.0.1:5173')).toBe(true);
    expect(isRemoteBasemap(parseBasemap('/maps/aze.pmtiles', 'http://127.0.0.1:5173/'), 'http://127.0.0.1:5173')).toBe(false);
    expect(isRemoteBasemap({ kind: 'offline' }, 'http://127.0.0.1:5173')).toBe(false);
  });
});

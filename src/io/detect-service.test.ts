import { describe, expect, test } from 'vitest';
import { detectService } from './detect-service.js';

describe('detectService', () => {
  test.each([
    ['https://services.arcgis.com/abc/arcgis/rest/services/Hazards/FeatureServer/0', 'arcgis-layer'],
    ['https://gis.example.org/server/rest/services/IMSMA/Hazards/MapServer/12/', 'arcgis-layer'],
    ["https://gis.example.org/server/rest/services/H/featureserver/0/query?where=status%3D'x'", 'arcgis-layer'],
    ['https://demo.pygeoapi.io/master/collections/lakes/items', 'ogc-features'],
    ['https://example.org/ogc/collections/hazards/items/?f=json', 'ogc-features'],
    ['https://example.org/data/zones.geojson', null],
    ['https://gis.example.org/server/rest/services/Hazards/FeatureServer', null],
    ['https://example.org/ogc/collections/hazards/items/42', null],
  ])('%s is %s', (url, kind) => {
    expect(detectService(new URL(url))).toBe(kind);
  });
});

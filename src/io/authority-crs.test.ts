import { beforeAll, describe, expect, it } from 'vitest';
import { authorityCrs } from './authority-crs.js';
import { loadProj4 } from './load-proj4.js';

// EPSG:2039, Israel 1993 / Israeli TM Grid: a code cleared-land does not know, as GDAL writes its WKT.
const ISRAELI_GRID_WKT =
  'PROJCS["Israel 1993 / Israeli TM Grid",GEOGCS["Israel 1993",DATUM["Israel_1993",SPHEROID["GRS 1980",6378137,298.257222101],TOWGS84[-24.0024,-17.1032,-17.8444,-0.33077,-1.85269,1.66969,5.4248]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",31.7343936111111],PARAMETER["central_meridian",35.2045169444444],PARAMETER["scale_factor",1.0000067],PARAMETER["false_easting",219529.584],PARAMETER["false_northing",626907.39],UNIT["metre",1]]';

describe('authorityCrs', () => {
  beforeAll(async () => {
    await loadProj4();
  });

  it('gives the EPSG code when cleared-land knows it, and null for WGS 84', () => {
    expect(authorityCrs('EPSG', 32638, 'PROJCS["WGS 84 / UTM zone 38N",…]')).toBe('EPSG:32638');
    expect(authorityCrs('epsg', 4326, null)).toBeNull();
  });

  it("falls back to the file's WKT for a code it does not know", () => {
    expect(authorityCrs('EPSG', 2039, ISRAELI_GRID_WKT)).toBe(ISRAELI_GRID_WKT);
  });

  it('gives null for the undefined systems and keeps an unknown code without WKT, to be reported', () => {
    expect(authorityCrs('NONE', 0, 'undefined')).toBeNull();
    expect(authorityCrs(null, 0, null)).toBeNull();
    expect(authorityCrs('EPSG', 2039, null)).toBe('EPSG:2039');
  });
});

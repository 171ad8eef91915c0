import { beforeAll, describe, expect, test } from 'vitest';
import { loadProj4 } from './load-proj4.js';
import proj4 from 'proj4';
import fixture from '../../test/fixtures/crs-definitions.json' with { type: 'json' };
import { isWgs84Crs, PULKOVO_1942_TOWGS84, resolveCrs } from './resolve-crs.js';

// proj4 is loaded on demand; these tests call the synchronous functions that need it directly.
beforeAll(async () => {
  await loadProj4();
});

// PROJ's proj4 strings carry no datum shift for Pulkovo 1942 (to_proj4 drops it), so the table
// is compared without our +towgs84, and the shift itself against the one PROJ applies.
function withoutDatumShift(definition: string): string[] {
  return definition.split(/\s+/).filter((token) => !token.startsWith('+towgs84=')).sort();
}

describe('resolveCrs', () => {
  test.each(Object.entries(fixture.definitions))('resolves %s to the same projection as PROJ', (code, projDefinition) => {
    expect(withoutDatumShift(resolveCrs(code))).toEqual(withoutDatumShift(projDefinition));
  });

  test('covers every WGS 84 / UTM zone and Pulkovo 1942 Gauss-Kruger zone the fixture lists', () => {
    expect(Object.keys(fixture.definitions)).toHaveLength(3 + 60 + 60 + 29);
  });

  test('uses the Pulkovo 1942 datum shift PROJ applies in Azerbaijan', () => {
    expect(fixture.pulkovoTransformation).toContain('Pulkovo 1942 to WGS 84 (16)');
    expect(PULKOVO_1942_TOWGS84).toBe(fixture.pulkovoTowgs84);
    expect(resolveCrs('EPSG:4284')).toContain(`+towgs84=${fixture.pulkovoTowgs84}`);
    expect(resolveCrs('EPSG:28408')).toContain(`+towgs84=${fixture.pulkovoTowgs84}`);
  });

  test.each([
    'EPSG:32638',
    'epsg:32638',
    'EPSG::32638',
    '32638',
    ' EPSG:32638 ',
    'urn:ogc:def:crs:EPSG::32638',
    'urn:ogc:def:crs:EPSG:9.8.1:32638',
    'URN:OGC:DEF:CRS:EPSG::32638',
    'urn:x-ogc:def:crs:EPSG:32638',
    'http://www.opengis.net/def/crs/EPSG/0/32638',
  ])('reads %j as WGS 84 / UTM zone 38N', (code) => {
    expect(resolveCrs(code)).toBe('+proj=utm +zone=38 +datum=WGS84 +units=m +no_defs');
  });

  test.each(['urn:ogc:def:crs:OGC:1.3:CRS84', 'urn:ogc:def:crs:OGC::CRS84', 'CRS84', 'EPSG:4326', 'urn:ogc:def:crs:EPSG::4326'])(
    'reads %j as WGS 84 longitude/latitude',
    (code) => {
      expect(resolveCrs(code)).toBe('+proj=longlat +datum=WGS84 +no_defs');
    },
  );

  test.each(['EPSG:900913', 'EPSG:3785', 'EPSG:102100'])('reads the Web Mercator alias %s as EPSG:3857', (code) => {
    expect(resolveCrs(code)).toBe(resolveCrs('EPSG:3857'));
  });

  test('passes a proj4 string through after proj4 has read it', () => {
    const definition = '+proj=utm +zone=38 +ellps=intl +towgs84=-84,-107,-120,0,0,0,0 +units=m +no_defs';
    expect(resolveCrs(`  ${definition} `)).toBe(definition);
  });

  test('passes WKT through after proj4 has read it', () => {
    const wkt =
      'PROJCS["WGS_1984_UTM_Zone_38N",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",45.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';
    expect(resolveCrs(wkt)).toBe(wkt);
    // And it means the same as EPSG:32638: a point 10 km east of the central meridian.
    const fromWkt = proj4(resolveCrs(wkt), 'WGS84').forward([510_000, 4_400_000]);
    const fromCode = proj4(resolveCrs('EPSG:32638'), 'WGS84').forward([510_000, 4_400_000]);
    expect(fromWkt[0]).toBeCloseTo(fromCode[0], 9);
    expect(fromWkt[1]).toBeCloseTo(fromCode[1], 9);
  });

  test('names the code, what is known and the fix when the code is unknown', () => {
    expect(() => resolveCrs('EPSG:99999')).toThrow(
      "unknown coordinate reference system 'EPSG:99999': cleared-land knows WGS 84 (EPSG:4326), Web Mercator (EPSG:3857), every WGS 84 / UTM zone (EPSG:326xx north, 327xx south) and Pulkovo 1942 (EPSG:4284, 284xx); pass a proj4 definition instead, e.g. --crs '+proj=utm +zone=38 +datum=WGS84 +units=m +no_defs'",
    );
  });

  test.each(['EPSG:32600', 'EPSG:32661', 'EPSG:32700', 'EPSG:32761', 'EPSG:28403', 'EPSG:28433', 'UTM 38N', 'EPSG:32638x', ''])(
    'rejects %j, just outside the known ranges or not a code',
    (code) => {
      expect(() => resolveCrs(code)).toThrow(`unknown coordinate reference system '${code}'`);
    },
  );

  test('says proj4 cannot read a broken proj4 string', () => {
    expect(() => resolveCrs('+proj=nosuchprojection +units=m')).toThrow(
      "cannot use coordinate reference system '+proj=nosuchprojection +units=m': proj4 cannot read it",
    );
  });

  test('throws naming the argument when the code is not a string', () => {
    expect(() => resolveCrs(32638 as unknown as string)).toThrow("resolveCrs: code must be a string such as 'EPSG:32638'; got number");
  });
});

describe('isWgs84Crs', () => {
  test.each(['EPSG:4326', 'epsg::4326', '4326', 'urn:ogc:def:crs:OGC:1.3:CRS84', 'urn:ogc:def:crs:EPSG::4326'])('is true for %j', (code) => {
    expect(isWgs84Crs(code)).toBe(true);
  });

  test.each(['EPSG:32638', 'EPSG:4284', 'EPSG:3857', '+proj=longlat +datum=WGS84', 'EPSG:99999', 'nonsense'])('is false for %j', (code) => {
    expect(isWgs84Crs(code)).toBe(false);
  });
});

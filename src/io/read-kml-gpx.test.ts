import { afterEach, describe, expect, test } from 'vitest';
import { DOMParser as XmlDomParser } from '@xmldom/xmldom';
import { readKmlOrGpx } from './read-kml-gpx.js';

const KML = `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2">
  <Document>
    <Placemark>
      <name>T-0042</name>
      <ExtendedData>
        <Data name="status"><value>cleared</value></Data>
        <Data name="apMines"><value>3</value></Data>
      </ExtendedData>
      <LineString><coordinates>46.90,39.99 46.91,39.99 46.91,40.00 46.90,39.99</coordinates></LineString>
    </Placemark>
    <Placemark>
      <name>H-7</name>
      <Polygon>
        <outerBoundaryIs><LinearRing><coordinates>47,39 47.1,39 47.1,39.1 47,39.1 47,39</coordinates></LinearRing></outerBoundaryIs>
        <innerBoundaryIs><LinearRing><coordinates>47.02,39.02 47.02,39.04 47.04,39.04 47.02,39.02</coordinates></LinearRing></innerBoundaryIs>
      </Polygon>
    </Placemark>
    <Folder>
      <Placemark><name>AP mine</name><Point><coordinates>46.905,39.995,0</coordinates></Point></Placemark>
      <Placemark><name>road</name><LineString><coordinates>46,39 46.5,39.5</coordinates></LineString></Placemark>
      <Placemark><name>no geometry</name></Placemark>
    </Folder>
  </Document>
</kml>`;

const GPX = `<?xml version="1.0"?>
<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">
  <wpt lat="39.995" lon="46.905"><name>UXO</name></wpt>
  <trk>
    <name>walked boundary</name>
    <trkseg>
      <trkpt lat="39.99" lon="46.90"><ele>612</ele></trkpt>
      <trkpt lat="39.99" lon="46.91"><ele>615</ele></trkpt>
      <trkpt lat="40.00" lon="46.91"><ele>611</ele></trkpt>
      <trkpt lat="39.99" lon="46.90"><ele>609</ele></trkpt>
    </trkseg>
  </trk>
  <trk>
    <name>two fields</name>
    <trkseg><trkpt lat="1" lon="2"/><trkpt lat="1" lon="3"/><trkpt lat="2" lon="3"/><trkpt lat="1" lon="2"/></trkseg>
    <trkseg><trkpt lat="5" lon="2"/><trkpt lat="5" lon="3"/><trkpt lat="6" lon="3"/><trkpt lat="5" lon="2"/></trkseg>
  </trk>
  <rte><name>approach</name><rtept lat="39" lon="46"/><rtept lat="39.5" lon="46.5"/></rte>
</gpx>`;

describe('readKmlOrGpx reads KML', () => {
  test('every Placemark in document order, closed lines as polygons, properties from ExtendedData', async () => {
    const parsed = await readKmlOrGpx(KML, 'zones.kml');
    expect(parsed.format).toBe('kml');
    expect(parsed.issues).toEqual([]);
    const features = parsed.features as Array<{ geometry: unknown; properties: Record<string, unknown> }>;
    expect(features.map((feature) => feature.properties.name)).toEqual(['T-0042', 'H-7', 'AP mine', 'road', 'no geometry']);
    expect(features[0].properties).toMatchObject({ status: 'cleared', apMines: '3' });
    expect(features[0].geometry).toEqual({
      type: 'Polygon',
      coordinates: [[[46.9, 39.99], [46.91, 39.99], [46.91, 40], [46.9, 39.99]]],
    });
    expect(features[1].geometry).toEqual({
      type: 'Polygon',
      coordinates: [
        [[47, 39], [47.1, 39], [47.1, 39.1], [47, 39.1], [47, 39]],
        [[47.02, 39.02], [47.02, 39.04], [47.04, 39.04], [47.02, 39.02]],
      ],
    });
    expect(features[2].geometry).toEqual({ type: 'Point', coordinates: [46.905, 39.995, 0] });
    expect(features[3].geometry).toEqual({ type: 'LineString', coordinates: [[46, 39], [46.5, 39.5]] });
    expect(features[4].geometry).toBeNull();
  });

  test('a KML file without Placemarks is empty', async () => {
    const parsed = await readKmlOrGpx('<kml xmlns="http://www.opengis.net/kml/2.2"><Document/></kml>', 'none.kml');
    expect(parsed).toEqual({
      format: 'kml',
      features: [],
      declaredCrs: null,
      reprojected: false,
      issues: [{ code: 'empty', severity: 'error', feature: null, id: null, message: 'none.kml holds no Placemarks; there is nothing to measure.' }],
    });
  });
});

describe('readKmlOrGpx reads GPX', () => {
  test('a closed track becomes a Polygon keeping its elevations; waypoints stay Points; open routes stay lines', async () => {
    const parsed = await readKmlOrGpx(GPX, 'walk.gpx');
    expect(parsed.format).toBe('gpx');
    const features = parsed.features as Array<{ geometry: unknown; properties: Record<string, unknown> }>;
    expect(features.map((feature) => feature.properties.name)).toEqual(['walked boundary', 'two fields', 'approach', 'UXO']);
    expect(features[0].geometry).toEqual({
      type: 'Polygon',
      coordinates: [[[46.9, 39.99, 612], [46.91, 39.99, 615], [46.91, 40, 611], [46.9, 39.99, 609]]],
    });
    expect(features[1].geometry).toEqual({
      type: 'MultiPolygon',
      coordinates: [[[[2, 1], [3, 1], [3, 2], [2, 1]]], [[[2, 5], [3, 5], [3, 6], [2, 5]]]],
    });
    expect(features[2].geometry).toEqual({ type: 'LineString', coordinates: [[46, 39], [46.5, 39.5]] });
    expect(features[3].geometry).toEqual({ type: 'Point', coordinates: [46.905, 39.995] });
  });

  test('a GPX file with nothing in it is empty', async () => {
    const parsed = await readKmlOrGpx('<gpx version="1.1" creator="x"></gpx>', 'none.gpx');
    expect(parsed.issues.map((issue) => issue.message)).toEqual(['none.gpx holds no tracks, routes or waypoints; there is nothing to measure.']);
  });
});

describe('readKmlOrGpx rejects other XML', () => {
  test('XML that is neither KML nor GPX is unreadable-file, naming its root element', async () => {
    const parsed = await readKmlOrGpx('<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0"/></svg>', 'drawing.kml');
    expect(parsed).toEqual({
      format: null,
      features: [],
      declaredCrs: null,
      reprojected: false,
      issues: [
        {
          code: 'unreadable-file',
          severity: 'error',
          feature: null,
          id: null,
          message:
            'drawing.kml is XML whose root element is <svg>, neither KML (<kml>) nor GPX (<gpx>); export the zones as KML, GPX, GeoJSON or a zipped shapefile.',
        },
      ],
    });
  });

  test('XML that is not well-formed is unreadable-file, quoting the parser', async () => {
    const parsed = await readKmlOrGpx('<kml><Placemark><name>cut', 'cut.kml');
    expect(parsed.issues).toHaveLength(1);
    expect(parsed.issues[0].code).toBe('unreadable-file');
    expect(parsed.issues[0].message).toMatch(/^cut\.kml looks like XML but is not well-formed \(.*unclosed xml tag.*\); export it again as KML or GPX\.$/);
  });
});

describe('readKmlOrGpx with a platform DOMParser (as in browsers)', () => {
  const original = globalThis.DOMParser;
  afterEach(() => {
    globalThis.DOMParser = original;
  });

  test('uses globalThis.DOMParser when there is one', async () => {
    let calls = 0;
    globalThis.DOMParser = class {
      parseFromString(text: string, type: string) {
        calls++;
        return new XmlDomParser().parseFromString(text, type);
      }
    } as unknown as typeof DOMParser;
    const parsed = await readKmlOrGpx(GPX, 'walk.gpx');
    expect(calls).toBe(1);
    expect(parsed.features).toHaveLength(4);
  });

  test('reports the <parsererror> document browsers return for malformed XML', async () => {
    // Chromium's own wording, which it puts inside a <parsererror> element instead of throwing.
    const browserError =
      '<html xmlns="http://www.w3.org/1999/xhtml"><body><parsererror><h3>This page contains the following errors:</h3><div>error on line 1 at column 27: Extra content at the end of the document\n</div></parsererror></body></html>';
    globalThis.DOMParser = class {
      parseFromString() {
        return new XmlDomParser().parseFromString(browserError, 'application/xml');
      }
    } as unknown as typeof DOMParser;
    const parsed = await readKmlOrGpx('<kml></kml><kml></kml>', 'twice.kml');
    expect(parsed.issues.map((issue) => issue.message)).toEqual([
      'twice.kml looks like XML but is not well-formed (This page contains the following errors:error on line 1 at column 27: Extra content at the end of the document); export it again as KML or GPX.',
    ]);
  });
});

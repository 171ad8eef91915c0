import { test } from 'vitest';
import { loadZones } from './load-zones.js';
import fixture from '../../test/fixtures/utm-points.json' with { type: 'json' };
test('e2e', async () => {
  const p = fixture.sets.utm38n.points;
  const ring = [p[0].projected, p[4].projected, p[10].projected, p[0].projected];
  const text = JSON.stringify({ type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::32638' } }, features: [{ type: 'Feature', properties: { id: 'A', status: 'cleared' }, geometry: { type: 'Polygon', coordinates: [ring] } }, 5] });
  const r = await loadZones(text, { fileName: 'utm.geojson' });
  console.log(JSON.stringify({ accepted: r.accepted, rejected: r.rejected, issues: r.issues, c: r.zones[0]?.geometry.coordinates }));
  const g = `<gpx version="1.1" creator="x"><trk><name>walk</name><trkseg><trkpt lat="40" lon="46"/><trkpt lat="40" lon="46.01"/><trkpt lat="40.01" lon="46.01"/><trkpt lat="40" lon="46"/></trkseg></trk><wpt lat="40" lon="46"/></gpx>`;
  const r2 = await loadZones(g, { fileName: 'walk.gpx' });
  console.log(JSON.stringify({ accepted: r2.accepted, rejected: r2.rejected, issues: r2.issues.map((i) => i.message) }));
});

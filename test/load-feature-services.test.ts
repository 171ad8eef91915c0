import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runCli } from './run-cli.js';
import { loadZones, PackedZones, urlSource } from '../src/index.js';

// Seven cleared zones, 0.01° squares along the equator; zone 4 has a status nobody knows, so that
// its issue shows where feature indexes land across pages.
const FEATURES = Array.from({ length: 7 }, (_, index) => ({
  type: 'Feature',
  id: index + 1,
  properties: { OBJECTID: index + 1, status: index === 4 ? 'Mystery' : 'cleared', endDate: '2024-05-25' },
  geometry: { type: 'Polygon', coordinates: [[[index, 0], [index + 0.01, 0], [index + 0.01, 0.01], [index, 0.01], [index, 0]]] },
}));
// 2024-05-25T00:00:00Z as ArcGIS writes a date field: epoch milliseconds.
const EPOCH_MS = 1_716_595_200_000;

let server: Server;
let base: string;
const requests: URL[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push(url);
    route(url, request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function route(url: URL, request: IncomingMessage, response: ServerResponse): void {
  const send = (body: unknown, status = 200) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  };
  const arcgis = /^\/arcgis\/rest\/services\/(\w+)\/FeatureServer\/0(\/query)?$/.exec(url.pathname);
  if (arcgis) {
    const [, service, query] = arcgis;
    if (service === 'Locked') return send({ error: { code: 499, message: 'Token Required', details: [] } });
    if (!query) return send({ maxRecordCount: 3, objectIdField: 'OBJECTID', advancedQueryCapabilities: { supportsPagination: service !== 'Old' } });
    // "Stuck" ignores resultOffset, as a server without paging would.
    const offset = service === 'Stuck' ? 0 : Number(url.searchParams.get('resultOffset'));
    const count = Number(url.searchParams.get('resultRecordCount'));
    if (service === 'Broken' && offset >= 3) return send({ error: 'down' }, 500);
    if (service === 'Invalid' && offset >= 3) return send({ error: { code: 400, message: 'Invalid or missing input parameters.', details: ['resultOffset'] } });
    const page = FEATURES.slice(offset, offset + count).map((feature) =>
      service === 'Online' ? { ...feature, properties: { ...feature.properties, endDate: EPOCH_MS } } : feature,
    );
    const exceeded = service === 'Stuck' || offset + count < FEATURES.length;
    // ArcGIS Online puts the flag in "properties"; Enterprise at the top.
    if (service === 'Online') return send({ type: 'FeatureCollection', properties: { exceededTransferLimit: exceeded }, features: page });
    return send({ type: 'FeatureCollection', exceededTransferLimit: exceeded, features: page });
  }
  const ogc = /^\/ogc\/collections\/(\w+)\/items$/.exec(url.pathname);
  if (ogc) {
    const collection = ogc[1];
    const offset = Number(url.searchParams.get('offset') ?? 0);
    const limit = Number(url.searchParams.get('limit'));
    if (collection === 'broken' && offset > 0) return send({ code: 'ServerError' }, 503);
    if (collection === 'strict' && limit > 5) return send({ code: 'InvalidParameterValue', description: 'limit must be between 1 and 5' }, 400);
    const features = FEATURES.slice(offset, offset + limit);
    const links = [{ rel: 'self', href: url.pathname + url.search, type: 'application/geo+json' }];
    if (collection === 'loop') links.push({ rel: 'next', href: url.pathname + url.search, type: 'application/geo+json' });
    else if (offset + limit < FEATURES.length) {
      // An HTML next link first, as servers that offer both list them: the GeoJSON one is followed.
      links.push({ rel: 'next', href: `items?offset=${offset + limit}&limit=${limit}&f=html`, type: 'text/html' });
      links.push({ rel: 'next', href: `items?offset=${offset + limit}&limit=${limit}`, type: 'application/geo+json' });
    }
    expect(request.headers.accept).toContain('application/geo+json');
    return send({ type: 'FeatureCollection', numberReturned: features.length, links, features });
  }
  send({ error: 'not found' }, 404);
}

const idsOf = (zones: readonly { id?: unknown }[]) => zones.map((zone) => zone.id);

describe('ArcGIS REST layers', () => {
  test('reads every page of a FeatureServer layer in order, with feature indexes running on across pages', async () => {
    requests.length = 0;
    const result = await loadZones(urlSource(`${base}/arcgis/rest/services/Hazards/FeatureServer/0`));
    expect(result.fileName).toBe(`${base}/arcgis/rest/services/Hazards/FeatureServer/0`);
    expect(idsOf(result.zones)).toEqual([1, 2, 3, 4, 6, 7]);
    expect([result.accepted, result.rejected]).toEqual([6, 1]);
    const unknown = result.issues.find((issue) => issue.code === 'unknown-status');
    expect(unknown?.feature).toBe(4);
    // The layer description, then pages of maxRecordCount (3) features ordered by the object id.
    expect(requests.map((url) => [url.pathname.endsWith('/query') ? 'query' : 'layer', url.searchParams.get('f'), url.searchParams.get('resultOffset')])).toEqual([
      ['layer', 'json', null],
      ['query', 'geojson', '0'],
      ['query', 'geojson', '3'],
      ['query', 'geojson', '6'],
    ]);
    const query = requests[1].searchParams;
    expect([query.get('where'), query.get('outFields'), query.get('resultRecordCount'), query.get('orderByFields')]).toEqual(['1=1', '*', '3', 'OBJECTID']);
  });

  test('keeps the where clause and token of a /query URL on every page, and a smaller page size', async () => {
    requests.length = 0;
    const result = await loadZones(urlSource(`${base}/arcgis/rest/services/Hazards/FeatureServer/0/query?where=status%3D'cleared'&token=s3cret`, {}, { pageSize: 2 }));
    expect(result.accepted + result.rejected).toBe(7);
    expect(requests).toHaveLength(5);
    for (const url of requests) expect(url.searchParams.get('token')).toBe('s3cret');
    for (const url of requests.slice(1)) expect([url.searchParams.get('where'), url.searchParams.get('resultRecordCount')]).toEqual(["status='cleared'", '2']);
  });

  test('passes dates written as epoch milliseconds through unchanged, reading the flag ArcGIS Online puts in "properties"', async () => {
    const source = urlSource(`${base}/arcgis/rest/services/Online/FeatureServer/0`);
    const collection = JSON.parse(new TextDecoder().decode(await source.read())) as { features: Array<{ properties: { endDate: unknown } }> };
    expect(collection.features).toHaveLength(7);
    expect(collection.features.map((feature) => feature.properties.endDate)).toEqual(Array(7).fill(EPOCH_MS));
    const result = await loadZones(source);
    expect(result.zones.map((zone) => zone.properties.source.endDate)).toEqual(Array(6).fill(EPOCH_MS));
  });

  test('a server that fails mid-way rejects the whole load naming the page, and leaves nothing in the zone store', async () => {
    const zones = new PackedZones();
    await expect(loadZones(urlSource(`${base}/arcgis/rest/services/Broken/FeatureServer/0`), { zoneSink: zones })).rejects.toThrow(
      `cannot read ${base}/arcgis/rest/services/Broken/FeatureServer/0: page 2 (resultOffset 3) failed with HTTP 500 Internal Server Error; load again later: nothing was counted`,
    );
    expect(zones.length).toBe(0);
  });

  test('an ArcGIS error body sent with HTTP 200 is a clear error, on the layer description or on a page', async () => {
    await expect(loadZones(urlSource(`${base}/arcgis/rest/services/Locked/FeatureServer/0?token=old`))).rejects.toThrow(
      `cannot read ${base}/arcgis/rest/services/Locked/FeatureServer/0: the layer description (?f=json) was answered with ArcGIS error 499: Token Required; nothing was counted`,
    );
    await expect(loadZones(urlSource(`${base}/arcgis/rest/services/Invalid/FeatureServer/0`))).rejects.toThrow(
      'page 2 (resultOffset 3) was answered with ArcGIS error 400: Invalid or missing input parameters. (resultOffset); nothing was counted',
    );
  });

  test('a server that ignores resultOffset is stopped at its second page', async () => {
    await expect(loadZones(urlSource(`${base}/arcgis/rest/services/Stuck/FeatureServer/0`))).rejects.toThrow(
      'page 2 (resultOffset 3) starts with the same feature (id 1) as the page before; the server ignores resultOffset',
    );
  });

  test('a layer that cannot page says so instead of reading its first page forever', async () => {
    await expect(loadZones(urlSource(`${base}/arcgis/rest/services/Old/FeatureServer/0`))).rejects.toThrow(
      'this layer cannot be read in pages (its server does not support resultOffset',
    );
  });
});

describe('OGC API – Features collections', () => {
  test('follows the GeoJSON next links, with feature indexes running on across pages', async () => {
    requests.length = 0;
    const result = await loadZones(urlSource(`${base}/ogc/collections/hazards/items`, {}, { pageSize: 3 }));
    expect(idsOf(result.zones)).toEqual([1, 2, 3, 4, 6, 7]);
    expect(result.issues.find((issue) => issue.code === 'unknown-status')?.feature).toBe(4);
    expect(requests.map((url) => url.search)).toEqual(['?limit=3', '?offset=3&limit=3', '?offset=6&limit=3']);
  });

  test('a next link that leads back to a page already read ends with an error, not a loop', async () => {
    await expect(loadZones(urlSource(`${base}/ogc/collections/loop/items?limit=2`))).rejects.toThrow(
      `cannot read ${base}/ogc/collections/loop/items: the next link of page 1 (${base}/ogc/collections/loop/items?limit=2) leads back to a page already read`,
    );
  });

  test('a server that fails mid-way rejects the whole load naming the page URL', async () => {
    const zones = new PackedZones();
    await expect(loadZones(urlSource(`${base}/ogc/collections/broken/items?limit=3&api_key=k`), { zoneSink: zones })).rejects.toThrow(
      `cannot read ${base}/ogc/collections/broken/items: page 2 (${base}/ogc/collections/broken/items?offset=3&limit=3) failed with HTTP 503 Service Unavailable`,
    );
    expect(zones.length).toBe(0);
  });

  test("an HTTP error quotes the server's own explanation", async () => {
    await expect(loadZones(urlSource(`${base}/ogc/collections/strict/items`))).rejects.toThrow(
      `cannot read ${base}/ogc/collections/strict/items: page 1 (${base}/ogc/collections/strict/items?limit=1000) failed with HTTP 400 Bad Request (limit must be between 1 and 5); check the URL and its parameters (a smaller pageSize, if the server names the limit): nothing was counted`,
    );
  });

  test('bounds the number of pages', async () => {
    await expect(loadZones(urlSource(`${base}/ogc/collections/hazards/items`, {}, { pageSize: 1, maxPages: 4 }))).rejects.toThrow(
      'the collection still had a next page after 4 pages; raise maxPages',
    );
  });
});

const run = (...argv: string[]) => runCli(argv);

describe('the CLI with service URLs', () => {
  test('report reads an argument starting with http:// as a URL and counts every page', async () => {
    const { code, stdout } = await run('report', `${base}/ogc/collections/hazards/items`, '--format', 'json');
    expect(code).toBe(0);
    const summary = JSON.parse(stdout) as { features: { accepted: number; rejected: number } };
    expect(summary.features).toMatchObject({ accepted: 6, rejected: 1 });
  });

  test('report reads regions from a service URL too, each row with its feature id', async () => {
    const { code, stdout } = await run('report', `${base}/ogc/collections/hazards/items`, '--regions', `${base}/arcgis/rest/services/Hazards/FeatureServer/0`, '--format', 'json');
    expect(code).toBe(0);
    const summary = JSON.parse(stdout) as { regions: Array<{ id: string | null }> };
    expect(summary.regions.map((row) => row.id)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });

  test('validate of a service that fails mid-way exits 1 with one sentence and no stack trace', async () => {
    const { code, stdout, stderr } = await run('validate', `${base}/arcgis/rest/services/Broken/FeatureServer/0`);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `cleared-land validate: cannot read ${base}/arcgis/rest/services/Broken/FeatureServer/0: page 2 (resultOffset 3) failed with HTTP 500 Internal Server Error; load again later: nothing was counted\n`,
    );
  });
});

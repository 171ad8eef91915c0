import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { urlSource } from './url-source.js';

let server: Server;
let base: string;
const BODY = '{"type":"FeatureCollection","features":[]}';

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url?.startsWith('/zones.geojson')) {
      response.writeHead(200, { 'content-type': 'application/geo+json' });
      response.end(request.headers.authorization === 'Bearer t0ken' ? BODY.replace('[]', '[ ]') : BODY);
    } else if (request.url === '/slow.geojson' || request.url?.startsWith('/slow/collections/')) {
      response.writeHead(200);
      response.write('{');
      // Never finishes: only an abort ends this request.
    } else {
      response.writeHead(404, 'Not Found');
      response.end('missing');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('urlSource', () => {
  test('fetches the bytes, and is named by the URL without query or fragment', async () => {
    const source = urlSource(`${base}/zones.geojson?signature=secret#top`);
    expect(source.name).toBe(`${base}/zones.geojson`);
    expect(new TextDecoder().decode(await source.read())).toBe(BODY);
  });

  test('accepts a URL object and passes init to fetch', async () => {
    const source = urlSource(new URL('/zones.geojson', base), { headers: { authorization: 'Bearer t0ken' } });
    expect(new TextDecoder().decode(await source.read())).toBe('{"type":"FeatureCollection","features":[ ]}');
  });

  test('an HTTP error names the URL and the status', async () => {
    await expect(urlSource(`${base}/missing.geojson`).read()).rejects.toThrow(`cannot read ${base}/missing.geojson: HTTP 404 Not Found`);
  });

  test('a network error names the URL and what to check', async () => {
    // Port 9 (discard) on localhost: nothing listens there in the test environment.
    await expect(urlSource('http://127.0.0.1:9/zones.geojson').read()).rejects.toThrow(
      /^cannot read http:\/\/127\.0\.0\.1:9\/zones\.geojson: the request failed \(fetch failed: .*\); check the address, the network and, in a browser, that the server allows cross-origin requests \(CORS\)$/,
    );
  });

  test('aborts with the signal given to read() or to init', async () => {
    const reading = new AbortController();
    const pending = urlSource(`${base}/slow.geojson`).read(reading.signal);
    setTimeout(() => reading.abort(new Error('newer file chosen')), 20);
    await expect(pending).rejects.toThrow('newer file chosen');

    const fromInit = new AbortController();
    const pendingInit = urlSource(`${base}/slow.geojson`, { signal: fromInit.signal }).read(new AbortController().signal);
    setTimeout(() => fromInit.abort(new Error('page closed')), 20);
    await expect(pendingInit).rejects.toThrow('page closed');
  });

  test('throws, naming the argument, for an empty URL', () => {
    expect(() => urlSource('')).toThrow('urlSource: url must be a non-empty string or URL; got ""');
  });

  test('throws, naming the option, for a page size or page limit that is not a whole number ≥ 1', () => {
    expect(() => urlSource(`${base}/ogc/collections/x/items`, {}, { pageSize: 0 })).toThrow('urlSource: pageSize must be a whole number ≥ 1; got 0');
    expect(() => urlSource(`${base}/ogc/collections/x/items`, {}, { maxPages: 1.5 })).toThrow('urlSource: maxPages must be a whole number ≥ 1; got 1.5');
  });

  test('a service URL can stream, and aborts with the signal given to read()', async () => {
    const source = urlSource(`${base}/slow/collections/x/items`);
    expect(typeof source.stream).toBe('function');
    const reading = new AbortController();
    const pending = source.read(reading.signal);
    setTimeout(() => reading.abort(new Error('newer file chosen')), 20);
    await expect(pending).rejects.toThrow('newer file chosen');
  });
});

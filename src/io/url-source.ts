import { arcgisFeaturePages } from './arcgis-feature-pages.js';
import { detectService } from './detect-service.js';
import { ogcFeaturePages } from './ogc-feature-pages.js';
import type { ZoneSource } from './zone-source.js';
import { concatBytes } from './concat-bytes.js';

/** Options of {@link urlSource}, used when the URL is a feature service. */
export interface UrlSourceOptions {
  /** Features asked for per page; an ArcGIS layer's own maxRecordCount caps it. */
  pageSize: number;
  /** More pages than this is an error rather than a download without end. */
  maxPages: number;
}

/** Defaults of {@link UrlSourceOptions}. */
export const defaultUrlSourceOptions: UrlSourceOptions = {
  // ArcGIS Online's usual maxRecordCount for GeoJSON, and a page of a few megabytes.
  pageSize: 1000,
  // A million features at the default page size.
  maxPages: 1000,
};

/**
 * A source that fetches a file, or every feature of a feature service, from a URL. Messages name
 * the URL without its query string or fragment, so that signed URLs do not leak their tokens
 * into reports.
 *
 * The path says which (see `detectService`):
 * - `…/FeatureServer/0` or `…/MapServer/0` (optionally `/query?where=…`): an ArcGIS REST layer,
 *   read in pages of `f=geojson` with `resultOffset` (as IMSMA Core serves data);
 * - `…/collections/ID/items`: an OGC API – Features collection, read by following `next` links;
 * - anything else: one file, read as it is.
 * A service's pages are read as one GeoJSON FeatureCollection (feature indexes run on across
 * pages), streamed page by page to `loadZones`.
 *
 * An HTTP error (status outside 200–299) rejects with an Error naming the URL and the status,
 * e.g. `cannot read https://example.org/zones.geojson: HTTP 404 Not Found`. A service that fails
 * on any page (HTTP error, an ArcGIS error body, a page that is not GeoJSON, a next link that loops)
 * rejects the whole load with one sentence naming the page, e.g. `cannot read …/FeatureServer/0:
 * page 3 (resultOffset 2000) failed with HTTP 500 Internal Server Error; …`: no zone of the earlier
 * pages is counted.
 *
 * @param url Absolute URL, or in a browser a URL relative to the page.
 * @param init Passed to `fetch` (headers, credentials…); its `signal` and the one given to
 *   `read()` both abort the request.
 * @param options Page size and page limit of feature services.
 * @example
 * const result = await loadZones(urlSource('https://example.org/data/zones.geojson'));
 * const hazards = await loadZones(urlSource('https://example.org/arcgis/rest/services/Hazards/FeatureServer/0'));
 */
export function urlSource(url: string | URL, init: RequestInit = {}, options: Partial<UrlSourceOptions> = {}): ZoneSource {
  const href = url instanceof URL ? url.href : url;
  if (typeof href !== 'string' || href.trim() === '') {
    throw new Error(`urlSource: url must be a non-empty string or URL; got ${JSON.stringify(url)}`);
  }
  const { pageSize, maxPages } = { ...defaultUrlSourceOptions, ...options };
  for (const [option, value] of [['pageSize', pageSize], ['maxPages', maxPages]] as const) {
    if (!Number.isSafeInteger(value) || value < 1) {
      throw new Error(`urlSource: ${option} must be a whole number ≥ 1; got ${JSON.stringify(value)}`);
    }
  }
  const name = href.replace(/[?#].*$/s, '');
  const service = serviceUrl(href);
  if (service !== null) {
    const pages = service.kind === 'arcgis-layer' ? arcgisFeaturePages : ogcFeaturePages;
    const stream = (signal?: AbortSignal): AsyncIterable<Uint8Array> =>
      featureCollectionChunks(pages(service.url, { name, init, signal: combineSignals(init.signal ?? undefined, signal), pageSize, maxPages }));
    return {
      name,
      async read(signal?: AbortSignal): Promise<Uint8Array> {
        const parts: Uint8Array[] = [];
        for await (const part of stream(signal)) parts.push(part);
        return concatBytes(parts);
      },
      stream,
    };
  }
  return {
    name,
    async read(signal?: AbortSignal): Promise<Uint8Array> {
      signal?.throwIfAborted();
      const combined = combineSignals(init.signal ?? undefined, signal);
      let response: Response;
      try {
        response = await fetch(href, { ...init, signal: combined });
      } catch (error) {
        if (combined?.aborted) throw combined.reason;
        // fetch rejects with a bare TypeError ("fetch failed") for DNS, CORS and network errors.
        const cause = (error as Error & { cause?: Error }).cause?.message;
        throw new Error(
          `cannot read ${name}: the request failed (${(error as Error).message}${cause ? `: ${cause}` : ''}); check the address, the network and, in a browser, that the server allows cross-origin requests (CORS)`,
          { cause: error },
        );
      }
      if (!response.ok) {
        throw new Error(`cannot read ${name}: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
      }
      return new Uint8Array(await response.arrayBuffer());
    },
  };
}

/** The URL and its kind when it addresses a feature service; null for a plain file (or a relative URL). */
function serviceUrl(href: string): { url: URL; kind: 'arcgis-layer' | 'ogc-features' } | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  const kind = detectService(url);
  return kind === null ? null : { url, kind };
}

/**
 * The pages' features as the UTF-8 text of one FeatureCollection, a page per chunk, so that every
 * page goes through the same streaming validation as a file and feature indexes run on.
 */
async function* featureCollectionChunks(pages: AsyncIterable<unknown[]>): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  yield encoder.encode('{"type":"FeatureCollection","features":[');
  let first = true;
  for await (const features of pages) {
    const text = features.map((feature) => JSON.stringify(feature) ?? 'null').join(',');
    yield encoder.encode(first ? text : `,${text}`);
    first = false;
  }
  yield encoder.encode(']}');
}


function combineSignals(a: AbortSignal | undefined, b: AbortSignal | undefined): AbortSignal | undefined {
  if (!a) return b;
  if (!b) return a;
  return AbortSignal.any([a, b]);
}

import { fetchServiceJson } from './fetch-service-json.js';

/** How {@link ogcFeaturePages} and `arcgisFeaturePages` read a service. */
export interface FeaturePageOptions {
  /** The service as messages name it (its URL without query string). */
  name: string;
  /** Passed to every `fetch` (headers, credentials…). */
  init: RequestInit;
  /** Aborts the request under way. */
  signal: AbortSignal | undefined;
  /** Features asked for per page (ArcGIS: at most the layer's maxRecordCount). */
  pageSize: number;
  /** More pages than this is an error rather than a download without end. */
  maxPages: number;
}

/**
 * The features of an OGC API – Features collection (`…/collections/ID/items`), page by page:
 * the items URL (with `limit` set to `pageSize` unless the URL names one, and
 * `Accept: application/geo+json`), then each page's `rel="next"` link (resolved against the page,
 * preferring a GeoJSON one), until a page has no next link or no features. Each yielded array is
 * one page's features.
 *
 * Rejects with one sentence naming the collection and the page for an HTTP error, a page that is
 * not a FeatureCollection, a next link leading back to a page already read (a server that would
 * otherwise be read forever), or more than `maxPages` pages.
 *
 * @example
 * for await (const features of ogcFeaturePages(new URL('https://example.org/collections/hazards/items'), options)) {
 *   console.log(features.length);
 * }
 */
export async function* ogcFeaturePages(url: URL, options: FeaturePageOptions): AsyncGenerator<unknown[]> {
  const { name, init, signal, pageSize, maxPages } = options;
  let pageUrl: URL | null = new URL(url.href);
  if (!pageUrl.searchParams.has('limit')) pageUrl.searchParams.set('limit', String(pageSize));
  const visited = new Set<string>();
  for (let pageNumber = 1; pageUrl !== null; pageNumber++) {
    const page = `page ${pageNumber} (${withoutCredentials(pageUrl)})`;
    if (pageNumber > maxPages) {
      throw new Error(`cannot read ${name}: the collection still had a next page after ${maxPages} pages; raise maxPages, or filter the collection in the URL`);
    }
    visited.add(pageUrl.href);
    const body = (await fetchServiceJson(pageUrl, { name, page, init, signal, accept: 'application/geo+json, application/json;q=0.9' })) as ItemsPage | null;
    const features = body?.features;
    if (body?.type !== 'FeatureCollection' || !Array.isArray(features)) {
      throw new Error(`cannot read ${name}: ${page} is not a GeoJSON FeatureCollection; check that the URL ends in /items and that the server offers GeoJSON (add ?f=json to the URL if it needs it)`);
    }
    if (features.length === 0) return;
    yield features;
    const next = nextLink(body.links, pageUrl);
    if (next !== null && visited.has(next.href)) {
      throw new Error(`cannot read ${name}: the next link of ${page} leads back to a page already read (${withoutCredentials(next)}); the server's paging is broken, so nothing was counted`);
    }
    pageUrl = next;
  }
}

/** The parts of an items page paging needs. */
interface ItemsPage {
  type?: unknown;
  features?: unknown;
  links?: unknown;
}

const JSON_TYPES = /^application\/(?:geo\+)?json\b/i;

/** The page's `next` link, resolved against the page; a GeoJSON one before one of no type; null when there is none. */
function nextLink(links: unknown, base: URL): URL | null {
  if (!Array.isArray(links)) return null;
  let untyped: URL | null = null;
  for (const link of links as Array<{ rel?: unknown; href?: unknown; type?: unknown } | null>) {
    if (link?.rel !== 'next' || typeof link.href !== 'string') continue;
    let href: URL;
    try {
      href = new URL(link.href, base);
    } catch {
      continue;
    }
    if (typeof link.type === 'string' && JSON_TYPES.test(link.type)) return href;
    if (link.type === undefined && untyped === null) untyped = href;
  }
  return untyped;
}

const CREDENTIAL_PARAMETER = /^(?:token|key|api[-_]?key|access[-_]?token|signature|sig|password)$/i;

/** The URL as messages show it: credentials in its query string are replaced by `…`. */
function withoutCredentials(url: URL): string {
  const shown = new URL(url.href);
  for (const key of [...shown.searchParams.keys()]) if (CREDENTIAL_PARAMETER.test(key)) shown.searchParams.set(key, '…');
  return decodeURI(shown.href);
}

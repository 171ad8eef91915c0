import type { ZoneSource } from './zone-source.js';

/**
 * A source that fetches the file from a URL. Messages name the URL without its query string or
 * fragment, so that signed URLs do not leak their tokens into reports.
 *
 * An HTTP error (status outside 200–299) rejects with an Error naming the URL and the status,
 * e.g. `cannot read https://example.org/zones.geojson: HTTP 404 Not Found`.
 *
 * @param url Absolute URL, or in a browser a URL relative to the page.
 * @param init Passed to `fetch` (headers, credentials…); its `signal` and the one given to
 *   `read()` both abort the request.
 * @example
 * const result = await loadZones(urlSource('https://example.org/data/zones.geojson'));
 */
export function urlSource(url: string | URL, init: RequestInit = {}): ZoneSource {
  const href = url instanceof URL ? url.href : url;
  if (typeof href !== 'string' || href.trim() === '') {
    throw new Error(`urlSource: url must be a non-empty string or URL; got ${JSON.stringify(url)}`);
  }
  const name = href.replace(/[?#].*$/s, '');
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

function combineSignals(a: AbortSignal | undefined, b: AbortSignal | undefined): AbortSignal | undefined {
  if (!a) return b;
  if (!b) return a;
  return AbortSignal.any([a, b]);
}

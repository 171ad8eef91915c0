/** What {@link fetchServiceJson} needs to make a request and to word its failures. */
export interface ServiceRequest {
  /** The service as messages name it (its URL without query string). */
  name: string;
  /** The page as messages name it, e.g. `page 3 (resultOffset 2000)`. */
  page: string;
  /** Passed to `fetch` (headers, credentials…); `Accept` is added when it has none. */
  init: RequestInit;
  /** Aborts the request. */
  signal: AbortSignal | undefined;
  /** The media types asked for, in the `Accept` header. */
  accept: string;
}

/**
 * Fetches one page of a feature service and parses it as JSON. Rejects with an Error of one
 * sentence naming the service, the page and what went wrong: the network, an HTTP status, a body
 * that is not JSON, or an ArcGIS error body (`{"error":{"code":…,"message":…}}`, which ArcGIS
 * servers send with HTTP 200). Rejects with the signal's reason on abort.
 *
 * @example
 * const body = await fetchServiceJson(new URL('https://example.org/arcgis/rest/services/H/FeatureServer/0?f=json'),
 *   { name: 'https://example.org/arcgis/rest/services/H/FeatureServer/0', page: 'the layer description', init: {}, signal: undefined, accept: 'application/json' });
 */
export async function fetchServiceJson(url: URL, request: ServiceRequest): Promise<unknown> {
  const { name, page, init, signal, accept } = request;
  const where = `cannot read ${name}: ${page}`;
  const headers = new Headers(init.headers);
  if (!headers.has('accept')) headers.set('accept', accept);
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers, signal });
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    const cause = (error as Error & { cause?: Error }).cause?.message;
    throw new Error(
      `${where} could not be fetched (${(error as Error).message}${cause ? `: ${cause}` : ''}); check the address and the network, and load again: nothing was counted`,
      { cause: error },
    );
  }
  if (!response.ok) {
    const reason = await serverReason(response);
    throw new Error(
      `${where} failed with HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}${reason === null ? '' : ` (${reason})`}; ${advice(response.status)}: nothing was counted`,
    );
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw new Error(`${where} was cut off while it arrived (${(error as Error).message}); load again: nothing was counted`, { cause: error });
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`${where} is not JSON (it starts ${JSON.stringify(text.slice(0, 40))}); check that the URL is the service's own and not a login page`);
  }
  const serviceError = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } } | null)?.error;
  if (serviceError !== null && typeof serviceError === 'object') {
    const details = Array.isArray(serviceError.details) ? serviceError.details.filter((detail) => typeof detail === 'string' && detail !== '') : [];
    const code = typeof serviceError.code === 'number' || typeof serviceError.code === 'string' ? ` ${serviceError.code}` : '';
    const message = typeof serviceError.message === 'string' ? serviceError.message : 'no message';
    throw new Error(
      `${where} was answered with ArcGIS error${code}: ${message}${details.length > 0 ? ` (${details.join('; ')})` : ''}; nothing was counted`,
    );
  }
  return body;
}

// Longest part of a server's own explanation quoted in a message.
const MAX_REASON_CHARACTERS = 200;

/** The server's own words for an HTTP error, when its body is an OGC or ArcGIS exception: null otherwise. */
async function serverReason(response: Response): Promise<string | null> {
  let body: { description?: unknown; error?: { message?: unknown } } | null;
  try {
    body = JSON.parse(await response.text()) as typeof body;
  } catch {
    return null;
  }
  const reason = typeof body?.description === 'string' ? body.description : typeof body?.error?.message === 'string' ? body.error.message : null;
  if (reason === null || reason.trim() === '') return null;
  const oneLine = reason.replace(/\s+/g, ' ').trim();
  return oneLine.length > MAX_REASON_CHARACTERS ? `${oneLine.slice(0, MAX_REASON_CHARACTERS)}…` : oneLine;
}

/** What to do about an HTTP error, by its class. */
function advice(status: number): string {
  if (status === 401 || status === 403) return 'the service needs credentials (a token in the URL, or headers in init)';
  if (status >= 400 && status < 500) return 'check the URL and its parameters (a smaller pageSize, if the server names the limit)';
  return 'load again later';
}

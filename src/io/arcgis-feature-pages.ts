import { fetchServiceJson, type ServiceRequest } from './fetch-service-json.js';
import type { FeaturePageOptions } from './ogc-feature-pages.js';

/**
 * The features of an ArcGIS REST layer (`…/FeatureServer/0` or `…/MapServer/0`, optionally with
 * `/query` and the user's own `where`, `outFields`, `token`…), page by page: first the layer's
 * description (`?f=json`) for its `maxRecordCount`, paging support and object id field, then
 * `query?where=1=1&outFields=*&f=geojson&resultOffset=N&resultRecordCount=M`, ordered by the object
 * id so that pages neither overlap nor skip, until a page says `exceededTransferLimit` is false
 * (or, when it does not say, until a page is short). Each yielded array is one page's features.
 *
 * Rejects with one sentence naming the layer and the page for an HTTP error, an ArcGIS error body,
 * a page that is not GeoJSON, a server that claims more features but sends none, a layer that
 * cannot page (ArcGIS Server before 10.3) or sends the same page again (it ignores
 * `resultOffset`), or more than `maxPages` pages.
 *
 * @example
 * for await (const features of arcgisFeaturePages(new URL('https://example.org/arcgis/rest/services/H/FeatureServer/0'), options)) {
 *   console.log(features.length);
 * }
 */
export async function* arcgisFeaturePages(url: URL, options: FeaturePageOptions): AsyncGenerator<unknown[]> {
  const { name, init, signal, pageSize, maxPages } = options;
  const layerPath = url.pathname.replace(/\/+$/, '').replace(/\/query$/i, '');
  const userParameters = new URLSearchParams(url.search);
  const request = (page: string): ServiceRequest => ({ name, page, init, signal, accept: 'application/geo+json, application/json;q=0.9' });

  const describeUrl = new URL(url.href);
  describeUrl.pathname = layerPath;
  describeUrl.search = '';
  // A token (and any other credential the user put in the URL) must go with every request.
  for (const [key, value] of userParameters) if (/^token$/i.test(key)) describeUrl.searchParams.set(key, value);
  describeUrl.searchParams.set('f', 'json');
  const layer = (await fetchServiceJson(describeUrl, request('the layer description (?f=json)'))) as LayerDescription | null;
  if (layer?.advancedQueryCapabilities?.supportsPagination === false) {
    throw new Error(
      `cannot read ${name}: this layer cannot be read in pages (its server does not support resultOffset, which needs ArcGIS Server 10.3 or later); export the layer to a file and load that instead`,
    );
  }
  const serverMaximum = positiveInteger(layer?.maxRecordCount);
  const recordCount = serverMaximum === null ? pageSize : Math.min(pageSize, serverMaximum);
  const objectIdField = typeof layer?.objectIdField === 'string' ? layer.objectIdField : null;

  const queryUrl = new URL(url.href);
  queryUrl.pathname = `${layerPath}/query`;
  const parameters = queryUrl.searchParams;
  if (!parameters.has('where')) parameters.set('where', '1=1');
  if (!parameters.has('outFields')) parameters.set('outFields', '*');
  if (!parameters.has('orderByFields') && objectIdField !== null) parameters.set('orderByFields', objectIdField);
  parameters.set('returnGeometry', 'true');
  parameters.set('outSR', '4326');
  parameters.set('f', 'geojson');
  parameters.set('resultRecordCount', String(recordCount));

  let offset = 0;
  let previousFirstId: unknown = undefined;
  for (let pageNumber = 1; ; pageNumber++) {
    const page = `page ${pageNumber} (resultOffset ${offset})`;
    if (pageNumber > maxPages) {
      throw new Error(`cannot read ${name}: the layer still had features after ${maxPages} pages; raise maxPages, or filter the layer with a where clause in the URL`);
    }
    parameters.set('resultOffset', String(offset));
    const body = (await fetchServiceJson(queryUrl, request(page))) as GeoJsonPage | null;
    const features = body?.features;
    if (body?.type !== 'FeatureCollection' || !Array.isArray(features)) {
      throw new Error(`cannot read ${name}: ${page} is not a GeoJSON FeatureCollection; the server may be older than ArcGIS Server 10.4, which added f=geojson: export the layer to a file and load that instead`);
    }
    // ArcGIS puts the flag at the top (Enterprise) or in "properties" (ArcGIS Online).
    const exceeded = body.exceededTransferLimit ?? body.properties?.exceededTransferLimit;
    if (features.length === 0) {
      if (exceeded === true) {
        throw new Error(`cannot read ${name}: ${page} holds no features although the server says more remain; nothing was counted, as the layer could not be read whole`);
      }
      return;
    }
    // A server that ignores resultOffset sends its first page again and again: stop at the second.
    const firstId = (features[0] as { id?: unknown } | null)?.id;
    if (firstId !== undefined && firstId !== null && firstId === previousFirstId) {
      throw new Error(`cannot read ${name}: ${page} starts with the same feature (id ${String(firstId)}) as the page before; the server ignores resultOffset, so nothing was counted: export the layer to a file and load that instead`);
    }
    previousFirstId = firstId;
    yield features;
    const more = exceeded === true || (exceeded === undefined && features.length >= recordCount);
    if (!more) return;
    offset += features.length;
  }
}

/** The parts of an ArcGIS layer description (`?f=json`) paging needs. */
interface LayerDescription {
  maxRecordCount?: unknown;
  objectIdField?: unknown;
  advancedQueryCapabilities?: { supportsPagination?: unknown };
}

/** The parts of an `f=geojson` query answer paging needs. */
interface GeoJsonPage {
  type?: unknown;
  features?: unknown;
  exceededTransferLimit?: unknown;
  properties?: { exceededTransferLimit?: unknown };
}

function positiveInteger(value: unknown): number | null {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : null;
}

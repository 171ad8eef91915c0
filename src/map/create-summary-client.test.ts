import { describe, expect, it, vi } from 'vitest';
import { createSummaryClient } from './create-summary-client.js';
import type { SummaryRequest, SummaryResult } from './run-summary-request.js';
import type { SummaryWorkerRequest, SummaryWorkerResponse } from './summary-messages.js';
import type { LoadResult, ZoneFeature } from '../index.js';

/** A stand-in for a Worker: records what is posted and lets the test answer or fail. */
class FakeWorker extends EventTarget {
  readonly posted: Array<Extract<SummaryWorkerRequest, { request: unknown }>> = [];
  terminated = false;
  readonly chunks: Array<Extract<SummaryWorkerRequest, { zoneChunk: unknown }>> = [];
  postMessage(message: SummaryWorkerRequest) {
    if ('zoneChunk' in message) this.chunks.push(message);
    else this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  answer(response: SummaryWorkerResponse) {
    if (!this.terminated) this.dispatchEvent(new MessageEvent('message', { data: response }));
  }
  crash() {
    this.dispatchEvent(new Event('error'));
  }
}

function fakeFactory() {
  const workers: FakeWorker[] = [];
  const createWorker = () => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker as unknown as Worker;
  };
  return { workers, createWorker };
}

// A 0.001° square at the equator: pyproj Geod(ellps="WGS84") gives 12,309.072 m².
const SQUARE: ZoneFeature = {
  type: 'Feature',
  geometry: { type: 'Polygon', coordinates: [[[0, 0], [0.001, 0], [0.001, 0.001], [0, 0.001], [0, 0]]] },
  properties: {
    id: 'C-1', status: 'cleared', hazardId: null, method: 'clearance', startDate: null, endDate: '2024-01-10',
    region: 'North', organisation: null, reportedAreaM2: null, featureIndex: 0, source: {},
    apMines: 0, atMines: 0, uxo: 0, otherItems: 0,
  },
};
const LOADED: LoadResult = { fileName: 'zones.geojson', format: 'geojson', zones: [SQUARE], issues: [], accepted: 1, rejected: 0 };
const REQUEST: SummaryRequest = { zones: { loaded: LOADED }, regions: null };

function resultNamed(fileName: string): SummaryResult {
  return { load: { ...LOADED, fileName }, regions: null, regionLoad: null, summary: {} as SummaryResult['summary'] };
}

describe('createSummaryClient', () => {
  it('posts the request to the worker and delivers its answer', async () => {
    const { workers, createWorker } = fakeFactory();
    const client = createSummaryClient({ createWorker });
    const running = client.run(REQUEST);
    expect(workers).toHaveLength(1);
    const [{ id, request }] = workers[0].posted;
    expect(request).toEqual(REQUEST);
    workers[0].answer({ id, ok: true, result: resultNamed('first') });
    await expect(running).resolves.toEqual(resultNamed('first'));
    expect(client.getMode()).toBe('worker');
  });

  it('cancels a running request when a newer one comes: AbortError, busy worker terminated, stale answer dropped', async () => {
    const { workers, createWorker } = fakeFactory();
    const client = createSummaryClient({ createWorker });
    const older = client.run(REQUEST);
    const olderId = workers[0].posted[0].id;
    const newer = client.run(REQUEST);
    await expect(older).rejects.toMatchObject({ name: 'AbortError' });
    expect(workers[0].terminated).toBe(true);
    expect(workers).toHaveLength(2);
    const newerId = workers[1].posted[0].id;
    expect(newerId).not.toBe(olderId);
    // Even if an answer for the older id reached the new worker, it must not be delivered.
    workers[1].answer({ id: olderId, ok: true, result: resultNamed('stale') });
    workers[1].answer({ id: newerId, ok: true, result: resultNamed('fresh') });
    await expect(newer).resolves.toEqual(resultNamed('fresh'));
  });

  it('reuses an idle worker instead of starting another', async () => {
    const { workers, createWorker } = fakeFactory();
    const client = createSummaryClient({ createWorker });
    const first = client.run(REQUEST);
    workers[0].answer({ id: workers[0].posted[0].id, ok: true, result: resultNamed('one') });
    await first;
    const second = client.run(REQUEST);
    expect(workers).toHaveLength(1);
    workers[0].answer({ id: workers[0].posted[1].id, ok: true, result: resultNamed('two') });
    await expect(second).resolves.toEqual(resultNamed('two'));
  });

  it('rejects with the worker’s message when loading fails', async () => {
    const { workers, createWorker } = fakeFactory();
    const client = createSummaryClient({ createWorker });
    const running = client.run(REQUEST);
    workers[0].answer({ id: workers[0].posted[0].id, ok: false, message: 'cannot read zones.geojson: HTTP 404 Not Found' });
    await expect(running).rejects.toThrow('cannot read zones.geojson: HTTP 404 Not Found');
  });

  it('finishes on the main thread when the worker cannot start, and stays there', async () => {
    const { workers, createWorker } = fakeFactory();
    const client = createSummaryClient({ createWorker });
    const running = client.run({ ...REQUEST, summarize: { to: '2024-12-31' } });
    workers[0].crash();
    const { summary } = await running;
    expect(client.getMode()).toBe('main-thread');
    expect(summary.totals.clearedHa).toBeCloseTo(1.2309072, 6);
    expect(summary.period).toEqual({ from: null, to: '2024-12-31' });
    await client.run(REQUEST);
    expect(workers).toHaveLength(1);
  });

  it('runs on the main thread when the factory throws (e.g. a CSP forbids the worker)', async () => {
    const client = createSummaryClient({
      createWorker: () => {
        throw new DOMException('blocked by Content-Security-Policy', 'SecurityError');
      },
    });
    const { summary } = await client.run(REQUEST);
    expect(summary.totals.clearedHa).toBeCloseTo(1.2309072, 6);
    expect(client.getMode()).toBe('main-thread');
  });

  it('reports the worker’s progress and puts the zones and findings sent in chunks back into the result', async () => {
    const { workers, createWorker } = fakeFactory();
    const client = createSummaryClient({ createWorker });
    const progress: string[] = [];
    const running = client.run(
      { zones: { url: 'http://127.0.0.1/zones.geojson' }, regions: null },
      { onProgress: ({ stage, measuredZones, totalZones }) => progress.push(`${stage} ${measuredZones}/${totalZones}`) },
    );
    const { id } = workers[0].posted[0];
    workers[0].answer({ id, progress: { stage: 'loading', measuredZones: 0, totalZones: 0 } });
    workers[0].answer({ id, zoneChunk: [SQUARE] });
    workers[0].answer({ id, zoneChunk: [{ ...SQUARE, properties: { ...SQUARE.properties, featureIndex: 1 } }] });
    workers[0].answer({ id, progress: { stage: 'measuring', measuredZones: 2, totalZones: 2 } });
    const finding = (feature: number) => ({ code: 'reported-area-mismatch', severity: 'warning', feature, id: null, message: `zone ${feature}` }) as const;
    workers[0].answer({ id, issueChunk: [finding(0)] });
    workers[0].answer({ id, issueChunk: [finding(1)] });
    const summary = { issues: [] } as unknown as SummaryResult['summary'];
    workers[0].answer({ id, ok: true, result: { load: { ...LOADED, zones: [] }, regions: null, regionLoad: null, summary }, zones: 'chunks', issues: 'chunks' });
    const result = await running;
    expect(progress).toEqual(['loading 0/0', 'measuring 2/2']);
    expect(result.load.zones.map((zone) => zone.properties.featureIndex)).toEqual([0, 1]);
    expect(result.summary.issues.map((issue) => issue.feature)).toEqual([0, 1]);
  });

  it('sends zones the worker already keeps by key, and gives back the caller’s own LoadResult', async () => {
    const { workers, createWorker } = fakeFactory();
    const client = createSummaryClient({ createWorker });
    const first = client.run(REQUEST);
    workers[0].answer({ id: workers[0].posted[0].id, ok: true, result: { ...resultNamed('x'), load: { ...LOADED, zones: [] } }, zones: 'request' });
    expect((await first).load).toBe(LOADED);
    const second = client.run({ ...REQUEST, summarize: { to: '2024-01-31' } });
    const posted = workers[0].posted[1];
    expect(posted.request.zones).toEqual({ held: posted.datasetKey });
    // The worker no longer keeps them: the client sends them whole once more.
    workers[0].answer({ id: posted.id, ok: false, message: 'not kept', notKept: true });
    expect(workers[0].posted[2].request.zones).toEqual({ loaded: LOADED });
    workers[0].answer({ id: posted.id, ok: true, result: resultNamed('y'), zones: 'request' });
    expect((await second).load).toBe(LOADED);
  });

  it('uploads many zones a chunk at a time, never in one message', async () => {
    const { workers, createWorker } = fakeFactory();
    const client = createSummaryClient({ createWorker });
    const many = Array.from({ length: 2_500 }, (_, index) => ({ ...SQUARE, properties: { ...SQUARE.properties, featureIndex: index } }));
    const loaded: LoadResult = { ...LOADED, zones: many, accepted: many.length };
    const running = client.run({ zones: { loaded }, regions: null });
    await vi.waitFor(() => expect(workers[0].posted).toHaveLength(1));
    expect(workers[0].chunks.map((chunk) => chunk.zoneChunk.length)).toEqual([250, 250, 250, 250, 250, 250, 250, 250, 250, 250]);
    const { request, id } = workers[0].posted[0];
    expect(request.zones).toEqual({ uploaded: { fileName: 'zones.geojson', format: 'geojson', issues: [], accepted: 2_500, rejected: 0 } });
    workers[0].answer({ id, ok: true, result: resultNamed('z'), zones: 'request' });
    expect((await running).load).toBe(loaded);
  });

  it('refuses work after dispose()', async () => {
    const { createWorker } = fakeFactory();
    const client = createSummaryClient({ createWorker });
    client.dispose();
    await expect(client.run(REQUEST)).rejects.toThrow('run() was called after dispose()');
  });
});

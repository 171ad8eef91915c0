// The summary worker: loads and summarises zones off the main thread. Started by
// createSummaryClient(); speaks only the messages below.
import { runSummaryRequest } from './run-summary-request.js';
import type { SummaryRequest, SummaryResult } from './run-summary-request.js';

/** A request as posted to the worker: the job and the id its answer carries back. */
export interface SummaryWorkerRequest {
  id: number;
  request: SummaryRequest;
}

/** The worker's answer to one request. */
export type SummaryWorkerResponse =
  | { id: number; ok: true; result: SummaryResult }
  | { id: number; ok: false; message: string };

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<SummaryWorkerRequest>) => void) | null;
  postMessage(message: SummaryWorkerResponse): void;
};

scope.onmessage = (event) => {
  const { id, request } = event.data;
  runSummaryRequest(request).then(
    (result) => scope.postMessage({ id, ok: true, result }),
    (error: unknown) => scope.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
};

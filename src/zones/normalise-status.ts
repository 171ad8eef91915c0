import { ZONE_STATUSES } from './zone.js';
import type { ZoneStatus } from './zone.js';

/**
 * The spellings of each status cleared-land recognises without help, written as they appear in
 * IMSMA exports, operators' task sheets and Landmine Monitor reports. Matching ignores case and
 * treats every run of spaces, punctuation, hyphens and underscores as one space, so
 * "Cancelled (NTS)", "cancelled_nts" and "CANCELLED - NTS" are the same word.
 *
 * Deliberately absent, because they do not say which outcome: `closed`, `completed`, `released`,
 * `open`, `worked on`, `active`, `contaminated`, `dangerous area`. Map them per file with
 * `statusValues` (e.g. `{ 'Closed - Cleared': 'cleared' }`).
 *
 * @example
 * STATUS_SYNONYMS.reduced.includes('reduced by TS'); // true
 */
export const STATUS_SYNONYMS: Readonly<Record<ZoneStatus, readonly string[]>> = {
  suspected: [
    'suspected',
    'SHA',
    'suspected hazardous area',
    'suspected hazard area',
    'suspected hazard',
    'suspected area',
    'suspected mined area',
  ],
  confirmed: [
    'confirmed',
    'CHA',
    'confirmed hazardous area',
    'confirmed hazard area',
    'confirmed hazard',
    'confirmed area',
    'confirmed mined area',
    'mined area',
    'minefield',
    'mine field',
  ],
  cancelled: [
    'cancelled',
    'canceled',
    'NTS',
    'cancelled NTS',
    'canceled NTS',
    'cancelled by NTS',
    'canceled by NTS',
    'cancelled through NTS',
    'cancelled by non-technical survey',
    'canceled by non-technical survey',
    'cancelled through non-technical survey',
    'non-technical survey',
    'released by NTS',
    'released by non-technical survey',
    'area cancelled',
  ],
  reduced: [
    'reduced',
    'TS',
    'reduced TS',
    'reduced by TS',
    'reduced through TS',
    'reduced by technical survey',
    'reduced through technical survey',
    'technical survey',
    'released by TS',
    'released by technical survey',
    'area reduced',
  ],
  cleared: [
    'cleared',
    'clear',
    'clearance',
    'cleared by clearance',
    'cleared through clearance',
    'released by clearance',
    'mine clearance',
    'clearance completed',
    'area cleared',
    'demined',
  ],
};

/**
 * Reads a status cell as one of the five zone statuses: the user's `statusValues` first (they win
 * over the built-in synonyms), then {@link STATUS_SYNONYMS}. Returns null for anything not
 * recognised (including empty cells and ambiguous words such as "closed"). Numbers are read as
 * their decimal text, so coded statuses can be mapped with `{ '3': 'cleared' }`.
 *
 * @example
 * normaliseStatus(' SHA '); // 'suspected'
 * normaliseStatus('Closed - Cleared', { 'Closed - Cleared': 'cleared' }); // 'cleared'
 * normaliseStatus('closed'); // null
 */
export function normaliseStatus(
  value: unknown,
  statusValues: Readonly<Record<string, ZoneStatus>> = NO_STATUS_VALUES,
): ZoneStatus | null {
  // Compiled first, so that a bad statusValues throws even before a status is read.
  const user = userStatuses(statusValues);
  let text: string;
  if (typeof value === 'string') text = value;
  else if (typeof value === 'number' && Number.isFinite(value)) text = String(value);
  else return null;
  const key = statusKey(text);
  if (key === '') return null;
  return user.get(key) ?? BUILT_IN_STATUSES.get(key) ?? null;
}

const NO_STATUS_VALUES: Readonly<Record<string, ZoneStatus>> = {};

/** Lower case; runs of anything but letters and digits become one space; trimmed. */
function statusKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const BUILT_IN_STATUSES = new Map<string, ZoneStatus>();
for (const status of ZONE_STATUSES) {
  for (const synonym of STATUS_SYNONYMS[status]) BUILT_IN_STATUSES.set(statusKey(synonym), status);
}

// Validation calls this once per feature with the same statusValues object: normalise its keys once.
const compiledUserStatuses = new WeakMap<object, Map<string, ZoneStatus>>();

function userStatuses(statusValues: Readonly<Record<string, ZoneStatus>>): Map<string, ZoneStatus> {
  let compiled = compiledUserStatuses.get(statusValues);
  if (compiled !== undefined) return compiled;
  if (typeof statusValues !== 'object' || statusValues === null || Array.isArray(statusValues)) {
    throw new Error(
      `statusValues must be an object such as { 'Closed - Cleared': 'cleared' }; got ${JSON.stringify(statusValues)}.`,
    );
  }
  compiled = new Map();
  for (const [spelling, status] of Object.entries(statusValues)) {
    if (!(ZONE_STATUSES as readonly unknown[]).includes(status)) {
      throw new Error(
        `statusValues["${spelling}"] is ${JSON.stringify(status)}; it must be one of ${ZONE_STATUSES.join(', ')}.`,
      );
    }
    const key = statusKey(spelling);
    if (key === '') {
      throw new Error(
        `statusValues has the key ${JSON.stringify(spelling)}, which has no letters or digits; use the status text as written in the file.`,
      );
    }
    compiled.set(key, status);
  }
  compiledUserStatuses.set(statusValues, compiled);
  return compiled;
}

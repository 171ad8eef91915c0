// The public API of cleared-land's core: named re-exports only. Map layers live in
// `cleared-land/map`, Node file access in `cleared-land/node`.
export * from './zones/zone.js';
export * from './validate/issue-codes.js';
export type * from './io/load-result.js';
export type * from './report/summary.js';

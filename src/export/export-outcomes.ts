/** The layers `cleared-land export` and the viewer can write, in the words of the CLI. */
export const EXPORT_OUTCOMES = ['released', 'remaining', 'cleared', 'reduced', 'cancelled'] as const;

/** One of {@link EXPORT_OUTCOMES}. */
export type ExportOutcome = (typeof EXPORT_OUTCOMES)[number];

import type { ZoneSource } from '../io/zone-source.js';
import { UsageError, type CliIo } from './cli-io.js';
import { sourceOfArgument } from './source-of-argument.js';
import { stdinSource } from './stdin-source.js';

/** The argument that names standard input instead of a file, as Unix tools write it. */
export const STDIN_ARGUMENT = '-';

/**
 * The source of a zones argument: standard input for `-`, else what {@link sourceOfArgument}
 * makes of it (a URL or a path).
 *
 * @throws UsageError when `-` is given but the CLI has no standard input to read.
 * @example
 * await loadZones(zoneSourceFor('-', io)); // `cat zones.geojson | cleared-land validate -`
 */
export function zoneSourceFor(argument: string, io: CliIo): ZoneSource {
  if (argument !== STDIN_ARGUMENT) return sourceOfArgument(argument);
  if (!io.stdin) throw new UsageError("'-' reads zones from standard input, which is not available here; give a file instead");
  return stdinSource(io.stdin);
}

import { expect } from 'vitest';
import { readFileSync } from 'node:fs';
import type { CorpusCase } from './make-corpus.js';
import { runCliCase, STACK_TRACE } from './run-cli-case.js';

/** The bounds for every hostile input (issue 13, "Done when"). */
export const MAX_SECONDS = 60;
export const MAX_PEAK_RSS_MIB = 1.5 * 1024;

// Lines of /etc/passwd that could only reach an output by reading the file.
const PASSWD_LINES = readFileSync('/etc/passwd', 'utf8')
  .split('\n')
  .filter((line) => line.includes(':'));

/**
 * Runs `validate` and `report` on one corpus case with the built CLI and checks the issue's
 * rules: within 60 s, at most 1.5 GB peak RSS, exit 0 or 1, at most one line on stderr and no
 * stack trace anywhere, the expected issue code (when the case has one) with a sentence naming the
 * file, nothing of /etc/passwd in any output, and no raw control or bidi character in text output.
 */
export async function checkCorpusCase(item: CorpusCase): Promise<void> {
  for (const command of ['validate', 'report'] as const) {
    const run = await runCliCase([command, item.path, ...item.args], MAX_SECONDS);
    // The figures, for docs/guide/guarantees.md.
    console.info(`${command} ${item.name}: exit ${run.exitCode}, ${run.seconds.toFixed(1)} s, ${run.peakRssMiB.toFixed(0)} MiB peak RSS`);
    const where = `${command} ${item.name}: exit ${run.exitCode}, ${run.seconds.toFixed(1)} s, ${run.peakRssMiB.toFixed(0)} MiB\nstderr: ${run.stderr.slice(0, 500)}\nstdout: ${run.stdout.slice(0, 500)}`;
    expect(run.exitCode, where).not.toBeNull();
    expect([0, 1], where).toContain(run.exitCode);
    expect(run.seconds, where).toBeLessThanOrEqual(MAX_SECONDS);
    expect(run.peakRssMiB, where).toBeGreaterThan(0);
    expect(run.peakRssMiB, where).toBeLessThanOrEqual(MAX_PEAK_RSS_MIB);
    expect(run.stderr.trim().split('\n').filter((line) => line.trim() !== '').length, where).toBeLessThanOrEqual(1);
    expect(`${run.stdout}${run.stderr}`, where).not.toMatch(STACK_TRACE);
    if (item.code !== null) {
      expect(run.exitCode, where).toBe(1);
      expect(run.stdout, where).toContain(`${item.code} × 1`);
      expect(run.stdout, where).toContain(item.name);
    }
    for (const line of PASSWD_LINES) expect(run.stdout + run.stderr, where).not.toContain(line);
    // Text output: no ESC, C1 or bidi control reaches the terminal (line breaks are the layout).
    expect(run.stdout + run.stderr, where).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
  }
}

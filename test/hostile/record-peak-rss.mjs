// Preloaded into the CLI by run-cli-case.ts (node --import): writes the process's peak resident
// memory in KiB to $CLEARED_LAND_PEAK_RSS_FILE as it exits, so the corpus needs no GNU time.
// VmHWM (Linux) belongs to this program's memory map alone; getrusage's maxrss, the fallback,
// keeps the peak of the process that forked it across exec, so it can only overstate.
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.env.CLEARED_LAND_PEAK_RSS_FILE;
if (file) {
  process.on('exit', () => {
    let kibibytes = process.resourceUsage().maxRSS;
    try {
      const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
      if (match) kibibytes = Number(match[1]);
    } catch {
      // Not Linux: keep maxrss.
    }
    writeFileSync(file, String(kibibytes));
  });
}

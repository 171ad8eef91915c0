import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';

// Flags that give headless WebGL2 through SwiftShader and keep Chromium off the network
// (see ../shared/BROWSER.md). `--disable-gpu` would kill WebGL, so it is not here.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const CANDIDATE_PATHS = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'];

/**
 * Finds a Chromium binary: `CHROME_PATH`, Debian's chromium, then `google-chrome` on PATH.
 * Throws with the install command when there is none.
 */
export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const found = CANDIDATE_PATHS.find((path) => existsSync(path));
  if (found) return found;
  try {
    return execFileSync('which', ['google-chrome'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(
      'no Chromium found for the browser tests: install it with `apt-get install -y chromium` or set CHROME_PATH',
    );
  }
}

/** Launches headless Chromium with WebGL2 and no network chatter. Close it in `afterAll`. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
}

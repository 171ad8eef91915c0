import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { build, preview, type InlineConfig, type PreviewServer } from 'vite';

/** A Vite build served on 127.0.0.1. */
export interface ServedBuild {
  /** Base URL with a trailing slash, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  /** The folder the build was written to (files can be added before pages are opened). */
  outDir: string;
  /** Stops the server and deletes the build. */
  close(): Promise<void>;
}

/** Options of {@link serveViteBuild}. */
export interface ServeViteBuildOptions {
  /** The build to make (root, entry, config file…); outDir is chosen here. */
  config: InlineConfig;
  /** Extra files written into the build folder, by relative path. */
  files: Record<string, string>;
  /** Response headers of every file served (e.g. a Content-Security-Policy). */
  headers: Record<string, string>;
  /** Folder of the served tree the build goes to ('' for its root), e.g. 'dist' to mirror the repository. */
  buildFolder: string;
}

/**
 * Builds with Vite's `build()` into a temporary folder, writes extra files beside the output and
 * serves it with `preview()` on 127.0.0.1 and a free port. One build per test file; close it in
 * `afterAll`.
 *
 * @example
 * const served = await serveViteBuild({ config: { root: 'test/map-harness', configFile: false } });
 * await page.goto(served.url);
 * await served.close();
 */
export async function serveViteBuild(options: Partial<ServeViteBuildOptions> & Pick<ServeViteBuildOptions, 'config'>): Promise<ServedBuild> {
  const outDir = mkdtempSync(join(tmpdir(), 'cleared-land-map-test-'));
  const config = options.config;
  let server: PreviewServer;
  try {
    const buildDir = join(outDir, options.buildFolder ?? '');
    await build({ ...config, logLevel: 'error', build: { ...config.build, outDir: buildDir, emptyOutDir: true, sourcemap: false } });
    for (const [path, text] of Object.entries(options.files ?? {})) {
      mkdirSync(dirname(join(outDir, path)), { recursive: true });
      writeFileSync(join(outDir, path), text);
    }
    server = await preview({
      ...config,
      // 'mpa': a missing file is a 404, not the SPA fallback page.
      appType: 'mpa',
      logLevel: 'error',
      build: { ...config.build, outDir },
      preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false, headers: options.headers ?? {} },
    });
  } catch (error) {
    rmSync(outDir, { recursive: true, force: true });
    throw error;
  }
  const address = server.httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}/`,
    outDir,
    async close() {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

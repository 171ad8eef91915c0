import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview, type PreviewServer } from 'vite';

/** A built viewer served on the loopback interface, with copies of the sample files beside it. */
export interface ViewerServer {
  /** The viewer's URL, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  /** URL of the served copy of data/sample-zones.geojson. */
  zonesUrl: string;
  /** URL of the served copy of data/sample-districts.geojson. */
  districtsUrl: string;
  /** The real geoBoundaries ADM2 districts of Azerbaijan (../shared/data), as TopoJSON. */
  realDistrictsUrl: string;
  /** Stops the server and deletes the build. */
  close(): Promise<void>;
}

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));
const viewerConfig = join(repositoryRoot, 'examples/viewer/vite.config.ts');
/** Where the copies of the sample go inside the build, as a user's own server would hold them. */
const SERVED_DATA_FOLDER = 'served-data';
const REAL_DISTRICTS = join(repositoryRoot, '../shared/data/geoboundaries-aze-adm2/geoBoundaries-AZE-ADM2_simplified.topojson');

/**
 * Builds the viewer with Vite's `build()` into a temporary folder (never viewer-dist/, so a test
 * run does not overwrite a build someone made), copies the sample files into it, and serves it
 * with `preview()` on 127.0.0.1 and a free port. One build per test file; close it in `afterAll`.
 *
 * @example
 * const server = await serveViewer();
 * await page.goto(`${server.url}?data=${encodeURIComponent(server.zonesUrl)}`);
 * await server.close();
 */
export async function serveViewer(): Promise<ViewerServer> {
  const outDir = mkdtempSync(join(tmpdir(), 'cleared-land-viewer-'));
  await build({ configFile: viewerConfig, logLevel: 'error', build: { outDir, emptyOutDir: true, sourcemap: false } });
  mkdirSync(join(outDir, SERVED_DATA_FOLDER));
  copyFileSync(join(repositoryRoot, 'data/sample-zones.geojson'), join(outDir, SERVED_DATA_FOLDER, 'zones.geojson'));
  copyFileSync(join(repositoryRoot, 'data/sample-districts.geojson'), join(outDir, SERVED_DATA_FOLDER, 'districts.geojson'));
  copyFileSync(REAL_DISTRICTS, join(outDir, SERVED_DATA_FOLDER, 'aze-adm2.topojson'));
  let server: PreviewServer;
  try {
    server = await preview({
      configFile: viewerConfig,
      logLevel: 'error',
      build: { outDir },
      preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
    });
  } catch (error) {
    rmSync(outDir, { recursive: true, force: true });
    throw error;
  }
  const address = server.httpServer.address() as AddressInfo;
  const url = `http://127.0.0.1:${address.port}/`;
  return {
    url,
    zonesUrl: `${url}${SERVED_DATA_FOLDER}/zones.geojson`,
    districtsUrl: `${url}${SERVED_DATA_FOLDER}/districts.geojson`,
    realDistrictsUrl: `${url}${SERVED_DATA_FOLDER}/aze-adm2.topojson`,
    async close() {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

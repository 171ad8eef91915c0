// The viewer's entry: styles, the bundled sample's URLs (served from the viewer's own origin,
// so the default screen works offline), and the app.
import sampleDistrictsUrl from '../../../data/sample-districts.geojson?url';
import sampleZonesUrl from '../../../data/sample-zones.geojson?url';
import '../viewer.css';
import type { ViewerApp } from './viewer-app.js';

declare global {
  interface Window {
    /** The running viewer, for scripts and tests (e.g. `await clearedLandViewer.whenMapIdle()`). */
    clearedLandViewer?: ViewerApp;
  }
}

// Evaluating the app, building its panels and laying the page out happen in three tasks, not one:
// together they blocked the page for 100 ms at start, while the worker was reading the zones.
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const { ViewerApp: App } = await import('./viewer-app.js');
await nextTask();
const app = new App(document, { zones: sampleZonesUrl, districts: sampleDistrictsUrl });
window.clearedLandViewer = app;
await nextTask();
void app.start();

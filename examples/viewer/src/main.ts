// The viewer's entry: styles, the bundled sample's URLs (served from the viewer's own origin,
// so the default screen works offline), and the app.
import sampleDistrictsUrl from '../../../data/sample-districts.geojson?url';
import sampleZonesUrl from '../../../data/sample-zones.geojson?url';
import '../viewer.css';
import { ViewerApp } from './viewer-app.js';

declare global {
  interface Window {
    /** The running viewer, for scripts and tests (e.g. `await clearedLandViewer.whenMapIdle()`). */
    clearedLandViewer?: ViewerApp;
  }
}

const app = new ViewerApp(document, { zones: sampleZonesUrl, districts: sampleDistrictsUrl });
window.clearedLandViewer = app;
void app.start();

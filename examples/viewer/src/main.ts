// The viewer's entry: styles, the bundled sample's URLs (served from the viewer's own origin,
// so the default screen works offline), and the app.
import sampleDistrictsUrl from '../../../data/sample-districts.geojson?url';
import sampleZonesUrl from '../../../data/sample-zones.geojson?url';
import '../viewer.css';
import { ViewerApp } from './viewer-app.js';

const app = new ViewerApp(document, { zones: sampleZonesUrl, districts: sampleDistrictsUrl });
void app.start();

// An application that bundles cleared-land/map as npm installs it (dist/), for
// test/package-worker.test.ts: it summarises files in the package's summary worker and puts each
// result on window.__results, in the order of the files asked for by ?files=a,b.
import { createSummaryClient } from 'cleared-land/map';

const client = createSummaryClient();
const files = new URLSearchParams(location.search).get('files').split(',');
window.__results = [];
for (const fileName of files) {
  try {
    const { summary } = await client.run({ zones: { url: fileName }, regions: null });
    window.__results.push({ fileName, mode: client.getMode(), summary });
  } catch (error) {
    window.__results.push({ fileName, mode: client.getMode(), error: String(error) });
  }
}
window.__done = true;

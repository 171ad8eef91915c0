// Listens to the map's events: the summary (same JSON as `cleared-land report --format json`) and errors.
const figures = document.getElementById('figures');
const map = document.querySelector('cleared-land-map');

map.addEventListener('cleared-land:summary', (event) => {
  const { totals, period } = event.detail;
  const hectares = (value) => `${value.toFixed(1)} ha`;
  figures.textContent =
    `${period.from ?? 'start'} – ${period.to ?? 'today'}: cleared ${hectares(totals.clearedHa)}, ` +
    `reduced ${hectares(totals.reducedHa)}, cancelled ${hectares(totals.cancelledHa)}; ` +
    `remaining hazard ${hectares(totals.remainingHazardHa)}.`;
});

map.addEventListener('cleared-land:error', (event) => {
  figures.textContent = event.detail.message;
});

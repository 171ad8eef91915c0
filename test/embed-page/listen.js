// Records what the page under test sees, for test/embed-one-tag.test.ts (a strict CSP forbids
// inline scripts, so this is a file).
window.__summaries = [];
window.__errors = [];
window.__violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
document.addEventListener('cleared-land:summary', (event) => window.__summaries.push(event.detail));
document.addEventListener('cleared-land:error', (event) => window.__errors.push(event.detail.message));
window.__basemapErrors = [];
document.addEventListener('cleared-land:basemap-error', (event) => window.__basemapErrors.push(event.detail.message));

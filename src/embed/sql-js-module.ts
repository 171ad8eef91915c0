// dist/cleared-land-sqljs.js (vite.sqljs.config.ts): sql.js's build with its WebAssembly inline, as
// an ES module beside the one-tag embed, which imports it when a GeoPackage is first opened (see
// sql-js-beside.ts).
export { default } from 'sql.js/dist/sql-wasm-inline.js';

// sql.js ships this build (the WebAssembly inlined as base64, so nothing has to be located or
// served beside the script) without types of its own; it exports what the main build exports.
declare module 'sql.js/dist/sql-wasm-inline.js' {
  import initSqlJs from 'sql.js';
  export default initSqlJs;
}

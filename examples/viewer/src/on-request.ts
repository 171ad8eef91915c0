// What the page uses only when asked (an export, a districts file opened on its own): imported
// through this module with import(), so a bundler keeps it, and the overlay engine, loaders and
// file writers behind it, out of the code the page evaluates before the first figures.
export { dissolveOutcomes, encodeCollection, fileSource, loadRegionFile, outcomeCollection, regionFileError } from 'cleared-land';

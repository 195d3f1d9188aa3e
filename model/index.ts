export * from './types';
export { atlasView, announcement } from './atlas-view';
export { nameIn } from './shared';
export { tableCsv, tableCsvName } from './table-csv';
export { mapInputs } from './map-inputs';
export { staticView, yearPageMeta } from './year-page';

/**
 * Runs in the browser before React hydrates the page (Next's convention): the atlas's map starts
 * here, as soon as the records, MapLibre and the geometry arrive, instead of after hydration
 * (components/early-start.ts). On pages without the atlas it does nothing.
 */
import { startMapEarly } from './components/early-start';
import { loadRecords } from './components/records';

if (document.querySelector('.static-year[data-today]')) startMapEarly(loadRecords());

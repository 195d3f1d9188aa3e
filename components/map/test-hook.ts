/**
 * The live MapLibre maps by test id, for the end-to-end tests and the benchmark, in test builds
 * only: `NEXT_PUBLIC_TEST_HOOKS=1` at build time (`npm run test:e2e` and `npm run bench` set it).
 * Next inlines the variable, so a production build carries no hook.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

declare global {
  interface Window {
    /** Set only in test builds, see components/map/test-hook.ts. */
    __atlasMaps?: Record<string, MapLibreMap>;
  }
}

export function exposeForTests(testId: string | undefined, map: MapLibreMap): void {
  if (process.env.NEXT_PUBLIC_TEST_HOOKS !== '1' || !testId) return;
  (window.__atlasMaps ??= {})[testId] = map;
}

export function hideFromTests(testId: string | undefined, map: MapLibreMap): void {
  if (process.env.NEXT_PUBLIC_TEST_HOOKS !== '1' || !testId) return;
  if (window.__atlasMaps?.[testId] === map) delete window.__atlasMaps[testId];
}

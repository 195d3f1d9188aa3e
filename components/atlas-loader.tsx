'use client';
/**
 * Fetches the records (a static, cacheable file) and then runs the atlas (whose map may have
 * started before the page hydrated: see instrumentation-client.ts). The page's HTML shows
 * the year's table and legend meanwhile (the Suspense fallback), so nothing waits on a blank page.
 */
import { useSearchParams } from 'next/navigation';
import { use, useEffect, useMemo } from 'react';
import type { PageBase } from '@/data/url-state';
import { Atlas } from './atlas';
import { dropEarlyMap } from './map/early-map';
import { loadRecords } from './records';

export function AtlasLoader({
  today,
  base,
  embed = false,
}: {
  today: string;
  base?: PageBase;
  /** The embed view: map, slider and legend only. */
  embed?: boolean;
}): React.JSX.Element {
  // Read first: while a page is prerendered this hands the boundary to the browser.
  useSearchParams();
  const records = use(loadRecords());
  // One object while the records and the day stay the same: this re-renders whenever the URL
  // changes (useSearchParams), and a new object would have the atlas derive its whole view, and
  // read its URL, a second time for each year step.
  const data = useMemo(() => ({ ...records, today }), [records, today]);
  // After the map's own effects: a map started early that no map took is not needed.
  useEffect(() => dropEarlyMap(), []);
  return <Atlas data={data} base={base} embed={embed} />;
}

'use client';
/**
 * Fetches the records (a static, cacheable file) and then runs the atlas. The page's HTML shows
 * the year's table and legend meanwhile (the Suspense fallback), so nothing waits on a blank page.
 */
import { useSearchParams } from 'next/navigation';
import { use, useMemo } from 'react';
import { ATLAS_DATA } from '@/assets';
import type { AtlasData } from '@/data/records';
import type { PageBase } from '@/data/url-state';
import { Atlas } from './atlas';

let records: Promise<Omit<AtlasData, 'today'>> | null = null;

/** The records, fetched once per page load (`use` needs the same promise on every render). */
function loadRecords(): Promise<Omit<AtlasData, 'today'>> {
  records ??= fetch(ATLAS_DATA.url).then((r) => {
    if (!r.ok) throw new Error(`The atlas's records could not be loaded (${r.status}).`);
    return r.json() as Promise<Omit<AtlasData, 'today'>>;
  });
  return records;
}

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
  return <Atlas data={data} base={base} embed={embed} />;
}

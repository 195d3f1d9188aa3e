'use client';
/**
 * The states' land areas (km², approximate), for the year's numbers: a small file written at
 * build time (scripts/prepare-assets.ts), fetched once per page load, not once per panel.
 */
import { useEffect, useState } from 'react';
import { AREAS } from '@/assets';
import type { LandAreas } from '@/model';

let areas: Promise<LandAreas | null> | null = null;

function loadAreas(): Promise<LandAreas | null> {
  areas ??= fetch(AREAS.url)
    .then((r) => (r.ok ? (r.json() as Promise<LandAreas>) : null))
    .catch(() => null)
    .then((a) => {
      // A failed fetch is tried again by the next page that asks.
      if (a === null) areas = null;
      return a;
    });
  return areas;
}

/** The land areas once fetched, `null` before (or when `wanted` is false: the embed shows no numbers). */
export function useLandAreas(wanted: boolean): LandAreas | null {
  const [value, setValue] = useState<LandAreas | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void loadAreas().then((a) => live && setValue(a));
    return () => {
      live = false;
    };
  }, [wanted]);
  return value;
}

/**
 * What a prerendered page says before the atlas runs: the view its HTML shows (the year's table
 * and legend), and a year page's (`/csto/2009`) title and description for search engines and
 * link previews.
 */
import { referenceDay, yearOf } from '@/data/day';
import type { AtlasData } from '@/data/records';
import { andList } from '@/data/text';
import { defaultState, type PageBase } from '@/data/url-state';
import type { OrgId } from '@/data/vocabulary';
import { documentTitle, mapTitle } from '@/data/wording';
import { atlasView } from './atlas-view';
import { statsView } from './panels';
import { nameIn, orgOf, postSovietStates } from './shared';
import type { AtlasView } from './types';

/** The view a page's HTML shows: what its path opens on (`base`), as a table. */
export function staticView(data: AtlasData, base: PageBase = {}): AtlasView {
  const currentYear = yearOf(data.today);
  return atlasView({ ...defaultState(currentYear), ...base, view: 'table' }, data);
}

export interface YearPageMeta {
  title: string;
  description: string;
  /** The text alternative of the page's preview image. */
  imageAlt: string;
}

/** A year page's title and description: who was in the organisation on the year's reference day. */
export function yearPageMeta(data: AtlasData, layer: OrgId, year: number): YearPageMeta {
  const org = orgOf(data, layer);
  const day = referenceDay(year, data.today);
  const isos = postSovietStates(data).map((c) => c.iso3);
  const { orgName, members, notYet } = statsView(org, year, day, data, isos, null);
  const names = members.map((iso) => nameIn(data, iso));
  const who = notYet
    ? `${notYet}: no post-Soviet state was in it in ${year}.`
    : `The post-Soviet states in the ${orgName} on ${day}: ${names.length ? names.join(', ') : 'none'}.`;
  const all = andList(data.organisations.map((o) => o.shortName));
  return {
    title: documentTitle(mapTitle(org, year, day)),
    description: `${who} A map and a table of the ${all}, with sources.`,
    imageAlt: `Map: ${mapTitle(org, year, day)}`,
  };
}

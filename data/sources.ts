/**
 * Every source the record relies on, once each, grouped by publisher: what the sources page
 * lists. A source is the same source wherever it is cited when it has the same address, or,
 * without an address (a treaty, a resolution), the same title.
 */
import type { AtlasRecords } from './records';
import type { Source } from './schema';

export interface SourceGroup {
  /** The publisher, or a heading for the texts cited without one. */
  heading: string;
  sources: readonly Source[];
}

/** The heading of the sources that name no publisher: in this record, texts cited in full. */
export const UNPUBLISHED_HEADING = 'Treaties, resolutions and other texts cited by their text';

type Cited = Pick<
  AtlasRecords,
  'organisations' | 'memberships' | 'events' | 'claims' | 'territories' | 'presence'
>;

const identity = (s: Source): string => s.url ?? `title:${s.title}`;

/**
 * Every distinct source of the organisations (and their bodies and milestones), membership
 * intervals (with their milestones and other readings), events, claims and territories, in the
 * order first met. Where one source is cited in several ways, the first citation is kept.
 */
export function recordSources(r: Cited): Source[] {
  const all: Source[] = [
    ...r.organisations.flatMap((o) => [
      o.source,
      ...o.bodies.flatMap((b) => [b.source, ...b.milestones.flatMap((m) => m.source ?? [])]),
    ]),
    ...r.memberships.flatMap((m) => [
      m.source,
      ...m.milestones.flatMap((s) => s.source ?? []),
      ...m.alternatives.map((a) => a.source),
    ]),
    ...r.events.map((e) => e.source),
    ...r.claims.map((c) => c.source),
    ...r.territories.map((t) => t.source),
    ...r.presence.flatMap((p) => [
      p.source,
      ...p.legalBasis.map((l) => l.source),
      ...p.alternatives.map((a) => a.source),
    ]),
  ];
  const seen = new Map<string, Source>();
  for (const s of all) if (!seen.has(identity(s))) seen.set(identity(s), s);
  return [...seen.values()];
}

/** Oldest first, undated last, then by title. */
function byDateThenTitle(a: Source, b: Source): number {
  const da = a.date ?? '9999';
  const db = b.date ?? '9999';
  return da === db ? a.title.localeCompare(b.title, 'en') : da < db ? -1 : 1;
}

/**
 * The sources grouped by publisher, the groups in alphabetical order after the texts cited
 * without a publisher; in each group the oldest first.
 */
export function groupSources(sources: readonly Source[]): SourceGroup[] {
  const groups = new Map<string, Source[]>();
  for (const s of sources) {
    const heading = s.publisher ?? UNPUBLISHED_HEADING;
    groups.set(heading, [...(groups.get(heading) ?? []), s]);
  }
  const headings = [...groups.keys()]
    .filter((h) => h !== UNPUBLISHED_HEADING)
    .sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
  if (groups.has(UNPUBLISHED_HEADING)) headings.unshift(UNPUBLISHED_HEADING);
  return headings.map((heading) => ({
    heading,
    sources: [...(groups.get(heading) ?? [])].sort(byDateThenTitle),
  }));
}

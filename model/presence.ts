/** The Russian military presence of the view: the points, those shown this year, and the lists. */
import type { AtlasData } from '@/data/records';
import { presenceDates, presentInYear } from '@/data/presence';
import type { PresencePoint } from '@/data/schema';
import type { AtlasUrlState } from '@/data/url-state';
import { memo } from './shared';
import type { AtlasView, PresenceView } from './types';

function view(p: PresencePoint, year: number, today: string): PresenceView {
  return {
    id: p.id,
    name: p.name,
    country: p.country,
    dates: presenceDates(p),
    summary: p.summary,
    legalBasis: p.legalBasis.map(({ source: _s, ...step }) => step),
    source: p.source,
    present: presentInYear(p, year, today),
  };
}

/** Every presence as a point on the map, made once per data. */
const markersOf = memo((data: AtlasData): AtlasView['presence']['markers'] =>
  data.presence.map((p) => ({ id: p.id, name: `Russian forces: ${p.name}`, at: p.at })),
);

export function presenceView(state: AtlasUrlState, data: AtlasData): AtlasView['presence'] {
  const inYear = data.presence
    .filter((p) => presentInYear(p, state.year, data.today))
    .map((p) => view(p, state.year, data.today));
  return {
    markers: markersOf(data),
    active: state.presence ? inYear.map((p) => p.id) : [],
    inYear,
  };
}

/** Every presence in one state, oldest first, marked present or not in the year shown. */
export function countryPresence(iso3: string, year: number, data: AtlasData): PresenceView[] {
  return data.presence
    .filter((p) => p.country === iso3)
    .sort((a, b) => (a.from < b.from ? -1 : 1))
    .map((p) => view(p, year, data.today));
}

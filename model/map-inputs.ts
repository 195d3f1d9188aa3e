/**
 * What a map is made with, from the records and the view: our names and label forms for the
 * countries, the post-Soviet states, and the markers. The atlas's maps and the map started before
 * the page hydrates (components/early-map.ts) take it from here, so that they cannot differ.
 */
import type { AtlasData } from '@/data/atlas-data';
import type { StyleInputs } from '@/components/map/style-data';
import type { AtlasView } from './types';

export function mapInputs(data: AtlasData, view: AtlasView): StyleInputs {
  return {
    postSoviet: new Set(view.states.map((c) => c.iso3)),
    names: Object.fromEntries(data.countries.map((c) => [c.iso3, c.name])),
    labelForms: Object.fromEntries(
      data.countries.map((c) => [
        c.iso3,
        {
          ...(c.labelShort && { short: c.labelShort }),
          ...(c.labelAnchor && { anchor: c.labelAnchor }),
        },
      ]),
    ),
    territories: view.territoryMarkers,
    events: view.eventMarkers,
    presence: view.presence.markers,
  };
}

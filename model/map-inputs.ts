/**
 * What a map is made with, from the records and the view: our names and label forms for the
 * countries, the post-Soviet states, and the markers.
 */
import type { AtlasData } from '@/data/records';
import type { AtlasView } from './types';

export interface MapMarker {
  id: string;
  name: string;
  at: [number, number];
}

/** How a state's label is set where the state is small: a short form, beside its point. */
export interface LabelForm {
  short?: string;
  anchor?: string;
}

export interface StyleInputs {
  /** Our names for the labels, by ISO3 (the geometry's own names are a fallback). */
  names: Readonly<Record<string, string>>;
  /** The post-Soviet states, labelled more prominently. */
  postSoviet: ReadonlySet<string>;
  /** Short forms and anchors of the small states' labels, by ISO3 (from the record). */
  labelForms: Readonly<Record<string, LabelForm>>;
  territories: readonly MapMarker[];
  events: readonly MapMarker[];
  /** Russian bases and deployments (shown only while active). */
  presence: readonly MapMarker[];
}

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

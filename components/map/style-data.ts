/**
 * The data the style draws, made once per map from the decoded geometry and the records' markers:
 * labels with our names, and the territory and event points (shown only while active).
 */
import type { DecodedRegion } from '@/geo/decode';

/** The decoded geometry and markers the style draws; handed over once, when the map is made. */
export interface AtlasStyleData {
  countries: GeoJSON.FeatureCollection;
  territories: GeoJSON.FeatureCollection;
  territoryPoints: GeoJSON.FeatureCollection;
  labels: GeoJSON.FeatureCollection;
  events: GeoJSON.FeatureCollection;
  presence: GeoJSON.FeatureCollection;
}

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

function points(markers: readonly MapMarker[]): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: markers.map((m) => ({
      type: 'Feature',
      properties: { id: m.id, name: m.name },
      geometry: { type: 'Point', coordinates: m.at },
    })),
  };
}

export function styleData(region: DecodedRegion, inputs: StyleInputs): AtlasStyleData {
  const labels: GeoJSON.FeatureCollection = {
    type: 'FeatureCollection',
    features: region.labels.features.map((f) => ({
      ...f,
      properties: {
        ...f.properties,
        name: inputs.names[f.properties.iso3] ?? f.properties.name,
        postSoviet: inputs.postSoviet.has(f.properties.iso3),
        // Absent, not null: the style tests them with `coalesce` and `has`.
        ...inputs.labelForms[f.properties.iso3],
      },
    })),
  };
  return {
    countries: region.countries,
    territories: region.territories,
    territoryPoints: points(inputs.territories),
    labels,
    events: points(inputs.events),
    presence: points(inputs.presence),
  };
}

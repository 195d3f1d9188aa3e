/**
 * The data the style draws, made once per map from the decoded geometry and the records' markers:
 * labels with our names, and the territory and event points (shown only while active).
 */
import type { DecodedRegion } from '@/geo/decode';
import type { MapMarker, StyleInputs } from '@/model/map-inputs';

/** The decoded geometry and markers the style draws; handed over once, when the map is made. */
export interface AtlasStyleData {
  countries: GeoJSON.FeatureCollection;
  territories: GeoJSON.FeatureCollection;
  territoryPoints: GeoJSON.FeatureCollection;
  labels: GeoJSON.FeatureCollection;
  events: GeoJSON.FeatureCollection;
  presence: GeoJSON.FeatureCollection;
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

/** Paint for the markers and territories that show only while their feature state says `active`. */
import type { DataDrivenPropertyValueSpecification, LayerSpecification } from 'maplibre-gl';

export /** A circle marker layer whose points show only while their feature state says `active`. */
function markerLayer(
  id: string,
  source: string,
  color: string,
  [small, large]: [number, number],
  ring: number,
): LayerSpecification {
  return {
    id,
    type: 'circle',
    source,
    paint: {
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 2, small, 6, large],
      'circle-color': color,
      'circle-stroke-color': '#fff',
      'circle-stroke-width': ring,
      'circle-opacity': activeOpacity(1),
      'circle-stroke-opacity': activeOpacity(1),
    },
  };
}

export const activeOpacity = (on: number): DataDrivenPropertyValueSpecification<number> => [
  'case',
  ['boolean', ['feature-state', 'active'], false],
  on,
  0,
];

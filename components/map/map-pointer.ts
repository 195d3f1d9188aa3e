/**
 * What the pointer does on an atlas map: hover names the state beneath it (and a marker it is
 * over, as well, never instead), a click selects the state beneath. A marker never captures the
 * hover or click of the state it sits on: Moldova under Transnistria's ring is still Moldova.
 */
import type { Map as MapLibreMap, MapGeoJSONFeature } from 'maplibre-gl';
import type { HoverTarget } from './map-options';
import {
  LAYER_EVENTS,
  LAYER_FILL,
  LAYER_PRESENCE,
  LAYER_TERRITORY_POINT,
  SOURCE_COUNTRIES,
} from './map-vocabulary';

export interface PointerHandlers {
  onHover?: (target: HoverTarget | null, point: { x: number; y: number }) => void;
  onClick?: (iso3: string | null) => void;
}

const MARKER_LAYERS = [LAYER_PRESENCE, LAYER_EVENTS, LAYER_TERRITORY_POINT];

export function wirePointer(map: MapLibreMap, h: PointerHandlers): void {
  // The hovered state is outlined (feature state) and the cursor says it can be clicked.
  let hovered: string | null = null;
  const hover = (iso3: string | null): void => {
    if (iso3 === hovered) return;
    if (hovered) map.setFeatureState({ source: SOURCE_COUNTRIES, id: hovered }, { hover: false });
    if (iso3) map.setFeatureState({ source: SOURCE_COUNTRIES, id: iso3 }, { hover: true });
    hovered = iso3;
    map.getCanvas().style.cursor = iso3 ? 'pointer' : '';
  };
  map.on('mousemove', (e) => {
    const found: MapGeoJSONFeature[] = map.queryRenderedFeatures(e.point, {
      layers: [...MARKER_LAYERS, LAYER_FILL],
    });
    const markers = found.filter((f) => f.layer.id !== LAYER_FILL && f.state.active);
    const country = found.find((f) => f.layer.id === LAYER_FILL);
    const iso3 = country ? String(country.properties.iso3) : null;
    hover(iso3);
    const markerNames = [...new Set(markers.map((m) => String(m.properties.name)))];
    const target: HoverTarget | null = iso3
      ? { kind: 'country', iso3, name: String(country!.properties.name), markers: markerNames }
      : markerNames.length > 0
        ? { kind: 'marker', name: markerNames.join('; ') }
        : null;
    h.onHover?.(target, e.point);
  });
  map.on('mouseout', () => {
    hover(null);
    h.onHover?.(null, { x: 0, y: 0 });
  });
  map.on('click', (e) => {
    const f = map.queryRenderedFeatures(e.point, { layers: [LAYER_FILL] })[0];
    h.onClick?.(f ? String(f.properties.iso3) : null);
  });
}

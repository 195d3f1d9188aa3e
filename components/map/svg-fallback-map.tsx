'use client';
/**
 * The map for a browser without WebGL: the same classes, colours and patterns drawn as SVG by the
 * renderer of the link previews (svg-map.ts), each of the fifteen a button (Tab to it, in the
 * order of their names; Enter or a click opens its panel, its name and status said and shown on
 * hover), with the year's territories, events and Russian forces as named points. It follows the
 * year as the WebGL map does, from the same props, and zooms with its buttons or + − 0 and the
 * arrow keys (a scaled viewBox).
 */
import { useEffect, useRef, useState } from 'react';
import type { DecodedRegion } from '@/geo/decode';
import { loadRegion } from './load-assets';
import type { ClassStyle } from '@/model/palette';
import { MAP_BOX, mapSvg, patternDefs } from '@/figure/svg-map';
import type { LabelForm, MapMarker } from '@/model/map-inputs';
import { useSvgZoom } from './svg-zoom';
import './map.css';

const shown = (all: readonly MapMarker[], ids: readonly string[]): MapMarker[] =>
  all.filter((m) => ids.includes(m.id));

export function SvgFallbackMap({
  label,
  classes,
  classStyles,
  names,
  labelForms,
  postSoviet,
  territories,
  activeTerritories,
  events,
  activeEvents,
  presence,
  activePresence,
  marked,
  describe,
  onSelect,
}: {
  label: string;
  classes: Readonly<Record<string, string>>;
  classStyles: Readonly<Record<string, ClassStyle>>;
  names: Readonly<Record<string, string>>;
  labelForms: Readonly<Record<string, LabelForm>>;
  postSoviet: ReadonlySet<string>;
  territories: readonly MapMarker[];
  activeTerritories: readonly string[];
  events: readonly MapMarker[];
  activeEvents: readonly string[];
  presence: readonly MapMarker[];
  activePresence: readonly string[];
  marked?: readonly string[];
  describe: (iso3: string, name: string) => string | null;
  onSelect: (iso3: string) => void;
}): React.JSX.Element {
  const [region, setRegion] = useState<DecodedRegion | null>(null);
  const [error, setError] = useState<string | null>(null);
  const drawing = useRef<HTMLDivElement>(null);
  const zoom = useSvgZoom(drawing);
  useEffect(() => {
    loadRegion().then(setRegion, (e: unknown) =>
      setError(e instanceof Error ? e.message : 'The map could not be drawn.'),
    );
  }, []);
  if (error) return <p className="map-message map-error">{error}</p>;
  if (!region) return <p className="map-message">Loading the map…</p>;
  const states = [...postSoviet].map((iso3) => ({
    iso3,
    name: names[iso3] ?? iso3,
    labelShort: labelForms[iso3]?.short,
    labelAnchor: labelForms[iso3]?.anchor as never,
  }));
  const svg = mapSvg({
    region,
    classes,
    styles: classStyles,
    states,
    territories: activeTerritories,
    marked,
    describe: (iso3) => describe(iso3, names[iso3] ?? iso3) ?? names[iso3] ?? iso3,
    markers: {
      territories: shown(territories, activeTerritories),
      events: shown(events, activeEvents),
      presence: shown(presence, activePresence),
    },
  });
  const { x, y, width, height } = MAP_BOX;
  // A point lets a click through to the state beneath it, as on the web map.
  const pick = (target: EventTarget, at?: { x: number; y: number }): void => {
    const own = target instanceof Element ? target.getAttribute('data-iso3') : null;
    const beneath = at
      ? document
          .elementsFromPoint(at.x, at.y)
          .find((el) => el.hasAttribute('data-iso3'))
          ?.getAttribute('data-iso3')
      : null;
    const iso3 = own ?? beneath;
    if (iso3) onSelect(iso3);
  };
  return (
    <div className="svg-map-frame">
      <div
        ref={drawing}
        className="svg-map"
        role="group"
        aria-label={`${label} (drawn without WebGL)`}
        onClick={(e) => pick(e.target, { x: e.clientX, y: e.clientY })}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            pick(e.target);
          } else if (zoom.onKey(e.key, e.target)) e.preventDefault();
        }}
        dangerouslySetInnerHTML={{
          __html: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${x} ${y} ${width} ${height}" font-family="Noto Sans, Arial, Helvetica, sans-serif"><defs>${patternDefs()}</defs>${svg}</svg>`,
        }}
      />
      <div className="svg-zoom" role="group" aria-label="Zoom the map">
        <button type="button" onClick={() => zoom.by(1)} aria-label="Zoom in" title="Zoom in (+)">
          +
        </button>
        <button
          type="button"
          onClick={() => zoom.by(-1)}
          aria-label="Zoom out"
          title="Zoom out (−)"
          disabled={zoom.level === 0}
        >
          −
        </button>
        <button
          type="button"
          onClick={zoom.reset}
          aria-label="Reset the view"
          title="Reset the view (0)"
          disabled={zoom.level === 0}
        >
          ⟲
        </button>
      </div>
    </div>
  );
}

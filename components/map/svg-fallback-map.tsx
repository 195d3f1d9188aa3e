'use client';
/**
 * The map for a browser without WebGL: the same classes, colours and patterns drawn as SVG by the
 * renderer of the link previews (svg-map.ts), each of the fifteen a button (Tab to it, Enter or a
 * click opens its panel, its name and status said and shown on hover). It follows the year as the
 * WebGL map does, from the same props.
 */
import { useEffect, useState } from 'react';
import type { DecodedRegion } from '@/geo/decode';
import { loadRegion } from './load-assets';
import type { ClassStyle } from './map-style';
import { MAP_BOX, mapSvg, patternDefs } from './svg-map';
import type { LabelForm } from './style-data';

export function SvgFallbackMap({
  label,
  classes,
  classStyles,
  names,
  labelForms,
  postSoviet,
  activeTerritories,
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
  activeTerritories: readonly string[];
  marked?: readonly string[];
  describe: (iso3: string, name: string) => string | null;
  onSelect: (iso3: string) => void;
}): React.JSX.Element {
  const [region, setRegion] = useState<DecodedRegion | null>(null);
  const [error, setError] = useState<string | null>(null);
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
  });
  const { x, y, width, height } = MAP_BOX;
  const pick = (target: EventTarget): void => {
    const iso3 = target instanceof Element ? target.getAttribute('data-iso3') : null;
    if (iso3) onSelect(iso3);
  };
  return (
    <div
      className="svg-map"
      role="group"
      aria-label={`${label} (drawn without WebGL)`}
      onClick={(e) => pick(e.target)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          pick(e.target);
        }
      }}
      dangerouslySetInnerHTML={{
        __html: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${x} ${y} ${width} ${height}" font-family="Noto Sans, Arial, Helvetica, sans-serif"><defs>${patternDefs()}</defs>${svg}</svg>`,
      }}
    />
  );
}

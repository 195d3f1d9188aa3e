/**
 * Helpers for the tests of the map's style (map-style.test.ts, map-layers.test.ts): the map's paint
 * and filter expressions, evaluated by MapLibre's own expression engine: feature
 * state in, colour (or opacity, or width) out, as the map would draw it. Expected colours are
 * written out by hand from the palette (Okabe–Ito, see README "Statuses").
 */
import { expect } from 'vitest';
import {
  expression,
  latest,
  type Feature,
  type FeatureState,
  type LayerSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { mapModel, type MapSpec } from '@/model/map-model';
import { oneBodyOrganisation } from './fixtures';
import { PATTERN_KINDS, type ClassStyle, type PatternKind } from '@/model/palette';
import {
  LAYER_FILL,
  fillColorFor,
  patternLayerId,
  patternOpacityFor,
} from '@/components/map/map-vocabulary';
import { baseLayers } from '@/components/map/map-style';

// ---------------------------------------------------------------------------------------------
// Evaluation helpers
// ---------------------------------------------------------------------------------------------

type PropertySpec = Parameters<typeof expression.createPropertyExpression>[2];
const reference = latest as unknown as Record<string, Record<string, PropertySpec>>;

/** A country feature as the `countries` source holds it. */
export function countryFeature(postSoviet = true): Feature {
  return { type: 'Polygon', properties: { iso3: 'TST', name: 'Testland', postSoviet } };
}

/** The layer of the static style with this id. */
export function layer(id: string, layers: LayerSpecification[] = baseLayers()): LayerSpecification {
  const found = layers.find((l) => l.id === id);
  if (!found) throw new Error(`no layer ${id}`);
  return found;
}

/** Compiles a paint value with the property's specification, failing on any parsing error. */
export function compile(layerType: string, property: string, value: unknown) {
  const spec = reference[`paint_${layerType}`]?.[property];
  if (!spec) throw new Error(`no paint property ${property} for ${layerType} layers`);
  const result = expression.createPropertyExpression(value, property, spec);
  if (result.result !== 'success')
    throw new Error(result.value.map((e: { message: string }) => e.message).join('; '));
  return result.value;
}

/** Evaluates a layer's paint property for one feature in one feature state. */
export function paint(
  l: LayerSpecification,
  property: string,
  state: FeatureState,
  feature: Feature = countryFeature(),
): unknown {
  const value = (l.paint as Record<string, unknown> | undefined)?.[property];
  return compile(l.type, property, value).evaluate({ zoom: 3 }, feature, state);
}

/** A MapLibre colour as `#RRGGBB` (alpha must be 1). */
export function hex(color: unknown): string {
  const [r, g, b, a] = (color as { rgb: [number, number, number, number] }).rgb;
  expect(a).toBe(1);
  return `#${[r, g, b]
    .map((c) =>
      Math.round(c * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')
    .toUpperCase()}`;
}

/** The fill colour the map draws for a post-Soviet state of class `cls`, given a mode's styles. */
export function fillFor(
  styles: Record<string, ClassStyle>,
  cls: string,
  postSoviet = true,
): string {
  // As atlas-map.ts applies a mode: setPaintProperty(LAYER_FILL, 'fill-color', …).
  const l = { ...layer(LAYER_FILL), paint: { 'fill-color': fillColorFor(styles, '#E9E4D8') } };
  return hex(paint(l as LayerSpecification, 'fill-color', { cls }, countryFeature(postSoviet)));
}

/** The pattern layers that show on a state of class `cls` (opacity 1), given a mode's styles. */
export function patternsFor(styles: Record<string, ClassStyle>, cls: string): PatternKind[] {
  return PATTERN_KINDS.filter((kind) => {
    const l = {
      ...layer(patternLayerId(kind)),
      paint: { 'fill-opacity': patternOpacityFor(styles, kind) },
    } as LayerSpecification;
    const opacity = paint(l, 'fill-opacity', { cls });
    expect([0, 1]).toContain(opacity);
    return opacity === 1;
  });
}

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
export const emptyData = () => ({
  countries: EMPTY,
  territories: EMPTY,
  territoryPoints: EMPTY,
  labels: EMPTY,
  events: EMPTY,
  presence: EMPTY,
});

const ORGANISATIONS = [
  oneBodyOrganisation('cis', 'CIS', '1991-12-08'),
  oneBodyOrganisation('csto', 'CSTO', '1992-05-15'),
];

const TODAY = '2026-11-23';
export const stylesOf = (spec: MapSpec) => mapModel(spec, [], ORGANISATIONS, [], TODAY).styles;

// ---------------------------------------------------------------------------------------------

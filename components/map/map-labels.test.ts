/**
 * The labels: every post-Soviet state's label is always placed, in short form below zoom 4.2
 * where the record gives one, beside its state where the record says so; neighbours' labels give
 * way. Layout values are compiled and evaluated by MapLibre's own style-spec engine.
 */
import { describe, expect, it } from 'vitest';
import { expression, featureFilter, latest } from '@maplibre/maplibre-gl-style-spec';
import { layer } from '@/testing/paint-fixtures';
import { LAYER_LABELS, LAYER_STATE_LABELS } from './map-vocabulary';
import { baseLayers } from './map-style';
import { openingView } from './map-options';

type Spec = Record<string, Record<string, unknown>>;
const reference = latest as unknown as Spec;

function layout(id: string, property: string, zoom: number, properties: Record<string, unknown>) {
  const l = layer(id);
  const spec = reference.layout_symbol![property] as { default?: unknown };
  // An absent property is the specification's default.
  const value = (l.layout as Record<string, unknown>)[property] ?? spec.default;
  const result = expression.createPropertyExpression(value, property, spec as never);
  if (result.result !== 'success') throw new Error(JSON.stringify(result.value));
  return result.value.evaluate({ zoom }, { type: 1, properties } as never);
}

const filterOf = (id: string) =>
  featureFilter((layer(id) as { filter?: never }).filter, `${id}.filter`);

describe('the labels of the fifteen and of their neighbours', () => {
  const moldova = {
    iso3: 'MDA',
    name: 'Moldova',
    postSoviet: true,
    short: 'Mold.',
    anchor: 'right',
  };
  const russia = { iso3: 'RUS', name: 'Russia', postSoviet: true };
  const poland = { iso3: 'POL', name: 'Poland', postSoviet: false };

  it('puts the post-Soviet states in their own layer, above the neighbours (so placed first)', () => {
    const states = filterOf(LAYER_STATE_LABELS);
    const others = filterOf(LAYER_LABELS);
    for (const [f, mine] of [
      [moldova, true],
      [poland, false],
    ] as const) {
      expect(states.filter({ zoom: 3 }, { type: 1, properties: f })).toBe(mine);
      expect(others.filter({ zoom: 3 }, { type: 1, properties: f })).toBe(!mine);
    }
    const ids = baseLayers().map((l) => l.id);
    expect(ids.indexOf(LAYER_STATE_LABELS)).toBeGreaterThan(ids.indexOf(LAYER_LABELS));
  });

  it('always places a state’s label, even where it overlaps another', () => {
    expect(layout(LAYER_STATE_LABELS, 'text-allow-overlap', 3, moldova)).toBe(true);
    expect(layout(LAYER_LABELS, 'text-allow-overlap', 3, poland)).toBe(false);
  });

  it('writes the short form below zoom 4.2 and the name from there', () => {
    expect(layout(LAYER_STATE_LABELS, 'text-field', 3, moldova).toString()).toBe('Mold.');
    expect(layout(LAYER_STATE_LABELS, 'text-field', 4.19, moldova).toString()).toBe('Mold.');
    expect(layout(LAYER_STATE_LABELS, 'text-field', 4.2, moldova).toString()).toBe('Moldova');
    expect(layout(LAYER_STATE_LABELS, 'text-field', 3, russia).toString()).toBe('Russia');
  });

  it('sets a small state’s label beside it, and centres the others', () => {
    expect(layout(LAYER_STATE_LABELS, 'text-anchor', 3, moldova)).toBe('right');
    expect(layout(LAYER_STATE_LABELS, 'text-anchor', 3, russia)).toBe('center');
  });
});

describe('the opening view', () => {
  it('fits the landscape box on a wide map and the narrower portrait box on a tall one', () => {
    expect(openingView(878, 558).bounds).toEqual([20, 35, 88, 62]);
    expect(openingView(356, 602).bounds).toEqual([20, 38, 80, 66]);
  });
});

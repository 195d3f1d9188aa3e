/** The style as a whole and the country fill of every view, through MapLibre's expression engine. */
import { describe, expect, it } from 'vitest';
import {
  countryFeature,
  layer,
  compile,
  paint,
  hex,
  fillFor,
  patternsFor,
  emptyData,
  stylesOf,
} from '@/testing/paint-fixtures';
import {
  featureFilter,
  validateStyleMin,
  type LayerSpecification,
  type StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { type MapSpec } from '@/model/map-model';
import { PATTERN_KINDS, STATUS_STYLES } from '@/model/palette';
import { LAYER_FILL, fillColorFor, patternLayerId, patternOpacityFor } from './map-vocabulary';
import { atlasStyle, baseLayers } from './map-style';
import { STATUSES } from '@/data/vocabulary';

describe('the style as a whole', () => {
  it('passes MapLibre’s own style validation', () => {
    expect(validateStyleMin(atlasStyle('http://localhost:3000', emptyData()))).toEqual([]);
  });

  it('passes validation with each mode’s fill colour and pattern opacities swapped in', () => {
    const modes: MapSpec[] = [
      { kind: 'status', org: 'cis', year: 2020 },
      { kind: 'overlap', a: 'cis', b: 'csto', year: 2020 },
      { kind: 'change', org: 'cis', since: 2000, year: 2020 },
    ];
    for (const mode of modes) {
      const styles = stylesOf(mode);
      const style: StyleSpecification = atlasStyle('http://localhost:3000', emptyData());
      style.layers = style.layers.map((l): LayerSpecification => {
        if (l.id === LAYER_FILL)
          return {
            ...l,
            paint: { ...l.paint, 'fill-color': fillColorFor(styles, '#E9E4D8') },
          } as LayerSpecification;
        const kind = PATTERN_KINDS.find((k) => patternLayerId(k) === l.id);
        return kind
          ? ({
              ...l,
              paint: { ...l.paint, 'fill-opacity': patternOpacityFor(styles, kind) },
            } as LayerSpecification)
          : l;
      });
      expect(validateStyleMin(style), mode.kind).toEqual([]);
    }
  });

  it('reads feature state in no layer filter (MapLibre refuses it there)', () => {
    for (const l of baseLayers())
      if ('filter' in l && l.filter)
        expect(JSON.stringify(l.filter), l.id).not.toContain('feature-state');
  });
});

describe('the country fill in the status view', () => {
  // Hand-written from the palette: Okabe–Ito blue, sky blue, bluish green, yellow, reddish
  // purple, vermillion, and a warm grey for non-members.
  const expected: Record<string, string> = {
    member: '#0072B2',
    participating: '#56B4E9',
    associate: '#009E73',
    observer: '#F0E442',
    suspended: '#CC79A7',
    withdrawing: '#D55E00',
    'non-member': '#E9E4D8',
  };

  it.each(Object.entries(expected))('colours the %s class %s', (status, color) => {
    // The layer exactly as the static style ships it.
    expect(hex(paint(layer(LAYER_FILL), 'fill-color', { cls: status }))).toBe(color);
    // And as the map sets it when it switches back to the status view.
    expect(fillFor(STATUS_STYLES, status)).toBe(color);
  });

  it('has an expected colour for every status of the vocabulary', () => {
    expect(Object.keys(expected).sort()).toEqual([...STATUSES].sort());
  });

  it('colours a state with no class yet (or an unknown one) as a non-member', () => {
    expect(hex(paint(layer(LAYER_FILL), 'fill-color', {}))).toBe('#E9E4D8');
    expect(hex(paint(layer(LAYER_FILL), 'fill-color', { cls: 'nonsense' }))).toBe('#E9E4D8');
  });

  it('colours a neighbour in its own quiet neutral, whatever its state says', () => {
    expect(
      hex(paint(layer(LAYER_FILL), 'fill-color', { cls: 'member' }, countryFeature(false))),
    ).toBe('#F7F5F0');
    expect(
      hex(
        paint(
          layer(LAYER_FILL),
          'fill-color',
          {},
          { type: 'Polygon', properties: { iso3: 'IRN' } },
        ),
      ),
    ).toBe('#F7F5F0');
  });

  it.each([
    ['member', []],
    ['participating', ['vertical']],
    ['associate', ['dots']],
    ['observer', ['horizontal']],
    ['suspended', ['diagonal']],
    ['withdrawing', ['antidiagonal']],
    ['non-member', []],
  ] as const)('covers the %s class with the patterns %j', (status, patterns) => {
    // The static layers as shipped…
    const shown = PATTERN_KINDS.filter(
      (kind) => paint(layer(patternLayerId(kind)), 'fill-opacity', { cls: status }) === 1,
    );
    expect(shown).toEqual(patterns);
    // …and as re-applied by the map.
    expect(patternsFor(STATUS_STYLES, status)).toEqual(patterns);
  });

  it('draws each pattern layer with its own image, on post-Soviet states only', () => {
    for (const kind of PATTERN_KINDS) {
      const l = layer(patternLayerId(kind));
      expect((paint(l, 'fill-pattern', {}) as { name: string }).name).toBe(`pattern-${kind}`);
      const filter = featureFilter((l as { filter?: never }).filter, `${l.id}.filter`);
      expect(filter.filter({ zoom: 3 }, { type: 3, properties: { postSoviet: true } })).toBe(true);
      expect(filter.filter({ zoom: 3 }, { type: 3, properties: { postSoviet: false } })).toBe(
        false,
      );
      expect(filter.filter({ zoom: 3 }, { type: 3, properties: {} })).toBe(false);
    }
  });

  it('keeps every fill colour and pattern opacity reading feature state, even a pattern no class uses', () => {
    // MapLibre fails (in updatePaintArrays) when a paint property switches from feature state
    // to a constant, so an unused pattern must still be a feature-state expression giving 0.
    const stateful = (l: LayerSpecification, property: string): boolean =>
      (
        compile(l.type, property, (l.paint as Record<string, unknown>)[property]) as {
          isStateDependent?: boolean;
        }
      ).isStateDependent === true;
    expect(stateful(layer(LAYER_FILL), 'fill-color')).toBe(true);
    for (const kind of PATTERN_KINDS)
      expect(stateful(layer(patternLayerId(kind)), 'fill-opacity'), kind).toBe(true);
  });

  it('shows no pattern on a state with no class', () => {
    for (const kind of PATTERN_KINDS)
      expect(paint(layer(patternLayerId(kind)), 'fill-opacity', {})).toBe(0);
  });
});

describe('the country fill in the overlap view', () => {
  const styles = stylesOf({ kind: 'overlap', a: 'cis', b: 'csto', year: 2020 });
  it.each([
    ['both', '#0072B2', []],
    ['only-a', '#E69F00', []],
    ['only-b', '#009E73', []],
    ['neither', '#E9E4D8', []],
    ['both~', '#0072B2', ['dots']],
    ['only-a~', '#E69F00', ['dots']],
    ['only-b~', '#009E73', ['dots']],
    ['neither~', '#E9E4D8', ['dots']],
  ] as const)('draws %s as %s with the patterns %j', (cls, color, patterns) => {
    expect(fillFor(styles, cls)).toBe(color);
    expect(patternsFor(styles, cls)).toEqual(patterns);
  });

  it('has exactly these eight classes', () => {
    expect(Object.keys(styles).sort()).toEqual(
      ['both', 'both~', 'neither', 'neither~', 'only-a', 'only-a~', 'only-b', 'only-b~'].sort(),
    );
  });

  it('does not draw a status pattern left over from the status view', () => {
    expect(patternsFor(styles, 'suspended')).toEqual([]);
    expect(fillFor(styles, 'member')).toBe('#E9E4D8');
  });
});

describe('the country fill in the change view', () => {
  const styles = stylesOf({ kind: 'change', org: 'csto', since: 2010, year: 2024 });
  it.each([
    ['joined', '#009E73', []],
    ['left', '#D55E00', []],
    ['status-changed', '#CC79A7', ['diagonal']],
    ['unchanged-member', '#0072B2', []],
    ['unchanged-non-member', '#E9E4D8', []],
    ['joined~', '#009E73', ['dots']],
    ['left~', '#D55E00', ['dots']],
    ['unchanged-member~', '#0072B2', ['dots']],
    ['unchanged-non-member~', '#E9E4D8', ['dots']],
  ] as const)('draws %s as %s with the patterns %j', (cls, color, patterns) => {
    expect(fillFor(styles, cls)).toBe(color);
    expect(patternsFor(styles, cls)).toEqual(patterns);
  });

  it('has no dotted variant of a status change', () => {
    expect(Object.keys(styles)).not.toContain('status-changed~');
    expect(Object.keys(styles)).toHaveLength(9);
  });
});

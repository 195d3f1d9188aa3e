/**
 * The map's paint and filter expressions, evaluated by MapLibre's own expression engine: feature
 * state in, colour (or opacity, or width) out, as the map would draw it. Expected colours are
 * written out by hand from the palette (Okabe–Ito, see README "Statuses").
 */
import {
  expression,
  featureFilter,
  latest,
  validateStyleMin,
  type Feature,
  type FeatureState,
  type LayerSpecification,
  type StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { mapModel, type MapSpec } from '../map-spec';
import {
  LAYER_FILL,
  LAYER_HIGHLIGHT,
  LAYER_TERRITORY_FILL,
  LAYER_TERRITORY_LABEL,
  LAYER_TERRITORY_LINE,
  LAYER_TERRITORY_POINT,
  LAYER_EVENTS,
  PATTERN_KINDS,
  REGION_BBOX,
  SOURCE_TERRITORIES,
  STATUS_STYLES,
  atlasStyle,
  baseLayers,
  fillColorFor,
  patternLayerId,
  patternOpacityFor,
  type ClassStyle,
  type PatternKind,
} from './map-style';
import type { Organisation } from '@/data/schema';
import { STATUSES, type OrgId } from '@/data/vocabulary';

// ---------------------------------------------------------------------------------------------
// Evaluation helpers
// ---------------------------------------------------------------------------------------------

type PropertySpec = Parameters<typeof expression.createPropertyExpression>[2];
const reference = latest as unknown as Record<string, Record<string, PropertySpec>>;

/** A country feature as the `countries` source holds it. */
function countryFeature(postSoviet = true): Feature {
  return { type: 'Polygon', properties: { iso3: 'TST', name: 'Testland', postSoviet } };
}

/** The layer of the static style with this id. */
function layer(id: string, layers: LayerSpecification[] = baseLayers()): LayerSpecification {
  const found = layers.find((l) => l.id === id);
  if (!found) throw new Error(`no layer ${id}`);
  return found;
}

/** Compiles a paint value with the property's specification, failing on any parsing error. */
function compile(layerType: string, property: string, value: unknown) {
  const spec = reference[`paint_${layerType}`]?.[property];
  if (!spec) throw new Error(`no paint property ${property} for ${layerType} layers`);
  const result = expression.createPropertyExpression(value, property, spec);
  if (result.result !== 'success')
    throw new Error(result.value.map((e: { message: string }) => e.message).join('; '));
  return result.value;
}

/** Evaluates a layer's paint property for one feature in one feature state. */
function paint(
  l: LayerSpecification,
  property: string,
  state: FeatureState,
  feature: Feature = countryFeature(),
): unknown {
  const value = (l.paint as Record<string, unknown> | undefined)?.[property];
  return compile(l.type, property, value).evaluate({ zoom: 3 }, feature, state);
}

/** A MapLibre colour as `#RRGGBB` (alpha must be 1). */
function hex(color: unknown): string {
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
function fillFor(styles: Record<string, ClassStyle>, cls: string, postSoviet = true): string {
  // As atlas-map.ts applies a mode: setPaintProperty(LAYER_FILL, 'fill-color', …).
  const l = { ...layer(LAYER_FILL), paint: { 'fill-color': fillColorFor(styles, '#E9E4D8') } };
  return hex(paint(l as LayerSpecification, 'fill-color', { cls }, countryFeature(postSoviet)));
}

/** The pattern layers that show on a state of class `cls` (opacity 1), given a mode's styles. */
function patternsFor(styles: Record<string, ClassStyle>, cls: string): PatternKind[] {
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
const emptyData = () => ({
  countries: EMPTY,
  territories: EMPTY,
  territoryPoints: EMPTY,
  labels: EMPTY,
  events: EMPTY,
});

/** An organisation with one body, enough for a map model to name it. */
function organisation(id: OrgId, shortName: string, from: string): Organisation {
  const source = { title: 'Test source', citation: 'made up for a test' };
  return {
    id,
    name: `The ${shortName}`,
    shortName,
    from,
    description: 'An organisation made up for a test.',
    bodies: [
      {
        id,
        name: `The ${shortName}`,
        shortName,
        from,
        foundingAct: 'A treaty',
        milestones: [],
        source,
      },
    ],
    source,
  };
}
const ORGANISATIONS = [
  organisation('cis', 'CIS', '1991-12-08'),
  organisation('csto', 'CSTO', '1992-05-15'),
];

const TODAY = '2026-11-23';
const stylesOf = (spec: MapSpec) => mapModel(spec, [], ORGANISATIONS, [], TODAY).styles;

// ---------------------------------------------------------------------------------------------

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

describe('the outline of the selected, highlighted and hovered state', () => {
  const width = (state: FeatureState): unknown =>
    paint(layer(LAYER_HIGHLIGHT), 'line-width', state);

  it('is 3 px when selected, 2.5 px when highlighted, 2 px on hover and absent otherwise', () => {
    expect(width({ selected: true })).toBe(3);
    expect(width({ highlight: true })).toBe(2.5);
    expect(width({ hover: true })).toBe(2);
    expect(width({})).toBe(0);
    expect(width({ selected: false, highlight: false, hover: false })).toBe(0);
  });

  it('keeps the selected width while the selected state is also hovered or highlighted', () => {
    expect(width({ selected: true, hover: true, highlight: true })).toBe(3);
    expect(width({ highlight: true, hover: true })).toBe(2.5);
  });

  it('is drawn in near-black', () => {
    expect(hex(paint(layer(LAYER_HIGHLIGHT), 'line-color', {}))).toBe('#111111');
  });
});

describe('the territory overlays (Crimea’s polygon, the ringed points) and event markers', () => {
  const polygon = { type: 'Polygon' as const, properties: { id: 'crimea' } };
  const point = {
    type: 'Point' as const,
    properties: { id: 'transnistria', name: 'Transnistria' },
  };

  it('draws the Crimea hatch only while the polygon’s feature state is active', () => {
    const fill = layer(LAYER_TERRITORY_FILL);
    expect(fill.type === 'fill' && fill.source).toBe(SOURCE_TERRITORIES);
    expect('filter' in fill ? fill.filter : undefined).toBeUndefined();
    expect((paint(fill, 'fill-pattern', {}, polygon) as { name: string }).name).toBe(
      'hatch-territory',
    );
    expect(paint(fill, 'fill-opacity', { active: true }, polygon)).toBe(1);
    expect(paint(fill, 'fill-opacity', { active: false }, polygon)).toBe(0);
    expect(paint(fill, 'fill-opacity', {}, polygon)).toBe(0);
  });

  it('outlines the Crimea polygon only while it is active', () => {
    const line = layer(LAYER_TERRITORY_LINE);
    expect(paint(line, 'line-opacity', { active: true }, polygon)).toBe(0.9);
    expect(paint(line, 'line-opacity', {}, polygon)).toBe(0);
  });

  it('keys the territory polygons by their `id` property, so the map can set their state by record id', () => {
    const style = atlasStyle('http://localhost:3000', emptyData());
    expect(style.sources[SOURCE_TERRITORIES]).toMatchObject({ type: 'geojson', promoteId: 'id' });
  });

  it('rings and names a territory point only while it is active', () => {
    const ring = layer(LAYER_TERRITORY_POINT);
    const label = layer(LAYER_TERRITORY_LABEL);
    expect(paint(ring, 'circle-opacity', { active: true }, point)).toBe(0.9);
    expect(paint(ring, 'circle-stroke-opacity', { active: true }, point)).toBe(1);
    expect(paint(label, 'text-opacity', { active: true }, point)).toBe(1);
    expect(paint(ring, 'circle-opacity', {}, point)).toBe(0);
    expect(paint(ring, 'circle-stroke-opacity', {}, point)).toBe(0);
    expect(paint(label, 'text-opacity', {}, point)).toBe(0);
  });

  it('shows an event marker only while it is active', () => {
    const markers = layer(LAYER_EVENTS);
    expect(paint(markers, 'circle-opacity', { active: true }, point)).toBe(1);
    expect(paint(markers, 'circle-opacity', {}, point)).toBe(0);
  });
});

describe('the view of the region', () => {
  // The map opens on REGION_BBOX through MapLibre's own cameraForBounds (map-options.ts), which
  // needs a live map: that the whole region, Chukotka included, fits the map's size is checked in
  // the browser (e2e/map-sync.spec.ts, "opens on the whole region").
  it('spans the region from the Baltic past 180°, so that Chukotka is in it, centred near 105°E', () => {
    const [west, south, east, north] = REGION_BBOX;
    expect((west + east) / 2).toBeCloseTo(105, 0);
    expect(east).toBeGreaterThan(180);
    expect(west).toBeLessThan(east);
    expect(south).toBeLessThan(north);
  });
});

/**
 * The names and paint builders the map's style shares with the map's runtime and tests: source and
 * layer ids, image names, the label font, and the two expressions a change of mode swaps in. The
 * colours and pattern kinds are the page model's (model/palette.ts).
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { NEIGHBOUR_COLOR, type ClassStyle, type PatternKind } from '@/model/palette';

/** Image names for the map's patterns; the territory hatch is its own. */
export const patternImageName = (kind: PatternKind): string => `pattern-${kind}`;
export const TERRITORY_HATCH = 'hatch-territory';

export const SOURCE_COUNTRIES = 'countries';
export const SOURCE_TERRITORIES = 'territories';
export const SOURCE_TERRITORY_POINTS = 'territory-points';
export const SOURCE_LABELS = 'labels';
export const SOURCE_EVENTS = 'events';
export const SOURCE_PRESENCE = 'presence';

export const LAYER_FILL = 'country-fill';
export const LAYER_BORDERS = 'country-borders';
export const LAYER_HIGHLIGHT = 'country-highlight';
/** The dashed outline of states whose status another source reads otherwise. */
export const LAYER_READINGS = 'country-readings';
export const LAYER_TERRITORY_FILL = 'territory-fill';
export const LAYER_TERRITORY_LINE = 'territory-line';
export const LAYER_TERRITORY_POINT = 'territory-point';
export const LAYER_TERRITORY_LABEL = 'territory-label';
/** Neighbours' labels, placed where they do not collide. */
export const LAYER_LABELS = 'country-labels';
/** The post-Soviet states' labels: always placed, each set beside its state where it is small. */
export const LAYER_STATE_LABELS = 'state-labels';
/** Below this zoom a small state's label is its short form (`labelShort`). */
export const SHORT_LABEL_BELOW_ZOOM = 4.2;
export const LAYER_EVENTS = 'event-markers';
/** Russian bases and deployments, when switched on: dark red points with a white ring. */
export const LAYER_PRESENCE = 'presence-markers';
export const patternLayerId = (kind: PatternKind): string => `country-pattern-${kind}`;

/** The font the labels use, served from our own origin (see `scripts/prepare-assets.ts`). */
export const LABEL_FONT = 'Noto Sans Regular';

/**
 * The fill colour of a country: by the class in its feature state (a status, an overlap category
 * or a change word), neighbours in a quiet neutral.
 */
export function fillColorFor(
  classes: Record<string, ClassStyle>,
  fallback: string,
): ExpressionSpecification {
  const pairs = Object.entries(classes).flatMap(([cls, style]) => [cls, style.color]);
  const byClass: ExpressionSpecification =
    pairs.length === 0
      ? ['literal', fallback]
      : ([
          'match',
          ['coalesce', ['feature-state', 'cls'], ''],
          ...pairs,
          fallback,
        ] as unknown as ExpressionSpecification);
  return ['case', ['boolean', ['get', 'postSoviet'], false], byClass, NEIGHBOUR_COLOR];
}

/**
 * The opacity of one pattern layer: visible on the countries whose class carries this pattern.
 * (`fill-pattern` cannot read feature state, `fill-opacity` can, so each pattern is a layer.)
 */
export function patternOpacityFor(
  classes: Record<string, ClassStyle>,
  kind: PatternKind,
): ExpressionSpecification {
  const withPattern = Object.entries(classes)
    .filter(([, s]) => s.pattern === kind)
    .map(([cls]) => cls);
  // Always the same feature-state expression, even when no class has this pattern: MapLibre
  // fails (in updatePaintArrays) when a paint property switches from feature state to a constant.
  return [
    'case',
    ['in', ['coalesce', ['feature-state', 'cls'], ''], ['literal', withPattern]],
    1,
    0,
  ];
}

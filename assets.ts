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
export const GENERATED_DIR = 'public/generated';

function generated(name: string): GeneratedFile {
  return { url: `/generated/${name}`, path: `${GENERATED_DIR}/${name}` };
}

/** The records the browser fetches (`AtlasData` without the day, data/records.ts). */
export const ATLAS_DATA = generated('data/atlas-data.json');

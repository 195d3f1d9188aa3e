/**
 * Downloads the view as a figure, as SVG or as PNG at twice its pixels: the same figure as the
 * link previews (svg-figure.ts: title, dating rule, legend with the states' names, boundary note,
 * sources and link), from the geometry the map already loaded. Side by side, the two maps'
 * figures one above the other, each with its own title and legend.
 */
import type { DecodedRegion } from '@/geo/decode';
import { saveFile } from '../save-file';
import type { AtlasView } from '@/model';
import { loadMapAssets } from './load-assets';
import { OG_SIZE, figureInputOf, figureSvg } from '@/figure/svg-figure';

export type FigureKind = 'svg' | 'png';

/** A file name from the figure's title: "CSTO in 2008" → cis-atlas-csto-in-2008.png. */
export function figureFileName(title: string, kind: FigureKind): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `cis-atlas-${slug}.${kind}`;
}

/** The figure of every map of the view, stacked: one for a single map, two side by side. */
export function viewFigureSvg(view: AtlasView, region: DecodedRegion, link: string): string {
  const parts = view.panes.map((_, i) => figureSvg(figureInputOf(view, region, link, i)));
  if (parts.length === 1) return parts[0]!;
  const { width, height } = OG_SIZE;
  const total = height * parts.length;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}">`,
    ...parts.map((p, i) => `<g transform="translate(0 ${height * i})">${p}</g>`),
    '</svg>',
  ].join('\n');
}

/** Draws an SVG into a canvas at `scale`, as PNG. */
async function pngOf(svg: string, scale: number, maps: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = OG_SIZE.width * scale;
    canvas.height = OG_SIZE.height * maps * scale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw the image.');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('No PNG.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves the view's figure; `link` is printed on it (the view's address). */
export async function downloadFigure(
  view: AtlasView,
  kind: FigureKind,
  link: string,
): Promise<void> {
  const { region } = await loadMapAssets();
  const svg = viewFigureSvg(view, region, link);
  const title = view.panes.map((p) => p.title).join(' and ');
  const blob =
    kind === 'svg'
      ? new Blob([svg], { type: 'image/svg+xml' })
      : await pngOf(svg, 2, view.panes.length);
  saveFile(blob, figureFileName(title, kind));
}

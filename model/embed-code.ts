/**
 * The code that embeds a view in another page: an iframe of the embed view with the view's whole
 * query (a path page's organisation and year included, which the embed view reads from the query),
 * titled for screen readers; without the switcher and slider if asked (`controls=0`); and, if
 * asked, a few lines of script that size the frame to its content, which the embed view posts to
 * the page that frames it. Pure; tested beside itself.
 */
import { escapeXml } from '@/data/text';
import { EMBED_PATH } from '@/assets';

/** What the embed view posts to the page that frames it: `{ type, height }`, in CSS pixels. */
export const HEIGHT_MESSAGE = 'cis-atlas:height';
/**
 * The snippet's answer: the page sizes the frame to the content, so the embed view lays the map
 * out by its width, not by the frame's height (which would then follow the map without end).
 */
export const AUTO_HEIGHT_MESSAGE = 'cis-atlas:auto-height';

/**
 * A frame's height that shows the whole map: with the controls, a phone-wide frame stacks the
 * eight organisations and the slider (about 230 px) over a map of at least 55% of the height; a
 * wide one sets them in two rows over a map of the height less 7.5 rem.
 */
const HEIGHT = { controls: 640, bare: 480 } as const;

export interface EmbedOptions {
  /** Show the organisation switcher and the year slider (default); `false` writes `controls=0`. */
  controls?: boolean;
  /** Add the script that sizes the frame to its content. */
  autoHeight?: boolean;
}

/** The script of the auto-height snippet: it trusts messages from `origin` about its own frames. */
function heightScript(origin: string): string {
  return (
    '<script>addEventListener("message",function(e){var d=e.data;' +
    `if(e.origin!==${JSON.stringify(origin)}||!d||d.type!=="${HEIGHT_MESSAGE}")return;` +
    'var f=document.getElementsByTagName("iframe");for(var i=0;i<f.length;i++)' +
    'if(f[i].contentWindow===e.source){' +
    'f[i].style.height=Math.min(Math.max(+d.height||0,200),5000)+"px";' +
    `e.source.postMessage({type:"${AUTO_HEIGHT_MESSAGE}"},e.origin)}})</script>`
  );
}

export function embedCode(
  origin: string,
  query: string,
  title: string,
  { controls = true, autoHeight = false }: EmbedOptions = {},
): string {
  const params = new URLSearchParams(query);
  if (!controls) params.set('controls', '0');
  const search = params.toString();
  const src = `${origin}${EMBED_PATH}${search ? `?${search}` : ''}`;
  const frame =
    `<iframe src="${escapeXml(src)}" title="${escapeXml(`${title} (CIS Atlas)`)}" ` +
    `width="100%" height="${controls ? HEIGHT.controls : HEIGHT.bare}" style="border:0" ` +
    'loading="lazy"></iframe>';
  return autoHeight ? `${frame}\n${heightScript(origin)}` : frame;
}

/**
 * What a page transfers: every response body of a browser context, sized as encoded on the wire
 * and sorted into categories (JS, CSS, geometry, fonts, data, other).
 */
import { get } from 'node:http';
import type { BrowserContext } from '@playwright/test';
import type { BytesBreakdown } from './results-schema';

type Category = 'js' | 'css' | 'geometry' | 'fonts' | 'data' | 'other';

function categorise(url: string, contentType: string, resourceType: string): Category {
  const path = new URL(url).pathname;
  if (path.startsWith('/generated/geo/')) return 'geometry';
  if (/\.(m?js)$/.test(path) || contentType.includes('javascript') || resourceType === 'script')
    return 'js';
  if (path.endsWith('.css') || contentType.includes('text/css')) return 'css';
  if (/\.(woff2?|ttf|otf)$/.test(path) || contentType.startsWith('font/')) return 'fonts';
  if (
    resourceType === 'document' ||
    contentType.includes('json') ||
    contentType.includes('text/x-component') ||
    contentType.includes('text/html')
  )
    return 'data';
  return 'other';
}

/**
 * The encoded (gzip) body size of a URL, fetched again from Node. Used for the one response
 * Playwright cannot size: the MapLibre worker script, which the worker itself loads.
 */
export function refetchEncodedSize(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
      let n = 0;
      res.on('data', (d: Buffer) => (n += d.length));
      res.on('end', () => resolve(n));
      res.on('error', reject);
    }).on('error', reject);
  });
}

export interface Transfer {
  url: string;
  category: Category;
  bytes: number;
  encoding: string;
  contentType: string;
}

/** Records every response body (encoded, as transferred) of a context. */
export function recordTransfers(context: BrowserContext): { done: () => Promise<Transfer[]> } {
  const pending: Promise<Transfer | null>[] = [];
  context.on('requestfinished', (request) => {
    pending.push(
      (async () => {
        const response = await request.response();
        if (!response || request.url().startsWith('data:') || request.url().startsWith('blob:'))
          return null;
        const sizes = await request.sizes();
        const headers = await response.allHeaders();
        const contentType = headers['content-type'] ?? '';
        // A response from the browser's cache (a second use of the same file) transferred
        // nothing; Chromium reports its body size as negative.
        const bytes =
          sizes.responseBodySize === 0 && response.status() === 200
            ? await refetchEncodedSize(request.url())
            : Math.max(0, sizes.responseBodySize);
        return {
          url: request.url(),
          category: categorise(request.url(), contentType, request.resourceType()),
          bytes,
          encoding: headers['content-encoding'] ?? 'identity',
          contentType,
        };
      })().catch(() => null),
    );
  });
  return {
    done: async () => (await Promise.all(pending)).filter((t): t is Transfer => t !== null),
  };
}

export function breakdown(transfers: readonly Transfer[]): BytesBreakdown {
  const b: BytesBreakdown = {
    js: 0,
    css: 0,
    geometry: 0,
    fonts: 0,
    data: 0,
    other: 0,
    total: 0,
    requests: transfers.length,
    uncompressed: [],
    files: [],
  };
  for (const t of transfers) {
    b[t.category] += t.bytes;
    b.total += t.bytes;
    b.files.push({ path: new URL(t.url).pathname, category: t.category, bytes: t.bytes });
    const compressible = /javascript|json|css|html|x-component|svg|text/.test(t.contentType);
    if (compressible && t.encoding === 'identity' && t.bytes > 1024)
      b.uncompressed.push(`${new URL(t.url).pathname} (${t.bytes} B)`);
  }
  return b;
}

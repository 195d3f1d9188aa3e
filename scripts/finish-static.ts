/**
 * Finishes the static deployment that `STATIC_EXPORT=1 next build` wrote to `out/`: writes the
 * headers as a `_headers` file (the form Netlify, Cloudflare Pages and similar hosts read), and a
 * gzip and a brotli copy beside every compressible file, for servers that serve pre-compressed
 * files (nginx `gzip_static`/`brotli_static`, `http-server -g -b`, most CDNs).
 * `npx tsx scripts/finish-static.ts [dir]`.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { EMBED_PATH } from '@/assets';
import { CACHE_RULES, securityHeaders } from '../security-headers';

const dir = process.argv[2] ?? 'out';
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.svg',
  '.txt',
  '.xml',
  '.csv',
  '.map',
]);

function* files(root: string): Generator<string> {
  for (const name of readdirSync(root)) {
    const path = join(root, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

/** `/_next/static/:path*` in Next's form → `/_next/static/*` in the `_headers` form. */
const headersPath = (source: string): string => source.replace(/:path\*$/, '*');

// Hosts merge the headers of every rule a path matches (Netlify joins repeated keys), so the
// embed view cannot relax a policy that `/*` sets: `/*` gets the headers that are the same
// everywhere, and each page its own Content-Security-Policy (the embed view's lets others frame it).
const CSP = 'Content-Security-Policy';
const header = (h: { key: string; value: string }): string => `  ${h.key}: ${h.value}`;
const lines = [
  '/*',
  ...securityHeaders()
    .filter((h) => h.key !== CSP)
    .map(header),
];
const pages = [...files(dir)]
  .filter((p) => p.endsWith('index.html') || p.endsWith('404.html'))
  .map((p) => `/${relative(dir, p).replace(/\\/g, '/')}`.replace(/index\.html$/, ''));
for (const page of pages.sort()) {
  const framing = page === `${EMBED_PATH}/` ? 'anyone' : 'none';
  const policy = securityHeaders(false, framing).filter((h) => h.key === CSP);
  // `/csto/2009` is answered with the folder's index.html too.
  const paths = page.length > 1 && page.endsWith('/') ? [page, page.slice(0, -1)] : [page];
  for (const path of paths) lines.push(path, ...policy.map(header));
}
for (const rule of CACHE_RULES)
  lines.push(headersPath(rule.source), `  Cache-Control: ${rule.value}`);
writeFileSync(join(dir, '_headers'), `${lines.join('\n')}\n`);

let count = 0;
let raw = 0;
let br = 0;
for (const path of [...files(dir)]) {
  if (!COMPRESSIBLE.has(extname(path))) continue;
  const body = readFileSync(path);
  if (body.length < 512) continue;
  const brotli = brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
  writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
  writeFileSync(`${path}.br`, brotli);
  count++;
  raw += body.length;
  br += brotli.length;
}
console.log(
  `finish-static: ${dir}/_headers written; ${count} files pre-compressed (${(raw / 1024).toFixed(0)} kB → ${(br / 1024).toFixed(0)} kB brotli)`,
);

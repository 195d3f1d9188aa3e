import type { NextConfig } from 'next';
import { EMBED_PATH } from './assets';
import { CACHE_RULES, securityHeaders } from './security-headers';

/** `STATIC_EXPORT=1 next build` writes the static deployment to `out/` (see `npm run build:static`). */
const staticExport = process.env.STATIC_EXPORT === '1';

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Every page as a folder with an index.html, which any static server finds without rewrites.
  ...(staticExport ? { output: 'export' as const, trailingSlash: true } : {}),
  // Inlined at build time, so that a build without it has no test hook at all.
  // ATLAS_TODAY fixes "today" for the build and the browser alike (data/day.ts todayUtc).
  env: {
    NEXT_PUBLIC_TEST_HOOKS: process.env.NEXT_PUBLIC_TEST_HOOKS ?? '',
    ATLAS_TODAY: process.env.ATLAS_TODAY ?? '',
  },
  // A static export cannot send headers: scripts/finish-static.ts writes them to out/_headers.
  ...(staticExport
    ? {}
    : {
        async headers() {
          return [
            {
              source: '/:path*',
              headers: securityHeaders(process.env.NODE_ENV === 'development'),
            },
            // After the rule above, so that its policy replaces the one that refuses framing.
            {
              source: EMBED_PATH,
              headers: securityHeaders(process.env.NODE_ENV === 'development', 'anyone'),
            },
            ...CACHE_RULES.map((r) => ({
              source: r.source,
              headers: [{ key: 'Cache-Control', value: r.value }],
            })),
          ];
        },
      }),
};

export default nextConfig;

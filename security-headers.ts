/**
 * The security and caching headers of every response, in one place: `next.config.ts` sends them
 * from `npm start`, and `scripts/finish-static.ts` writes them as a `_headers` file (the form
 * Netlify, Cloudflare Pages and similar hosts read) for the static deployment.
 *
 * The page may talk to its own origin only: no tiles, fonts, glyphs or scripts from elsewhere.
 * MapLibre needs blob: workers/images and inline styles; Next needs inline scripts for hydration.
 */
/**
 * Who may show a page in a frame: nobody, except the embed view (`/embed`), which any site may
 * frame; that is what it is for.
 */
type Framing = 'none' | 'anyone';

function contentSecurityPolicy(dev = false, framing: Framing = 'none'): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'" + (dev ? " 'unsafe-eval'" : ''),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "child-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    framing === 'anyone' ? 'frame-ancestors *' : "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');
}

/** Headers for every page and file (the embed view with `framing: 'anyone'`). */
export function securityHeaders(
  dev = false,
  framing: Framing = 'none',
): { key: string; value: string }[] {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(dev, framing) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    {
      key: 'Permissions-Policy',
      value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    },
    // Browsers honour HSTS only over HTTPS; on plain-HTTP loopback it is ignored.
    { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  ];
}

/** Cache lifetimes: content-hashed assets for a year, generated data and downloads for an hour. */
export const CACHE_RULES: readonly { source: string; value: string }[] = [
  { source: '/_next/static/:path*', value: 'public, max-age=31536000, immutable' },
  { source: '/generated/:path*', value: 'public, max-age=3600, stale-while-revalidate=86400' },
  // The downloads (data/export.ts), rebuilt with every build like /generated; the /data page
  // itself matches too, and changes only with a build.
  { source: '/data/:path*', value: 'public, max-age=3600, stale-while-revalidate=86400' },
  { source: '/icon.svg', value: 'public, max-age=86400' },
];

/**
 * The policy for a `<meta http-equiv>` tag, for static hosts that ignore `_headers`: the same,
 * less `frame-ancestors`, which browsers ignore (and warn about) in a meta tag.
 */
export function metaContentSecurityPolicy(): string {
  return contentSecurityPolicy()
    .split('; ')
    .filter((d) => !d.startsWith('frame-ancestors'))
    .join('; ');
}

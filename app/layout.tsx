import type { Metadata, Viewport } from 'next';
import { NuqsAdapter } from 'nuqs/adapters/next/app';
import 'maplibre-gl/dist/maplibre-gl.css';
import './globals.css';
import { metaContentSecurityPolicy } from '../security-headers';

export const metadata: Metadata = {
  // The origin the site is served from, set at build time (`SITE_URL=https://… npm run build`):
  // social sites need the preview images' absolute URLs, and without it Next falls back to
  // http://localhost:3000 (see the README, "Serving").
  metadataBase: process.env.SITE_URL ? new URL(process.env.SITE_URL) : undefined,
  title: 'CIS Atlas: the post-Soviet alliances, 1991 to today',
  description:
    'Membership of the post-Soviet states in the CIS, the CSTO and the Eurasian Economic Union at any year since 1991, with sources.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }): React.JSX.Element {
  return (
    <html lang="en">
      <head>
        {/* For static hosts that send no headers; next.config.ts and out/_headers send them too. */}
        {process.env.NODE_ENV === 'production' && (
          <meta httpEquiv="Content-Security-Policy" content={metaContentSecurityPolicy()} />
        )}
      </head>
      <body>
        <a className="skip-link" href="#main">
          Skip to the atlas
        </a>
        <NuqsAdapter>{children}</NuqsAdapter>
      </body>
    </html>
  );
}

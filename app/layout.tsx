import type { Metadata, Viewport } from 'next';
import { NuqsAdapter } from 'nuqs/adapters/next/app';
import 'maplibre-gl/dist/maplibre-gl.css';
import './globals.css';

export const metadata: Metadata = {
  title: 'CIS Atlas: the post-Soviet alliances, 1991 to today',
  description:
    'Membership of the post-Soviet states in the CIS, the CSTO and the Eurasian Economic Union at any year since 1991, with sources.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }): React.JSX.Element {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to the atlas
        </a>
        <NuqsAdapter>{children}</NuqsAdapter>
      </body>
    </html>
  );
}

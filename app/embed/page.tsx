/**
 * The embed view: the map, the year slider and the legend, with minimal chrome, for other sites to
 * frame (its headers allow it; every other page refuses framing: see security-headers.ts). It
 * reads the same links as the atlas (`/embed?layer=csto&year=2008`; `controls=0` leaves out the
 * switcher and the slider), posts its height to the page that frames it (embed-frame.tsx), and
 * links back to the full view. Prerendered, like the home page.
 */
import type { Metadata } from 'next';
import { Suspense } from 'react';
import { preload, preloadModule } from 'react-dom';
import { AtlasLoader } from '@/components/atlas-loader';
import { EmbedFrame } from '@/components/embed-frame';
import { ATLAS_DATA, GEOMETRY, MAPLIBRE } from '@/assets';
import { todayUtc } from '@/data/day';

export const revalidate = 3600;

export const metadata: Metadata = {
  title: 'CIS Atlas (embedded map)',
  robots: { index: false },
};

export default function Embed(): React.JSX.Element {
  preload(GEOMETRY.url, { as: 'fetch', crossOrigin: 'anonymous' });
  preloadModule(MAPLIBRE.url);
  preload(ATLAS_DATA.url, { as: 'fetch', crossOrigin: 'anonymous' });
  return (
    <EmbedFrame>
      <Suspense fallback={<p className="map-message">Loading the atlas…</p>}>
        <AtlasLoader today={todayUtc()} embed />
      </Suspense>
    </EmbedFrame>
  );
}

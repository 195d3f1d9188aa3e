import type { Metadata } from 'next';
import { Suspense } from 'react';
import { preload, preloadModule } from 'react-dom';
import { AtlasLoader } from '@/components/atlas-loader';
import { SiteHeader } from '@/components/site-header';
import { StaticYear } from '@/components/static-year';
import { ATLAS_DATA, GEOMETRY, MAPLIBRE, ogImage } from '@/assets';
import { atlasData } from '@/data/atlas';
import { todayUtc, yearOf } from '@/data/day';
import { staticView } from '@/model';

/** Prerendered, and rendered again at most hourly so that "today" follows the calendar. */
export const revalidate = 3600;

/** A shared link to the atlas itself previews what it opens on: the CIS in the current year. */
export function generateMetadata(): Metadata {
  const year = yearOf(todayUtc());
  const image = { url: ogImage('cis', year).url, width: 1200, height: 630 };
  return {
    openGraph: { images: [{ ...image, alt: `Map of the CIS in ${year}` }] },
    twitter: { card: 'summary_large_image', images: [image.url] },
  };
}

export default function Home(): React.JSX.Element {
  // The geometry is the map's largest request: let the browser start it with the HTML.
  preload(GEOMETRY.url, { as: 'fetch', crossOrigin: 'anonymous' });
  preloadModule(MAPLIBRE.url);
  preload(ATLAS_DATA.url, { as: 'fetch', crossOrigin: 'anonymous' });
  const data = atlasData(todayUtc());
  return (
    <>
      <SiteHeader />
      <main id="main" className="atlas">
        <Suspense fallback={<StaticYear view={staticView(data)} />}>
          <AtlasLoader today={data.today} />
        </Suspense>
      </main>
    </>
  );
}

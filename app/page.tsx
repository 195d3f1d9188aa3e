import type { Metadata } from 'next';
import { Suspense } from 'react';
import { preload, preloadModule } from 'react-dom';
import { AtlasLoader } from '@/components/atlas-loader';
import { GEOMETRY_URL, MAPLIBRE_URL, ogImageUrl } from '@/components/map/geometry-url';
import { SiteHeader } from '@/components/site-header';
import { StaticYear } from '@/components/static-year';
import { ATLAS_DATA_URL } from '@/data/atlas-data';
import { atlasData } from '@/data/atlas-payload';
import { todayUtc } from '@/data/membership';
import { staticView } from '@/model';

/** Prerendered, and rendered again at most hourly so that "today" follows the calendar. */
export const revalidate = 3600;

/** A shared link to the atlas itself previews what it opens on: the CIS in the current year. */
export function generateMetadata(): Metadata {
  const year = Number(todayUtc().slice(0, 4));
  const image = { url: ogImageUrl('cis', year), width: 1200, height: 630 };
  return {
    openGraph: { images: [{ ...image, alt: `Map of the CIS in ${year}` }] },
    twitter: { card: 'summary_large_image', images: [image.url] },
  };
}

export default function Home(): React.JSX.Element {
  // The geometry is the map's largest request: let the browser start it with the HTML.
  preload(GEOMETRY_URL, { as: 'fetch', crossOrigin: 'anonymous' });
  preloadModule(MAPLIBRE_URL);
  preload(ATLAS_DATA_URL, { as: 'fetch', crossOrigin: 'anonymous' });
  const data = atlasData(todayUtc());
  return (
    <>
      <SiteHeader />
      <main id="main" className="atlas">
        <Suspense fallback={<StaticYear view={staticView(data)} today={data.today} />}>
          <AtlasLoader today={data.today} />
        </Suspense>
      </main>
    </>
  );
}

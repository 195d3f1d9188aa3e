import { Suspense } from 'react';
import { preload, preloadModule } from 'react-dom';
import { AtlasLoader } from '@/components/atlas-loader';
import { GEOMETRY_URL, MAPLIBRE_URL } from '@/components/map/geometry-url';
import { SiteHeader } from '@/components/site-header';
import { StaticYear } from '@/components/static-year';
import { ATLAS_DATA_URL } from '@/data/atlas-data';
import { atlasData } from '@/data/atlas-payload';
import { todayUtc } from '@/data/membership';

/** Prerendered, and rendered again at most hourly so that "today" follows the calendar. */
export const revalidate = 3600;

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
        <Suspense fallback={<StaticYear data={data} />}>
          <AtlasLoader today={data.today} />
        </Suspense>
      </main>
    </>
  );
}

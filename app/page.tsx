import { Suspense } from 'react';
import { preload, preloadModule } from 'react-dom';
import { Atlas } from '@/components/atlas';
import { GEOMETRY_URL, MAPLIBRE_URL } from '@/components/map/geometry-url';
import { SiteHeader } from '@/components/site-header';
import { StaticYear } from '@/components/static-year';
import { atlasData } from '@/data/atlas-payload';
import { todayUtc } from '@/data/membership';

/** Prerendered, and rendered again at most hourly so that "today" follows the calendar. */
export const revalidate = 3600;

export default function Home(): React.JSX.Element {
  // The geometry is the map's largest request: let the browser start it with the HTML.
  preload(GEOMETRY_URL, { as: 'fetch', crossOrigin: 'anonymous' });
  preloadModule(MAPLIBRE_URL);
  const data = atlasData(todayUtc());
  return (
    <>
      <SiteHeader />
      <main id="main" className="atlas">
        <Suspense fallback={<StaticYear data={data} />}>
          <Atlas data={data} />
        </Suspense>
      </main>
    </>
  );
}

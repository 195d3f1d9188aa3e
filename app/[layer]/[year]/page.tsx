import type { Metadata } from 'next';
import { Suspense } from 'react';
import { preload, preloadModule } from 'react-dom';
import { AtlasLoader } from '@/components/atlas-loader';
import { SiteHeader } from '@/components/site-header';
import { StaticYear } from '@/components/static-year';
import { ATLAS_DATA, GEOMETRY, MAPLIBRE, ogImage } from '@/assets';
import { atlasData, organisations } from '@/data/atlas';
import { FIRST_YEAR, todayUtc, yearOf } from '@/data/day';
import { parseOrgParam, parseYearParam, type PageBase } from '@/data/url-state';
import { staticView, yearPageMeta } from '@/model';

/**
 * One prerendered page per organisation and year (`/csto/2009`): a link that search engines can
 * index, social sites can preview and a reader without JavaScript can read (the year's table and
 * legend are in the HTML). Its query may still change the view (`/csto/2009?since=1995`).
 */
export const dynamicParams = false;
export const revalidate = 3600;

export function generateStaticParams(): { layer: string; year: string }[] {
  const last = yearOf(todayUtc());
  return organisations.flatMap((o) =>
    Array.from({ length: last - FIRST_YEAR + 1 }, (_, i) => ({
      layer: o.id,
      year: String(FIRST_YEAR + i),
    })),
  );
}

type Params = Promise<{ layer: string; year: string }>;

function baseOf(layer: string, year: string, currentYear: number): Required<PageBase> | null {
  const org = parseOrgParam(
    layer,
    organisations.map((o) => o.id),
  );
  const y = parseYearParam(year, currentYear);
  return org && y ? { layer: org, year: y } : null;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { layer, year } = await params;
  const today = todayUtc();
  const base = baseOf(layer, year, yearOf(today));
  if (!base) return { title: 'Not found — CIS Atlas' };
  const { title, description, imageAlt } = yearPageMeta(atlasData(today), base.layer, base.year);
  // The map as a picture, drawn at build time (scripts/og-images.ts); made absolute by the
  // layout's `metadataBase` (SITE_URL), as social sites need.
  const image = { url: ogImage(base.layer, base.year).url, width: 1200, height: 630 };
  return {
    title,
    description,
    openGraph: {
      title,
      description,
      images: [{ ...image, alt: imageAlt }],
    },
    twitter: { card: 'summary_large_image', title, description, images: [image.url] },
  };
}

export default async function YearPage({ params }: { params: Params }): Promise<React.JSX.Element> {
  preload(GEOMETRY.url, { as: 'fetch', crossOrigin: 'anonymous' });
  preloadModule(MAPLIBRE.url);
  preload(ATLAS_DATA.url, { as: 'fetch', crossOrigin: 'anonymous' });
  const { layer, year } = await params;
  const today = todayUtc();
  const base = baseOf(layer, year, yearOf(today))!;
  const data = atlasData(today);
  return (
    <>
      <SiteHeader />
      <main id="main" className="atlas">
        <Suspense fallback={<StaticYear view={staticView(data, base)} />}>
          <AtlasLoader today={data.today} base={base} />
        </Suspense>
      </main>
    </>
  );
}

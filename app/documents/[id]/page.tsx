import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DocumentReader } from '@/components/document-reader';
import { SiteHeader } from '@/components/site-header';
import { claims, documents, quotes } from '@/data/atlas';

/** Only the documents of the record exist: any other id is a 404 rendered once, not per request. */
export const dynamicParams = false;

export function generateStaticParams(): { id: string }[] {
  return documents.map((d) => ({ id: d.id }));
}

export async function generateMetadata({
  params,
}: {
  params: Promise<{ id: string }>;
}): Promise<Metadata> {
  const { id } = await params;
  const doc = documents.find((d) => d.id === id);
  return {
    title: doc ? `${doc.title} — ${doc.author} — CIS Atlas` : 'Document not found — CIS Atlas',
  };
}

export default async function DocumentPage({
  params,
}: {
  params: Promise<{ id: string }>;
}): Promise<React.JSX.Element> {
  const { id } = await params;
  const doc = documents.find((d) => d.id === id);
  if (!doc) notFound();
  return (
    <>
      <SiteHeader />
      <main id="main" className="reader">
        <DocumentReader
          doc={doc}
          quotes={quotes.filter((q) => q.document === id)}
          claims={claims.filter((c) => c.document === id)}
        />
      </main>
    </>
  );
}

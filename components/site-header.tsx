/** The site's header: the name, what it is, and the routes (the articles, sources and method, the data). */
import Link from 'next/link';
import { documents, organisations } from '@/data/atlas';
import { andList } from '@/data/text';
import { documentLabel } from '@/data/document-label';
import './site-header.css';

export function SiteHeader(): React.JSX.Element {
  return (
    <header className="site-header">
      <p className="site-title">
        <Link href="/">CIS Atlas</Link>
      </p>
      <p className="tagline">
        The post-Soviet alliances — {andList(organisations.map((o) => o.shortName))} — from 1991 to
        today, with sources.
      </p>
      <nav aria-label="Site">
        {documents.map((d) => (
          <Link key={d.id} href={`/documents/${d.id}`} prefetch={false} title={d.title}>
            {documentLabel(d)}
          </Link>
        ))}
        <span className="site-meta-links">
          <Link href="/sources" prefetch={false}>
            Sources &amp; method
          </Link>
          <Link href="/data" prefetch={false}>
            Data
          </Link>
        </span>
      </nav>
    </header>
  );
}

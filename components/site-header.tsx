/** The site's header: the name, what it is, and the routes. */
import Link from 'next/link';

export function SiteHeader(): React.JSX.Element {
  return (
    <header className="site-header">
      <p className="site-title">
        <Link href="/">CIS Atlas</Link>
      </p>
      <p className="tagline">
        The post-Soviet alliances — CIS, CSTO and EAEU — from 1991 to today, with sources.
      </p>
      <nav aria-label="Site">
        <Link href="/documents/bolgova-2015" prefetch={false}>
          Bolgova (RIAC, 2015)
        </Link>
        <Link href="/documents/wani-2025" prefetch={false}>
          Wani (ORF, 2025)
        </Link>
      </nav>
    </header>
  );
}

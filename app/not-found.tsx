import Link from 'next/link';
import { SiteHeader } from '@/components/site-header';

export default function NotFound(): React.JSX.Element {
  return (
    <>
      <SiteHeader />
      <main id="main" className="reader">
        <h1>Page not found</h1>
        <p>
          There is no such page in CIS Atlas. <Link href="/">Open the map</Link>, or read one of the
          two articles linked above.
        </p>
      </main>
    </>
  );
}

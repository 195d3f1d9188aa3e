'use client';
import Link from 'next/link';
/** A clear message instead of a blank page when something fails while rendering. */
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}): React.JSX.Element {
  return (
    <main id="main" className="reader">
      <h1>Something went wrong</h1>
      <p>
        The atlas could not show this page. {error.digest ? `(Reference ${error.digest}.)` : ''}
      </p>
      <p>
        <button type="button" onClick={reset}>
          Try again
        </button>{' '}
        or <Link href="/">open the map with its defaults</Link>.
      </p>
    </main>
  );
}

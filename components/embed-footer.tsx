/** The embed view's last line: where the view comes from, and a link to it in the full atlas. */
import { memo } from 'react';
import { linkTo } from '@/data/links';
import type { AtlasUrlState } from '@/data/url-state';
import './embed-footer.css';

// Memoised: it changes with the state, not with every render of the shell.
export const EmbedFooter = memo(function EmbedFooter({
  state,
  currentYear,
}: {
  state: AtlasUrlState;
  currentYear: number;
}): React.JSX.Element {
  // The full atlas has its controls whatever the frame shows.
  const href = linkTo({ ...state, controls: true }, { currentYear, base: 'home' });
  return (
    <p className="embed-footer">
      <a href={href} target="_blank" rel="noopener">
        Open this view in CIS Atlas ↗
      </a>{' '}
      — sources, the table and every country&apos;s story.
    </p>
  );
});

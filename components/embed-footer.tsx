/** The embed view's last line: where the view comes from, and a link to it in the full atlas. */
import { formatUrlState, type AtlasUrlState, type PageBase } from '@/data/url-state';
import './embed-footer.css';

export function EmbedFooter({
  state,
  currentYear,
  base,
}: {
  state: AtlasUrlState;
  currentYear: number;
  base?: PageBase;
}): React.JSX.Element {
  // The full atlas has its controls whatever the frame shows.
  const query = formatUrlState({ ...state, controls: true }, currentYear, base).toString();
  return (
    <p className="embed-footer">
      <a href={`/${query ? `?${query}` : ''}`} target="_blank" rel="noopener">
        Open this view in CIS Atlas ↗
      </a>{' '}
      — sources, the table and every country&apos;s story.
    </p>
  );
}

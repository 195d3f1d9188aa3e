/** The chosen year in numbers: member states of the layer and their combined land area (approximate). */
import { statusPhrase } from '@/data/wording';
import { SourceLink } from './source-link';
import type { StatsView } from '@/model';
import './year-stats.css';

export function YearStats({ stats }: { stats: StatsView }): React.JSX.Element {
  const { orgName, year, members, full, of, area, notYet, others } = stats;
  // Before the first body existed there is nothing to count: say so instead of "0 of 15".
  if (notYet)
    return (
      <p className="year-stats" data-testid="year-stats">
        {notYet}, so no post-Soviet state was in it in {year}.
      </p>
    );
  return (
    <p className="year-stats" data-testid="year-stats">
      <strong>{members.length}</strong> of {of} post-Soviet states in the {orgName} in {year}
      {full !== members.length ? ` (${full} full members)` : ''}; combined land area{' '}
      {area === null ? '…' : <strong>≈ {(area / 1e6).toFixed(2)} million km²</strong>}{' '}
      <span className="muted">
        (approximate: computed with turf from the simplified 1:50m boundaries, Crimea counted with
        Ukraine)
      </span>
      .
      {others.map((o) => (
        <span key={o.name} data-testid="year-stats-other">
          {' '}
          Not a post-Soviet state: {o.name}, {statusPhrase(o.status, orgName)} since {o.since}.{' '}
          <SourceLink source={o.source} brief />
        </span>
      ))}
    </p>
  );
}

/**
 * Russian bases and deployments as a list: for a state's panel (every one, the year's marked)
 * and for the key beside the map (the year's, when the points are switched on).
 */
import { formatDay } from '@/data/day';
import { SourceLink } from './source-link';
import type { PresenceView } from '@/model';
import './presence.css';

function LegalBasis({ steps }: { steps: PresenceView['legalBasis'] }): React.JSX.Element {
  return (
    <ul className="legal-basis">
      {steps.map((s) => (
        <li key={s.title}>
          {s.title}
          {s.signed && `; signed ${formatDay(s.signed)}`}
          {s.inForce && `; in force ${formatDay(s.inForce)}`}
          {s.term && `; ${s.term}`}
        </li>
      ))}
    </ul>
  );
}

export function PresenceList({
  items,
  year,
  nameOf,
  detailed = false,
}: {
  items: readonly PresenceView[];
  year: number;
  nameOf?: (iso3: string) => string;
  /** With the summary, the legal basis and the source (the country panel). */
  detailed?: boolean;
}): React.JSX.Element {
  return (
    <ul className="presence-list">
      {items.map((p) => (
        <li key={p.id} className={p.present ? 'current' : undefined}>
          <span className="presence-dot" aria-hidden="true" /> <strong>{p.name}</strong>
          {nameOf && ` (${nameOf(p.country)})`}: {p.dates}
          {detailed && p.present && <em> (present in {year})</em>}
          {detailed && (
            <>
              . {p.summary} <SourceLink source={p.source} />
              <LegalBasis steps={p.legalBasis} />
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

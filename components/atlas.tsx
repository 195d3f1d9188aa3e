'use client';
/**
 * The atlas page's client shell: reads the shared state from the URL, derives what each part
 * shows, and wires the parts together. The parts themselves take props and call back.
 */
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { AtlasData } from '@/data/atlas-data';
import { eventsInYear, quoteYear } from '@/data/analysis';
import { changeYears, covers, formatDay, referenceDay } from '@/data/membership';
import { announceYear, statusClasses } from '@/data/present';
import type { Quote } from '@/data/schema';
import { formatUrlState } from '@/data/url-state';
import { AnalysisPanel } from './analysis-panel';
import { ChangeList } from './change-list';
import { CompareControls } from './compare-controls';
import { CountryDetails } from './country-details';
import { CountryPicker } from './country-picker';
import { LayerSwitcher } from './layer-switcher';
import { Legend } from './legend';
import { mapModel, type MapSpec } from './map-spec';
import { MembersChart } from './members-chart';
import { MembershipTable } from './membership-table';
import { MembershipMap, type MapView } from './map/membership-map';
import { Notices } from './notices';
import { SplitMaps } from './split-maps';
import { useAtlasUrl } from './use-atlas-url';
import { YearSlider } from './year-slider';
import { YearStats } from './year-stats';
import { nameOn } from '@/data/wording';

export function Atlas({ data }: { data: AtlasData }): React.JSX.Element {
  const currentYear = Number(data.today.slice(0, 4));
  const known = useMemo(() => new Set(data.countries.map((c) => c.iso3)), [data.countries]);
  const { state, notices, set: setState } = useAtlasUrl(currentYear, known);
  const { year, layer, view, compare, since, split } = state;
  const org = data.organisations.find((o) => o.id === layer) ?? data.organisations[0]!;
  const day = referenceDay(year, data.today);
  // The map follows the year at once; the panels follow in a transition, so that a slider step
  // draws its frame without waiting for them.
  const panelYear = useDeferredValue(year);
  const panelDay = referenceDay(panelYear, data.today);
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
  const nameOf = useCallback((iso: string) => names[iso] ?? iso, [names]);

  // What each map shows: one spec for a single map, two for side by side.
  const specs = useMemo((): [MapSpec, MapSpec | null] => {
    if (compare && split)
      return [
        { kind: 'status', org: layer, year },
        { kind: 'status', org: compare, year },
      ];
    if (since !== null && split)
      return [
        { kind: 'status', org: layer, year: Math.min(since, year) },
        { kind: 'status', org: layer, year: Math.max(since, year) },
      ];
    if (compare) return [{ kind: 'overlap', a: layer, b: compare, year }, null];
    if (since !== null) return [{ kind: 'change', org: layer, since, year }, null];
    return [{ kind: 'status', org: layer, year }, null];
  }, [layer, year, compare, since, split]);
  const models = useMemo(
    () =>
      specs.map((s) =>
        s ? mapModel(s, data.memberships, data.organisations, isos, data.today) : null,
      ),
    [specs, data.memberships, data.organisations, isos, data.today],
  );
  const main = models[0]!;
  const second = models[1];

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

  const [highlighted, setHighlighted] = useState<readonly string[]>([]);
  const [mapView, setMapView] = useState<MapView | null>(null);
  const onYear = useCallback(
    (y: number, how: 'push' | 'replace') => setState({ year: y }, { history: how }),
    [setState],
  );
  // Only a state in the record has a panel: a click on Japan selects nothing.
  const selectCountry = useCallback(
    (iso: string | null) => {
      if (iso === null || known.has(iso)) setState({ country: iso });
    },
    [setState, known],
  );
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

  const describeFor = (model: typeof main) => (iso: string, name: string) =>
    postSoviet.has(iso)
      ? model.describe(iso, names[iso] ?? name)
      : `${names[iso] ?? name}: not a post-Soviet state`;
  const tableHref = `?${formatUrlState({ ...state, view: 'table' }, currentYear).toString()}`;
  const territoriesIn = (y: number): string[] =>
    data.territories.filter((t) => covers(t, referenceDay(y, data.today))).map((t) => t.id);
  const mapProps = {
    postSoviet,
    names,
    territories: territoryMarkers,
    events: eventMarkers,
    activeEvents,
    selected: state.country,
    highlighted,
    onSelect: selectCountry,
    tableHref,
  };
  const ruleFor = (y: number): string =>
    y >= currentYear ? `Status today, ${formatDay(data.today)}.` : `Status on 31 December ${y}.`;
  const legendTerritories = activeTerritories.map((t) => ({
    name: t.name,
    note: t.note,
    since: formatDay(t.from, t.fromPrecision),
  }));
  const compareOrg = compare ? data.organisations.find((o) => o.id === compare) : undefined;

  // The panels render at the deferred year; memoised, so an urgent year change skips them.
  const panels = useMemo(
    () => (
      <>
        {since !== null && (
          <ChangeList
            org={org}
            since={since}
            year={panelYear}
            today={data.today}
            intervals={data.memberships}
            nameOf={nameOf}
          />
        )}
        {state.country && (
          <CountryDetails
            iso3={state.country}
            data={data}
            year={panelYear}
            day={panelDay}
            nameOf={nameOf}
            onYear={(y) => onYear(y, 'push')}
            onClose={() => selectCountry(null)}
            onShowQuote={showQuote}
          />
        )}
        <YearStats
          orgName={nameOn(org, panelDay)}
          year={panelYear}
          statuses={statusClasses(data.memberships, layer, isos, panelDay)}
        />
        {compareOrg && (
          <YearStats
            orgName={nameOn(compareOrg, panelDay)}
            year={panelYear}
            statuses={statusClasses(data.memberships, compareOrg.id, isos, panelDay)}
          />
        )}
        <MembersChart
          organisations={data.organisations}
          intervals={data.memberships}
          iso3s={isos}
          year={panelYear}
          today={data.today}
          nameOf={nameOf}
          onYear={(y) => onYear(y, 'push')}
        />
        <AnalysisPanel
          data={data}
          year={panelYear}
          layer={layer}
          nameOf={nameOf}
          onShowQuote={showQuote}
        />
      </>
    ),
    [
      panelYear,
      panelDay,
      layer,
      since,
      state.country,
      compareOrg,
      data,
      org,
      isos,
      nameOf,
      onYear,
      selectCountry,
      showQuote,
    ],
  );

  return (
    <>
      <Notices notices={notices} />
      <div className="controls">
        <LayerSwitcher
          layer={layer}
          onLayer={(id) => setState({ layer: id, compare: compare === id ? null : compare })}
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
        <CompareControls
          layer={layer}
          compare={compare}
          since={since}
          split={split}
          lastYear={currentYear}
          orgs={data.organisations}
          onChange={(u) => setState(u)}
        />
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
              extra={
                main.comparison
                  ? { heading: `Comparison: ${main.title}`, cell: main.comparison }
                  : undefined
              }
            />
          ) : second ? (
            <SplitMaps
              leftTitle={main.title}
              rightTitle={second.title}
              left={
                <MembershipMap
                  {...mapProps}
                  testId="map-main"
                  activeTerritories={territoriesIn(specs[0].year)}
                  label={`Map, left: ${main.title}`}
                  classes={main.classes}
                  classStyles={main.styles}
                  describe={describeFor(main)}
                  hash
                  view={mapView}
                  onViewChange={setMapView}
                />
              }
              right={
                <MembershipMap
                  {...mapProps}
                  testId="map-second"
                  activeTerritories={territoriesIn(specs[1]?.year ?? year)}
                  label={`Map, right: ${second.title}`}
                  classes={second.classes}
                  classStyles={second.styles}
                  describe={describeFor(second)}
                  hash={false}
                  view={mapView}
                  onViewChange={setMapView}
                />
              }
            />
          ) : (
            <MembershipMap
              {...mapProps}
              testId="map-main"
              activeTerritories={territoriesIn(year)}
              label={`Map of ${main.title}`}
              classes={main.classes}
              classStyles={main.styles}
              describe={describeFor(main)}
              hash
            />
          )}
        </div>
        <div className="side">
          <Legend
            title={main.title}
            entries={main.legend}
            note={
              ruleFor(specs[0].year) +
              (specs[0].kind === 'change' ? ` Compared with 31 December ${specs[0].since}.` : '')
            }
            territories={legendTerritories}
          />
          {second && specs[1] && (
            <Legend
              title={second.title}
              entries={second.legend}
              note={ruleFor(specs[1].year)}
              territories={[]}
            />
          )}
          {panels}
          <section className="org-note" aria-labelledby="org-note-title">
            <h2 id="org-note-title">{org.name}</h2>
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

'use client';
/**
 * The atlas page's client shell: reads the shared state from the URL, asks the view model what
 * every part shows, and wires the parts together. It derives nothing itself.
 */
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { AtlasData } from '@/data/records';
import { quoteYear } from '@/data/analysis';
import { yearOf } from '@/data/day';
import type { Quote } from '@/data/schema';
import { linkTo } from '@/data/links';
import { knownIds, type PageBase } from '@/data/url-state';
import { AtlasControls } from './atlas-controls';
import { AtlasSide } from './atlas-side';
import { Legend } from './legend';
import { MapKey } from './map-key';
import { MembershipMap } from './map/membership-map';
import { ReadingSwitch } from './reading-switch';
import { MembershipTable } from './membership-table';
import { Notices } from './notices';
import { PresenceList } from './presence-list';
import { SplitMaps } from './split-maps';
import { useAtlasUrl, type AtlasUrlUpdate } from './use-atlas-url';
import { useDocumentTitle } from './use-document-title';
import { useLandAreas } from './use-land-areas';
import { useReturnFocus } from './use-return-focus';
import { useAnnouncement, useDownload, useEscape } from './atlas-hooks';
import { EmbedFooter } from './embed-footer';
import { atlasView, mapInputs, nameIn, type MapPaneView } from '@/model';
import './atlas.css';

export function Atlas({
  data,
  base,
  embed = false,
}: {
  data: AtlasData;
  /** What the page's path opens on (`/csto/2009`), before its query. */
  base?: PageBase;
  /** The embed view (app/embed): the map, the slider and the legend, and a link to the full view. */
  embed?: boolean;
}): React.JSX.Element {
  const currentYear = yearOf(data.today);
  const known = useMemo(() => knownIds(data), [data]);
  const { state, notices, set } = useAtlasUrl(currentYear, known, base);
  const areas = useLandAreas(!embed);
  const view = useMemo(() => atlasView(state, data, areas), [state, data, areas]);
  // The map follows the year at once; the panels follow in a transition.
  const panelView = useDeferredValue(view);
  const said = useAnnouncement(state, data);
  const download = useDownload(view);
  useDocumentTitle(view.cite.title);
  const [highlighted, setHighlighted] = useState<readonly string[]>([]);

  // Year steps replace the history entry; what the reader chooses (organisation, comparison,
  // country, view) pushes one, so that Back returns to the previous choice.
  const onYear = useCallback((y: number) => set({ year: y }, { history: 'replace' }), [set]);
  const onChange = useCallback((u: AtlasUrlUpdate) => set(u), [set]);
  const nameOf = useCallback((iso: string) => nameIn(data, iso), [data]);
  // Only a state in the record has a panel: a click on Japan selects nothing. Closing the panel
  // returns focus to what opened it.
  const focus = useReturnFocus();
  const open = state.country !== null;
  const selectCountry = useCallback(
    (iso: string | null) => {
      // The embed view has no panels: its tooltips name each state's status.
      if (embed || (iso !== null && !known.countries.has(iso))) return;
      if (iso !== null && !open) focus.opened();
      set({ country: iso });
    },
    [set, known, open, focus, embed],
  );
  const closeCountry = useCallback(() => {
    set({ country: null });
    focus.closed();
  }, [set, focus]);
  const showQuote = useCallback(
    (q: Quote) => {
      setHighlighted(q.countries);
      set({
        year: quoteYear(q, currentYear),
        layer: q.orgs.includes(state.layer) || q.orgs.length === 0 ? state.layer : q.orgs[0]!,
        view: 'map',
      });
    },
    [set, currentYear, state.layer],
  );
  const highlight = useCallback((iso: string | null) => setHighlighted(iso ? [iso] : []), []);
  useEscape(state.country !== null, closeCountry);

  // A link on this page: a path page's layer and year stay in its path.
  const tableHref = useMemo(
    () => linkTo({ ...state, view: 'table' }, { currentYear, base: base ?? {} }),
    [state, currentYear, base],
  );
  // The map reads these once, when it is made; the names and label forms follow the records.
  const inputs = useMemo(() => mapInputs(data, view), [data, view]);
  const mapProps = {
    ...inputs,
    activeEvents: view.activeEvents,
    activePresence: view.presence.active,
    selected: state.country,
    highlighted,
    onSelect: selectCountry,
    tableHref,
  };
  const mapOf = (pane: MapPaneView): React.JSX.Element => (
    <MembershipMap
      {...mapProps}
      testId={pane.testId}
      activeTerritories={pane.activeTerritories}
      label={pane.label}
      classes={pane.classes}
      classStyles={pane.styles}
      describe={pane.describe}
      marked={pane.marked}
      hash={pane.testId === 'map-main'}
    />
  );
  const [main, second] = view.panes;

  return (
    <>
      <Notices notices={notices} />
      <AtlasControls
        embed={embed}
        shareTitle={view.panes[0].title}
        onDownload={download}
        state={state}
        ticks={view.ticks}
        pickerOptions={view.pickerOptions}
        layers={view.layers}
        data={data}
        onChange={onChange}
        onYear={onYear}
        onPick={selectCountry}
      />
      <p className="announcement" aria-live="polite" aria-atomic="true" data-testid="announcement">
        {said}
      </p>
      <div className="content">
        <div className="main-view">
          {state.view === 'table' ? (
            <MembershipTable table={view.table} />
          ) : second ? (
            <SplitMaps
              leftTitle={main.title}
              rightTitle={second.title}
              left={mapOf(main)}
              right={mapOf(second)}
            />
          ) : (
            <>
              {/* An embed's frame is small and has its legend under the map: no key above it. */}
              {!embed && <MapKey legend={main.legend} />}
              {mapOf(main)}
            </>
          )}
        </div>
        <div className="side">
          {view.panes.map((p) => (
            <Legend
              key={p.testId}
              legend={p.legend}
              onHighlight={highlight}
              onSelect={selectCountry}
            />
          ))}
          {view.readings && (
            <ReadingSwitch readings={view.readings} onChange={(reading) => set({ reading })} />
          )}
          {state.presence && (
            <section className="presence-key" aria-labelledby="presence-key-title">
              <h2 id="presence-key-title">Russian forces in {state.year}</h2>
              <p className="legend-note">
                Bases and deployments in the other fourteen states at any time in the year (not only
                on 31 December); each state&apos;s panel gives the legal basis and sources.
              </p>
              <PresenceList items={view.presence.inYear} year={state.year} nameOf={nameOf} />
            </section>
          )}
          {embed ? (
            <EmbedFooter state={state} currentYear={currentYear} />
          ) : (
            <AtlasSide
              view={panelView}
              onYear={onYear}
              onClose={closeCountry}
              onShowQuote={showQuote}
            />
          )}
        </div>
      </div>
    </>
  );
}

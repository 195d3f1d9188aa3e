/**
 * Starts the atlas's map before React hydrates the page (see map/early-map.ts): when the records
 * arrive, it reads the link as the atlas will (the same codec and view model) and, if the link
 * opens on one map, makes it in the prerendered page. Pages without the prerendered year (the
 * embed view) and links to the table or to two maps side by side wait for the atlas as before.
 */
import type { AtlasData } from '@/data/records';
import { yearOf } from '@/data/day';
import { knownIds, parseOrgParam, type PageBase } from '@/data/url-state';
import { startEarlyMap } from './map/early-map';
import { hasWebGl } from './map/load-assets';
import { readLink } from './url-codec';
import { atlasView, mapInputs } from '@/model';

export function startMapEarly(records: Promise<Omit<AtlasData, 'today'>>): void {
  const page = document.querySelector<HTMLElement>('.static-year[data-today]');
  const parent = page?.querySelector<HTMLElement>('.main-view');
  const today = page?.dataset.today;
  if (!parent || !today || !hasWebGl()) return;
  const { layer, year } = page.dataset;
  records.then(
    (r) => {
      const data: AtlasData = { ...r, today };
      const known = knownIds(data);
      const currentYear = yearOf(today);
      const base: PageBase = {};
      const org = layer && parseOrgParam(layer, known.orgs);
      if (org) base.layer = org;
      if (year) base.year = Number(year);
      const { state } = readLink(window.location.search, currentYear, known, base);
      if (state.view !== 'map') return;
      const view = atlasView(state, data);
      const [pane, second] = view.panes;
      if (second) return;
      startEarlyMap(parent, {
        ...mapInputs(data, view),
        hash: true,
        testId: pane.testId,
        classes: pane.classes,
        styles: pane.styles,
        activeTerritories: pane.activeTerritories,
        activeEvents: view.activeEvents,
        activePresence: view.presence.active,
      });
    },
    // The atlas reports a failure to load the records itself.
    () => undefined,
  );
}

/**
 * The main map, started before React hydrates the page: as soon as the records arrive, an
 * AtlasMap is made in an element of our own, hidden in the prerendered page, and MapLibre and the
 * geometry load and draw while React hydrates. When the atlas's main map mounts it takes that
 * element and map over (`takeEarlyMap`) instead of making its own; what the map reported
 * meanwhile (its status, a notice about the link's view) is handed on then.
 *
 * Only one map is started early, and only once per page: the atlas's first map to mount either
 * takes it or, if it is not there yet, makes its own and closes the door on a late start.
 */
import { AtlasMap, type AtlasMapOptions, type MapStatus } from './atlas-map';
import type { ClassStyle } from '@/model/palette';

/** What the page's React shell does with what the map reports. */
export type MapHandlers = Required<
  Pick<AtlasMapOptions, 'onStatus' | 'onNotice' | 'onHover' | 'onClick'>
>;

export interface EarlyMapStart extends Omit<AtlasMapOptions, keyof MapHandlers> {
  testId: string;
  classes: Readonly<Record<string, string>>;
  styles: Readonly<Record<string, ClassStyle>>;
  activeTerritories: readonly string[];
  activeEvents: readonly string[];
  activePresence: readonly string[];
}

interface EarlyMap {
  testId: string;
  map: AtlasMap;
  /** MapLibre's container, inside `slot` until it is taken. */
  element: HTMLDivElement;
  slot: HTMLElement;
  status: MapStatus | null;
  notices: string[];
  handlers: MapHandlers | null;
}

const EARLY_MARK = 'atlas:map-started-early';
const TAKEN_MARK = 'atlas:early-map-taken';

let early: EarlyMap | null = null;
let closed = false;

/**
 * Makes the map in a hidden frame at the top of `parent` (an element as wide as the atlas's map
 * will be: the frame's height is the map's, from the style sheet), unless a map has already
 * mounted.
 */
export function startEarlyMap(parent: HTMLElement, start: EarlyMapStart): void {
  if (closed || early) return;
  const slot = document.createElement('div');
  slot.className = 'map-frame early-map-slot';
  slot.setAttribute('aria-hidden', 'true');
  const element = document.createElement('div');
  element.className = 'map-gl';
  slot.append(element);
  parent.prepend(slot);
  const { classes, styles, activeTerritories, activeEvents, activePresence, ...options } = start;
  const e: EarlyMap = {
    testId: start.testId,
    element,
    slot,
    status: null,
    notices: [],
    handlers: null,
    map: new AtlasMap(element, {
      ...options,
      onStatus: (s) => {
        e.status = s;
        e.handlers?.onStatus(s);
      },
      onNotice: (text) => {
        if (e.handlers) e.handlers.onNotice(text);
        else e.notices.push(text);
      },
      onHover: (target, point) => e.handlers?.onHover(target, point),
      onClick: (iso3) => e.handlers?.onClick(iso3),
    }),
  };
  // Marks for the benchmark and the tests: when the map started, and when the atlas took it.
  performance.mark(EARLY_MARK);
  e.map.setClasses(classes, styles);
  e.map.setTerritories(activeTerritories);
  e.map.setEvents(activeEvents);
  e.map.setPresence(activePresence);
  early = e;
}

/**
 * The map started early for `testId`, with its element out of the hidden frame (the caller puts it
 * where the map belongs) and its reports going to `handlers` from now on; or `null`, and no map
 * will be started early any more.
 */
export function takeEarlyMap(
  testId: string,
  handlers: MapHandlers,
): { map: AtlasMap; element: HTMLDivElement } | null {
  closed = true;
  const e = early;
  if (!e || e.testId !== testId) return null;
  early = null;
  performance.mark(TAKEN_MARK);
  e.element.remove();
  e.slot.remove();
  e.handlers = handlers;
  for (const text of e.notices) handlers.onNotice(text);
  if (e.status) handlers.onStatus(e.status);
  return { map: e.map, element: e.element };
}

/** Destroys a map started early that no map took (the atlas opened on its table, say). */
export function dropEarlyMap(): void {
  closed = true;
  early?.map.destroy();
  early?.slot.remove();
  early = null;
}

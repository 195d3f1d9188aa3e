/**
 * The one imperative map of the atlas, as react-map-gl has it (one class, a thin React shell:
 * membership-map.tsx). It loads MapLibre and the geometry once per page, gives the geometry to the
 * style once, then changes only feature state and paint (a year change is `setClasses`, never a
 * source upload). What is set before the map is ready is applied when it is. */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { countryBounds } from '@/geo/bounds';
import type { DecodedRegion } from '@/geo/decode';
import { hasWebGl, loadMapAssets } from './load-assets';
import {
  MAP_OPTIONS,
  setUpMap,
  type HoverTarget,
  type MapStatus,
  type MapView,
} from './map-options';
import { applyState, blankState, type MapState } from './map-state';
import type { ClassStyle } from '@/model/palette';
import { atlasStyle } from './map-style';
import { wirePointer } from './map-pointer';
import { ResetViewControl } from './reset-view-control';
import type { StyleInputs } from '@/model/map-inputs';
import { styleData } from './style-data';
import { exposeForTests, hideFromTests } from './test-hook';
import { BY_READER, ViewKeeper } from './view-keeper';

export type { MapStatus, MapView };

/** What the map is made with (the geometry's labels and markers are given to the style once). */
export interface AtlasMapOptions extends StyleInputs {
  /**
   * Keep the view in the URL hash (`#zoom/lat/lng`); only one map on a page may. The map opens on
   * the link's hash, if any, and writes its view there only once the reader has moved it (or the
   * link gave one), so that a reload opens on the same view as the first visit.
   */
  hash: boolean;
  /** The name under which test builds expose the MapLibre map (see test-hook.ts). */
  testId?: string;
  onStatus?: (status: MapStatus) => void;
  /** A sentence for the reader, e.g. that the link's map view was out of range and was clamped. */
  onNotice?: (text: string) => void;
  onHover?: (target: HoverTarget | null, point: { x: number; y: number }) => void;
  onClick?: (iso3: string | null) => void;
}

/** Marks the events of a move mirrored from another map, so that it is not mirrored back. */
const MIRRORED = 'atlasMirrored';

export class AtlasMap {
  readonly #options: AtlasMapOptions;
  #map: MapLibreMap | null = null;
  #region: DecodedRegion | null = null;
  #ready = false;
  #destroyed = false;
  /** What should show, and what the map shows: a change touches only what differs. */
  #want: MapState = blankState();
  #shown: MapState = blankState();
  #fit: string | null = null;
  #beforeFit: MapView | null = null;
  /** The opening view, the link's view and the hash (see view-keeper.ts). */
  #view: ViewKeeper | null = null;
  /** The maps that mirror this one's moves, and the maps this one mirrors. */
  readonly #followers = new Set<AtlasMap>();
  readonly #leaders = new Set<AtlasMap>();

  constructor(container: HTMLElement, options: AtlasMapOptions) {
    this.#options = options;
    this.#create(container).catch((err: unknown) => {
      if (this.#destroyed) return;
      const message = err instanceof Error ? err.message : 'The map could not be drawn.';
      options.onStatus?.({ kind: 'error', message });
    });
  }

  async #create(container: HTMLElement): Promise<void> {
    if (!hasWebGl())
      throw new Error(
        'This browser cannot draw the map because WebGL is not available. The table view shows the same data.',
      );
    const { maplibre, region } = await loadMapAssets();
    if (this.#destroyed) return;
    this.#region = region;
    const o = this.#options;
    const style = atlasStyle(window.location.origin, styleData(region, o));
    const keeper = new ViewKeeper(o.hash, o.onNotice);
    const map = new maplibre.Map({
      ...MAP_OPTIONS,
      ...keeper.openingCamera(container),
      container,
      style,
    });
    this.#map = map;
    this.#view = keeper;
    keeper.attach(map);
    setUpMap(map, maplibre.NavigationControl);
    map.addControl(new ResetViewControl(() => this.resetView()), 'top-right');
    map.on('load', () => {
      exposeForTests(o.testId, map);
      this.#ready = true;
      this.#apply();
      this.#fitNow();
      // On a narrow map the attribution starts folded (its "i" button opens it).
      if (container.clientWidth < 600)
        container
          .querySelector('.maplibregl-compact-show')
          ?.classList.remove('maplibregl-compact-show');
      o.onStatus?.({ kind: 'ready' });
    });
    wirePointer(map, { onHover: o.onHover, onClick: o.onClick });
    // Every move this map makes is mirrored by its followers: a drag, the wheel, a pinch, a
    // double-click, the buttons, the keys, an animation to a country. Their mirrored moves carry
    // a mark, and a marked move is not mirrored again, so two maps never echo each other.
    map.on('move', (e) => {
      const byReader = 'originalEvent' in e && e.originalEvent !== undefined;
      if (!(MIRRORED in e)) for (const follower of this.#followers) follower.#mirror(map, byReader);
    });
    map.on('error', (e) => console.warn('Map error:', e.error?.message));
  }

  /** Colours the countries: a class (status, category or change word) by ISO3, and the styles of the classes. */
  setClasses(
    classes: Readonly<Record<string, string>>,
    styles: Readonly<Record<string, ClassStyle>>,
  ): void {
    this.#set({ classes, styles });
  }

  /** Outlines the selected country (or none). */
  setSelected(iso3: string | null): void {
    this.#set({ selected: iso3 });
  }

  /** Outlines the states a chosen quote is about (`highlighted`), or, dashed, those whose status another source reads otherwise (`marked`). */
  setOutlined(key: 'highlighted' | 'marked', iso3s: readonly string[]): void {
    this.#set({ [key]: iso3s });
  }

  /** Shows the territories with these ids (polygons or markers), and hides the others. */
  setTerritories(active: readonly string[]): void {
    this.#set({ territories: active });
  }

  /** Shows the event markers with these ids. */
  setEvents(active: readonly string[]): void {
    this.#set({ events: active });
  }
  /** Shows the Russian presence points with these ids. */
  setPresence(active: readonly string[]): void {
    this.#set({ presence: active });
  }

  /**
   * Eases to a country, fitted by MapLibre's `fitBounds` (Russia's bounds run past 180°). The
   * view before the first of a run of fits is kept for {@link restoreView}.
   */
  fitCountry(iso3: string): void {
    this.#fit = iso3;
    this.#fitNow();
  }

  /** Eases back to the view before the country fits (a closed panel returns the reader there). */
  restoreView(): void {
    const before = this.#beforeFit;
    this.#beforeFit = null;
    this.#fit = null;
    if (before && this.#map) this.#map.easeTo({ ...before, duration: 600 });
  }

  /** Eases back to the opening view (the control under the zoom buttons). */
  resetView(): void {
    this.#beforeFit = null;
    if (this.#view) this.#map?.easeTo({ ...this.#view.home(), duration: 600 });
  }

  /** The current view (the opening view until the map is made). */
  view(): MapView {
    const c = this.#map?.getCenter();
    return c ? { center: [c.lng, c.lat], zoom: this.#map!.getZoom() } : { center: [0, 0], zoom: 0 };
  }

  /**
   * Mirrors every move of `other` (centre, zoom, bearing and pitch) from now on, at once and in
   * the same frame. Call it both ways to keep two maps in step. Returns the way to stop.
   */
  follow(other: AtlasMap): () => void {
    other.#followers.add(this);
    this.#leaders.add(other);
    return () => {
      other.#followers.delete(this);
      this.#leaders.delete(other);
    };
  }

  /** Jumps to the camera of `other` once, as a mirrored move. */
  matchCamera(other: AtlasMap): void {
    if (other.#map) this.#mirror(other.#map);
  }

  destroy(): void {
    this.#destroyed = true;
    for (const leader of this.#leaders) leader.#followers.delete(this);
    for (const follower of this.#followers) follower.#leaders.delete(this);
    this.#view?.detach();
    if (this.#map) hideFromTests(this.#options.testId, this.#map);
    this.#map?.remove();
    this.#map = null;
  }

  #mirror(source: MapLibreMap, byReader = false): void {
    const camera = {
      center: source.getCenter(),
      zoom: source.getZoom(),
      bearing: source.getBearing(),
      pitch: source.getPitch(),
    };
    this.#view?.moved();
    this.#map?.jumpTo(camera, { [MIRRORED]: true, [BY_READER]: byReader });
  }

  #fitNow(): void {
    const map = this.#map;
    const feature = this.#region?.countries.features.find((f) => f.properties.iso3 === this.#fit);
    if (!map || !this.#ready || !feature) return;
    this.#fit = null;
    this.#view?.moved();
    this.#beforeFit ??= this.view();
    map.fitBounds(countryBounds(feature), { padding: 48, maxZoom: 6, duration: 600, linear: true });
  }

  #set(change: Partial<MapState>): void {
    this.#want = { ...this.#want, ...change };
    this.#apply();
  }

  #apply(): void {
    if (this.#map && this.#ready) this.#shown = applyState(this.#map, this.#want, this.#shown);
  }
}

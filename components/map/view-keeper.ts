/**
 * What a map does with its view besides showing it: it opens on the link's hash or on the opening
 * view fitted to its size; until something moves it, it keeps that view fitted when its size
 * changes; and it writes its view into the URL hash (for the one map that keeps it) only once the
 * reader has moved it, or the link gave a view, so that a reload opens as the first visit did.
 *
 * MapLibre's own `hash` option is not used: it writes `#0/0/0` as the map is made, before the
 * view is fitted, and the page's router could copy that into the next URL it wrote (side by side
 * did), and it writes the fitted view at once, which a reload then reads.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { cleanWindowHash, hashView, viewHash, writeWindowHash } from './map-hash';
import { openingCamera } from './map-options';

/** Marks a mirrored move that the reader made on another map of a group (a drag, a key). */
export const BY_READER = 'atlasByReader';

type Camera = { center: [number, number]; zoom: number };

export class ViewKeeper {
  readonly #hash: boolean;
  #map: MapLibreMap | null = null;
  /** Whether anything moved the map from its opening view (or the link gave the view). */
  #moved = false;
  /** Whether the view goes into the hash: once the reader moved the map, or the link gave one. */
  #live = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #onHashChange = (): void => {
    const view = hashView(window.location.hash);
    if (!view || !this.#map) return;
    this.#moved = this.#live = true;
    this.#map.jumpTo(view);
  };

  /** `hash`: this map keeps the URL hash; `onNotice` hears that the link's view was changed. */
  constructor(hash: boolean, onNotice?: (text: string) => void) {
    this.#hash = hash;
    if (!hash) return;
    const notice = cleanWindowHash();
    if (notice) onNotice?.(notice);
  }

  /** The camera a map of this container opens on: the link's view, or the opening view. */
  openingCamera(container: HTMLElement): Camera {
    const fromLink = this.#hash ? hashView(window.location.hash) : null;
    this.#moved = this.#live = fromLink !== null;
    return fromLink ?? openingCamera(container.clientWidth, container.clientHeight);
  }

  /** Starts keeping the view of the map made with {@link openingCamera}. */
  attach(map: MapLibreMap): void {
    this.#map = map;
    if (this.#hash) window.addEventListener('hashchange', this.#onHashChange);
    map.on('movestart', (e) => {
      if (e.originalEvent !== undefined || (BY_READER in e && e[BY_READER] === true))
        this.#moved = this.#live = true;
    });
    map.on('moveend', () => this.#write());
    // A map made in a frame the style sheet had not sized yet, or a phone turned on its side.
    map.on('resize', () => {
      if (!this.#moved) map.jumpTo(this.home());
    });
  }

  /** Something other than the reader moved the map (a fit to a country, a mirrored move). */
  moved(): void {
    this.#moved = true;
  }

  /** The opening camera for the map's present size (the reset control's home). */
  home(): Camera {
    const c = this.#map?.getContainer();
    return openingCamera(c?.clientWidth ?? 0, c?.clientHeight ?? 0);
  }

  detach(): void {
    clearTimeout(this.#timer);
    window.removeEventListener('hashchange', this.#onHashChange);
    this.#map = null;
  }

  /**
   * Writes the view into the hash once a move ends, if the map keeps it (at most every 300 ms:
   * Safari refuses more than 100 history changes in 30 seconds).
   */
  #write(): void {
    if (!this.#hash || !this.#live || this.#timer !== undefined) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      const map = this.#map;
      if (!map) return;
      const c = map.getCenter();
      writeWindowHash(viewHash(map.getZoom(), c.lat, c.lng));
    }, 300);
  }
}

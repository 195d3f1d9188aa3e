/**
 * A map control under the zoom buttons that returns the map to its opening view, styled as
 * MapLibre's own control group so that it reads as one of them (a MapLibre `IControl`).
 */
import type { IControl } from 'maplibre-gl';

const RESET_VIEW_LABEL = 'Reset the view to the whole region';

export class ResetViewControl implements IControl {
  readonly #onReset: () => void;
  #container: HTMLElement | null = null;

  constructor(onReset: () => void) {
    this.#onReset = onReset;
  }

  onAdd(): HTMLElement {
    const group = document.createElement('div');
    group.className = 'maplibregl-ctrl maplibregl-ctrl-group';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'atlas-reset-view';
    button.title = RESET_VIEW_LABEL;
    button.setAttribute('aria-label', RESET_VIEW_LABEL);
    // A frame with four corners: "fit the view" (drawn, so that no icon font is needed).
    button.innerHTML =
      '<svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">' +
      '<path d="M2 6V2h4M12 2h4v4M16 12v4h-4M6 16H2v-4" fill="none" stroke="#333" stroke-width="2"/>' +
      '<circle cx="9" cy="9" r="2.2" fill="#333"/></svg>';
    button.addEventListener('click', () => this.#onReset());
    group.append(button);
    this.#container = group;
    return group;
  }

  onRemove(): void {
    this.#container?.remove();
    this.#container = null;
  }
}

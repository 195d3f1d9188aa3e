'use client';
/**
 * Returns focus to what opened a panel when the panel closes (WAI-ARIA's dialog practice, for a
 * non-modal panel): `opened()` notes the focused element when the panel opens, `closed()` puts
 * focus back there, or on the map if that element is gone or was the page itself. A state of the
 * map drawn as SVG is an SVG element; if the drawing was redrawn, the same state's new element
 * takes the focus.
 */
import { useCallback, useMemo, useRef } from 'react';

export function useReturnFocus(): { opened: () => void; closed: () => void } {
  const opener = useRef<HTMLElement | SVGElement | null>(null);
  const opened = useCallback(() => {
    const el = document.activeElement;
    opener.current =
      (el instanceof HTMLElement || el instanceof SVGElement) && el !== document.body ? el : null;
  }, []);
  const closed = useCallback(() => {
    const el = opener.current;
    opener.current = null;
    // After React has removed the panel (the element that had focus).
    requestAnimationFrame(() => {
      const iso3 = el instanceof SVGElement ? el.getAttribute('data-iso3') : null;
      const target =
        el?.isConnected === true
          ? el
          : (iso3 &&
              document.querySelector<SVGElement>(`.svg-map [data-iso3="${CSS.escape(iso3)}"]`)) ||
            document.querySelector<HTMLElement>('[data-testid="map-main"] .maplibregl-canvas');
      target?.focus();
    });
  }, []);
  return useMemo(() => ({ opened, closed }), [opened, closed]);
}

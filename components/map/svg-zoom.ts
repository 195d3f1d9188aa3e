'use client';
/**
 * Zoom and pan for the map drawn as SVG: a scaled viewBox inside the figure's box. The drawing's
 * markup is React's (`dangerouslySetInnerHTML`), so the viewBox is set on the element after each
 * render rather than written into the markup: a zoom then keeps the focused state focused.
 */
import { useCallback, useLayoutEffect, useState } from 'react';
import { MAP_BOX } from '@/figure/svg-map';

const STEP = 1.5;
const MAX_LEVEL = 6;
/** An arrow key moves the view by this share of what is shown. */
const PAN = 0.2;

interface View {
  level: number;
  /** The centre shown, in the figure's pixels. */
  cx: number;
  cy: number;
}

const HOME: View = {
  level: 0,
  cx: MAP_BOX.x + MAP_BOX.width / 2,
  cy: MAP_BOX.y + MAP_BOX.height / 2,
};

/** The viewBox of a view, kept inside the figure's box. */
function viewBoxOf({ level, cx, cy }: View): [number, number, number, number] {
  const scale = STEP ** level;
  const w = MAP_BOX.width / scale;
  const h = MAP_BOX.height / scale;
  const clamp = (v: number, lo: number, hi: number): number => Math.min(Math.max(v, lo), hi);
  const left = clamp(cx - w / 2, MAP_BOX.x, MAP_BOX.x + MAP_BOX.width - w);
  const top = clamp(cy - h / 2, MAP_BOX.y, MAP_BOX.y + MAP_BOX.height - h);
  return [left, top, w, h];
}

/** The view a step of zoom or pan leads to, its centre kept where the view can reach. */
function settle(v: View): View {
  const [left, top, w, h] = viewBoxOf(v);
  return { level: v.level, cx: left + w / 2, cy: top + h / 2 };
}

export function useSvgZoom(drawing: React.RefObject<HTMLElement | null>): {
  level: number;
  by: (steps: number) => void;
  reset: () => void;
  /** Handles a key pressed on the map (+ − 0 and the arrows); true if it was the map's. */
  onKey: (key: string, target: EventTarget) => boolean;
} {
  const [view, setView] = useState<View>(HOME);
  useLayoutEffect(() => {
    const svg = drawing.current?.querySelector('svg');
    const box = viewBoxOf(view)
      .map((n) => n.toFixed(1))
      .join(' ');
    if (svg && svg.getAttribute('viewBox') !== box) svg.setAttribute('viewBox', box);
    // The points grow more slowly than the map, as on the web map (globals.css reads it).
    svg?.style.setProperty('--marker-scale', String(1 / Math.sqrt(STEP ** view.level)));
  });
  const by = useCallback(
    (steps: number, centre?: { x: number; y: number }) =>
      setView((v) =>
        settle({
          level: Math.min(Math.max(v.level + steps, 0), MAX_LEVEL),
          cx: centre?.x ?? v.cx,
          cy: centre?.y ?? v.cy,
        }),
      ),
    [],
  );
  const reset = useCallback(() => setView(HOME), []);
  const onKey = useCallback(
    (key: string, target: EventTarget): boolean => {
      // Zooming in from a state's button centres the view on that state.
      const box = target instanceof SVGGraphicsElement ? target.getBBox() : null;
      const centre = box ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : undefined;
      const pan: Record<string, [number, number]> = {
        ArrowLeft: [-1, 0],
        ArrowRight: [1, 0],
        ArrowUp: [0, -1],
        ArrowDown: [0, 1],
      };
      if (key === '+' || key === '=') by(1, centre);
      else if (key === '-' || key === '−' || key === '_') by(-1);
      else if (key === '0') reset();
      else if (pan[key] && view.level > 0) {
        const [dx, dy] = pan[key];
        const [, , w, h] = viewBoxOf(view);
        setView((v) => settle({ ...v, cx: v.cx + dx * w * PAN, cy: v.cy + dy * h * PAN }));
      } else return false;
      return true;
    },
    [by, reset, view],
  );
  return { level: view.level, by, reset, onKey };
}

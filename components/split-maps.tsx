'use client';
/**
 * Two synchronised maps with a swipe divider between them. The divider is a slider: drag it, or
 * focus it and use the arrow keys (Shift for bigger steps), Home and End. The maps join one
 * MapGroup, so that every move of either (drag, wheel, pinch, keys, buttons, a zoom to a country)
 * moves the other in the same frame.
 */
import { useRef, useState } from 'react';
import { MapGroup, MapGroupContext } from './map/map-group';
import './split-maps.css';

export function SplitMaps({
  left,
  right,
  leftTitle,
  rightTitle,
}: {
  left: React.ReactNode;
  right: React.ReactNode;
  leftTitle: string;
  rightTitle: string;
}): React.JSX.Element {
  const [at, setAt] = useState(50);
  const [group] = useState(() => new MapGroup());
  const frame = useRef<HTMLDivElement>(null);
  const clamp = (v: number): number => Math.max(0, Math.min(100, v));
  const fromPointer = (clientX: number): void => {
    const box = frame.current?.getBoundingClientRect();
    if (box) setAt(clamp(((clientX - box.left) / box.width) * 100));
  };
  const onKeyDown = (e: React.KeyboardEvent): void => {
    const step = e.shiftKey ? 10 : 2;
    const next = {
      ArrowLeft: at - step,
      ArrowDown: at - step,
      ArrowRight: at + step,
      ArrowUp: at + step,
      Home: 0,
      End: 100,
      PageDown: at - 10,
      PageUp: at + 10,
    }[e.key];
    if (next !== undefined) {
      e.preventDefault();
      setAt(clamp(next));
    }
  };
  return (
    <div className="split" ref={frame}>
      <MapGroupContext value={group}>
        <div className="split-pane split-left">{left}</div>
        <div className="split-pane split-right" style={{ clipPath: `inset(0 0 0 ${at}%)` }}>
          {right}
        </div>
      </MapGroupContext>
      <p className="split-title split-title-left" aria-hidden="true">
        ◀ {leftTitle}
      </p>
      <p className="split-title split-title-right" aria-hidden="true">
        {rightTitle} ▶
      </p>
      <div
        className="split-divider"
        role="slider"
        tabIndex={0}
        aria-label={`Swipe divider: ${leftTitle} on the left, ${rightTitle} on the right`}
        aria-orientation="horizontal"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(at)}
        aria-valuetext={`${Math.round(at)}% of the width shows ${leftTitle}`}
        style={{ left: `${at}%` }}
        onKeyDown={onKeyDown}
        onPointerDown={(e) => {
          (e.target as HTMLElement).setPointerCapture(e.pointerId);
          fromPointer(e.clientX);
        }}
        onPointerMove={(e) => {
          if ((e.target as HTMLElement).hasPointerCapture(e.pointerId)) fromPointer(e.clientX);
        }}
      >
        <span aria-hidden="true">⇔</span>
      </div>
    </div>
  );
}

'use client';
/**
 * A first-visit hint on how to move through the years. Dismissed once, it stays dismissed
 * (localStorage). The server and the first render in the browser show no hint, so prerendered
 * HTML and hydration agree; the stored choice is read after that.
 */
import { useSyncExternalStore } from 'react';
import './slider-hint.css';

const KEY = 'cis-atlas:slider-hint-dismissed';
const listeners = new Set<() => void>();
/** Dismissed in this page, for a browser that refuses storage. */
let dismissedHere = false;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

function isDismissed(): boolean {
  if (dismissedHere) return true;
  try {
    return window.localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

function dismiss(): void {
  dismissedHere = true;
  try {
    window.localStorage.setItem(KEY, '1');
  } catch {
    // Storage refused (private mode, a policy): the hint stays hidden until the page reloads.
  }
  listeners.forEach((l) => l());
}

export function SliderHint(): React.JSX.Element | null {
  const dismissed = useSyncExternalStore(subscribe, isDismissed, () => true);
  if (dismissed) return null;
  return (
    <div className="slider-hint" role="note" aria-label="How to change the year">
      <p>
        <strong>Tip:</strong> drag the slider or use ◀ ▶ to change the year; with a keyboard, focus
        the slider and press ← → (a year), Home or End; <em>Play</em> runs through the years.
      </p>
      <button type="button" onClick={dismiss}>
        Hide the tip
      </button>
    </div>
  );
}

'use client';
/**
 * Copying a citation: to the clipboard where the browser allows it, else by selecting the text
 * so that the reader can copy it with the keyboard. The status says which, for a live region.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

/** Selects the whole text of an element, as a fallback where the clipboard cannot be written. */
function selectText(el: HTMLElement): void {
  const range = document.createRange();
  range.selectNodeContents(el);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

export function useCopy(): {
  status: string;
  copy: (text: string, fallback: () => HTMLElement | null) => Promise<void>;
} {
  const [status, setStatus] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const copy = useCallback(async (text: string, fallback: () => HTMLElement | null) => {
    clearTimeout(timer.current);
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setStatus('Copied');
    } catch {
      const el = fallback();
      if (el) selectText(el);
      setStatus('Selected: press Ctrl+C (⌘C) to copy');
    }
    timer.current = setTimeout(() => setStatus(''), 6000);
  }, []);
  return { status, copy };
}

'use client';
/** Explains, as plain text, what the page ignored in a link. */
import { useState } from 'react';
import './notices.css';

export function Notices({ notices }: { notices: readonly string[] }): React.JSX.Element | null {
  const [open, setOpen] = useState(true);
  if (!open || notices.length === 0) return null;
  return (
    <div className="notices" role="status">
      <ul>
        {notices.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      <button type="button" onClick={() => setOpen(false)}>
        Dismiss
      </button>
    </div>
  );
}

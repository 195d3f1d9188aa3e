'use client';
/**
 * One line beside the layer switcher on what the chosen organisation is, from its record, and a
 * "more" button that shows the whole description.
 */
import { useId, useState } from 'react';
import { leadAndRest } from '@/model/org-lead';
import './org-summary.css';

interface OrgSummaryProps {
  shortName: string;
  name: string;
  description: string;
}

export function OrgSummary({ shortName, name, description }: OrgSummaryProps): React.JSX.Element {
  const [open, setOpen] = useState(false);
  const id = useId();
  const { lead, rest } = leadAndRest(description);
  return (
    <div className="org-summary" data-open={open} data-testid="org-summary">
      <p className="org-lead">
        <strong>{shortName}</strong> — {name}. {lead}
        {open && rest && <span id={`${id}-rest`}> {rest}</span>}
      </p>
      {rest && (
        <button
          type="button"
          className="link-button org-more"
          aria-expanded={open}
          aria-controls={open ? `${id}-rest` : undefined}
          onClick={() => setOpen(!open)}
        >
          {open ? 'less' : 'more'}
          <span className="sr-only"> about the {shortName}</span>
        </button>
      )}
    </div>
  );
}

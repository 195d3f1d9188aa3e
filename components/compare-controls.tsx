'use client';
/** Chooses a comparison: a second organisation at the same year, or the same organisation at an earlier year; and side by side. */
import { useId } from 'react';
import { FIRST_YEAR } from '@/data/day';
import type { OrgId } from '@/data/vocabulary';
import './compare-controls.css';

export interface CompareControlsProps {
  layer: OrgId;
  compare: OrgId | null;
  since: number | null;
  split: boolean;
  lastYear: number;
  orgs: readonly { id: OrgId; shortName: string }[];
  onChange: (update: { compare?: OrgId | null; since?: number | null; split?: boolean }) => void;
}

export function CompareControls({
  layer,
  compare,
  since,
  split,
  lastYear,
  orgs,
  onChange,
}: CompareControlsProps): React.JSX.Element {
  const id = useId();
  const years = Array.from({ length: lastYear - FIRST_YEAR + 1 }, (_, i) => lastYear - i);
  return (
    <fieldset className="compare-controls">
      <legend>Compare</legend>
      <label htmlFor={`${id}-org`}>with organisation</label>
      <select
        id={`${id}-org`}
        value={compare ?? ''}
        onChange={(e) =>
          onChange({
            compare: (e.target.value || null) as OrgId | null,
            since: null,
            split: e.target.value ? split : false,
          })
        }
      >
        <option value="">—</option>
        {orgs
          .filter((o) => o.id !== layer)
          .map((o) => (
            <option key={o.id} value={o.id}>
              {o.shortName}
            </option>
          ))}
      </select>
      <label htmlFor={`${id}-since`}>or with year</label>
      <select
        id={`${id}-since`}
        value={since ?? ''}
        onChange={(e) =>
          onChange({
            since: e.target.value ? Number(e.target.value) : null,
            compare: null,
            split: e.target.value ? split : false,
          })
        }
      >
        <option value="">—</option>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
      <label className="split-toggle">
        <input
          type="checkbox"
          checked={split}
          disabled={compare === null && since === null}
          onChange={(e) => onChange({ split: e.target.checked })}
        />{' '}
        Side by side
      </label>
    </fieldset>
  );
}

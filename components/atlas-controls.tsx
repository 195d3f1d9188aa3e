'use client';
/**
 * The atlas's controls: organisation, map or table, a country, a comparison, and the year. On a
 * phone the organisation and the year stay in view and the rest folds behind "Options".
 */
import { memo, useId, useState } from 'react';
import type { AtlasData } from '@/data/records';
import { yearOf } from '@/data/day';
import { linkParams } from '@/data/links';
import type { AtlasUrlState } from '@/data/url-state';
import { CompareControls } from './compare-controls';
import { CountryPicker } from './country-picker';
import { LayerSwitcher } from './layer-switcher';
import { OrgSummary } from './org-summary';
import { ShareMenu } from './share-menu';
import { SliderHint } from './slider-hint';
import type { AtlasUrlUpdate } from './use-atlas-url';
import type { AtlasView } from '@/model';
import { YearSlider } from './year-slider';
import './presence.css';
import './atlas-controls.css';

export const AtlasControls = memo(function AtlasControls({
  embed,
  shareTitle,
  onDownload,
  state,
  ticks,
  pickerOptions,
  layers,
  data,
  onChange,
  onYear,
  onPick,
}: {
  /** The embed view: the organisation and the year only. */
  embed: boolean;
  /** What the view shows, for the share sheet and the embed code's title ("CSTO in 2008"). */
  shareTitle: string;
  onDownload: (kind: 'png' | 'svg') => Promise<void>;
  state: AtlasUrlState;
  ticks: AtlasView['ticks'];
  pickerOptions: AtlasView['pickerOptions'];
  layers: AtlasView['layers'];
  data: AtlasData;
  onChange: (update: AtlasUrlUpdate) => void;
  onYear: (year: number) => void;
  onPick: (iso3: string) => void;
}): React.JSX.Element {
  const { layer, view, compare, since, split, year } = state;
  const currentYear = yearOf(data.today);
  // Folded on a phone only (CSS): wider screens always show every control.
  const [more, setMore] = useState(false);
  const moreId = useId();
  const org = data.organisations.find((o) => o.id === layer) ?? data.organisations[0];
  const slider = (
    <YearSlider
      year={year}
      lastYear={currentYear}
      changeYears={ticks.changeYears}
      eventYears={ticks.eventYears}
      onYear={onYear}
    />
  );
  const switcher = (
    <LayerSwitcher
      layer={layer}
      onLayer={(id) => onChange({ layer: id, compare: compare === id ? null : compare })}
      options={layers}
    />
  );
  if (embed)
    return (
      <div className="controls embed-controls">
        {switcher}
        {slider}
      </div>
    );
  return (
    <div className="controls" data-more={more}>
      <div className="layer-row">
        {switcher}
        <label
          className="presence-toggle"
          title="Russian bases and deployments in the other fourteen states, over any layer"
        >
          <input
            type="checkbox"
            checked={state.presence}
            onChange={() => onChange({ presence: !state.presence })}
          />
          Russian forces
        </label>
        <ShareMenu
          title={shareTitle}
          query={linkParams(state, { currentYear, base: 'home' }).toString()}
          onDownload={onDownload}
        />
        <button
          type="button"
          className="more-toggle"
          aria-expanded={more}
          aria-controls={moreId}
          onClick={() => setMore(!more)}
        >
          Options
        </button>
      </div>
      <div className="more-controls" id={moreId}>
        <div className="view-switch" role="group" aria-label="View">
          <button
            type="button"
            aria-pressed={view === 'map'}
            onClick={() => onChange({ view: 'map' })}
          >
            Map
          </button>
          <button
            type="button"
            aria-pressed={view === 'table'}
            onClick={() => onChange({ view: 'table' })}
          >
            Table
          </button>
        </div>
        <CountryPicker options={pickerOptions} onPick={onPick} />
        <CompareControls
          layer={layer}
          compare={compare}
          since={since}
          split={split}
          lastYear={currentYear}
          orgs={data.organisations}
          onChange={onChange}
        />
      </div>
      {org && (
        <OrgSummary shortName={org.shortName} name={org.name} description={org.description} />
      )}
      {slider}
      <SliderHint />
    </div>
  );
});

/**
 * A year's legend and table as plain HTML, rendered at build time: what a reader without
 * JavaScript (or before it runs) sees of a shared link. The interactive atlas replaces it.
 */
import type { AtlasData } from '@/data/atlas-data';
import { defaultState, type PageBase } from '@/data/url-state';
import { Legend } from './legend';
import { MembershipTable } from './membership-table';
import { atlasView } from './view-model';

export function StaticYear({
  data,
  base,
}: {
  data: AtlasData;
  base?: PageBase;
}): React.JSX.Element {
  const currentYear = Number(data.today.slice(0, 4));
  const view = atlasView({ ...defaultState(currentYear), ...base, view: 'table' }, data);
  const [pane] = view.panes;
  return (
    // What the map started before hydration needs to know of the page (components/early-start.ts).
    <div
      className="static-year"
      data-today={data.today}
      data-layer={base?.layer}
      data-year={base?.year}
    >
      <p className="map-message">
        Loading the atlas… The map needs JavaScript; here are {pane.title}&apos;s legend and the
        table of every organisation.
      </p>
      <div className="content">
        <div className="main-view">
          <MembershipTable table={view.table} />
        </div>
        <div className="side">
          <Legend legend={pane.legend} />
        </div>
      </div>
    </div>
  );
}

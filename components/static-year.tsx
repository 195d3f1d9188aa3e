/**
 * A year's legend and table as plain HTML, rendered at build time: what a reader without
 * JavaScript (or before it runs) sees of a shared link. The interactive atlas replaces it.
 */
import { Legend } from './legend';
import { MembershipTable } from './membership-table';
import type { AtlasView } from '@/model';
import './static-year.css';

export function StaticYear({
  view,
}: {
  /** The view the page opens on, as a table (model/year-page.ts `staticView`). */
  view: AtlasView;
}): React.JSX.Element {
  const [pane] = view.panes;
  return (
    <div className="static-year">
      {/* In the flow, above the table: it covers nothing. Without JavaScript nothing is loading,
          so the notice says what is shown instead (globals.css hides the other by scripting). */}
      <p className="static-note static-loading" role="status">
        Loading the map of {pane.title}…
      </p>
      <p className="static-note static-no-script">
        The interactive map needs JavaScript. Shown here: the legend of {pane.title} and the table
        of every organisation in {view.year}.
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

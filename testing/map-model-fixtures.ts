/** Fixtures shared by the map-model tests: a small line of organisations and hand-written histories. */
import { interval, oneBodyOrganisation } from './fixtures';
import type { MembershipInterval } from '@/data/schema';
import type { OrgId, Status } from '@/data/vocabulary';
import { mapModel, type MapSpec } from '@/model/map-model';

// ---------------------------------------------------------------------------------------------
// Factories
// ---------------------------------------------------------------------------------------------

const TODAY = '2026-11-23';

export const ORGANISATIONS = [
  oneBodyOrganisation('cis', 'CIS', '1991-12-08'),
  oneBodyOrganisation('csto', 'CSTO', '1992-05-15'),
];

/** One state's history in one organisation: a status from a day until the next entry's day. */
export function history(
  country: string,
  org: OrgId,
  steps: readonly [from: string, status: Status | null][],
): MembershipInterval[] {
  return steps.flatMap(([from, status], k) => {
    if (status === null) return [];
    const until = steps[k + 1]?.[0];
    return [interval({ country, org, status, from, ...(until ? { until } : {}) })];
  });
}

export function model(spec: MapSpec, intervals: MembershipInterval[], iso3s: string[]) {
  return mapModel(spec, intervals, ORGANISATIONS, iso3s, TODAY);
}

export const legendCounts = (m: ReturnType<typeof model>): [string, number][] =>
  m.legend.map((e) => [e.key, e.count]);

// ---------------------------------------------------------------------------------------------
// The change view: the CIS from 2000 to 2020 (31 December of each).
// ---------------------------------------------------------------------------------------------

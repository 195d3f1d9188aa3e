/** The golden cells' one constructor, and the span of the current year's cells. */
import type { OrgId, Status } from '@/data/vocabulary';
import type { GoldenCell } from '../golden-cells';

export const c = (
  year: number,
  org: OrgId,
  iso3: string,
  status: Status,
  day: string,
  why: string,
  holds?: GoldenCell['holds'],
): GoldenCell =>
  holds ? { year, org, iso3, status, day, why, holds } : { year, org, iso3, status, day, why };

/** For the current year: certain from the start of 2026 to its end. */
export const ALL_2026 = { from: '2026-01-01', to: '2026-12-31' };

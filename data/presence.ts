/**
 * Russian military presence as the map and the country panel show it. A point is shown in a
 * year if the presence lasted any part of it (from its first day to the day before `until`):
 * a deployment of two weeks, like the CSTO's in Kazakhstan in January 2022, is shown in its year
 * although it was over by 31 December, the day the memberships are read on.
 */
import { dayBefore, formatDayShort, referenceDay, type Day } from './day';
import type { PresencePoint } from './schema';

/** Whether the presence lasted any day of `year` (up to `today` in the current year). */
export function presentInYear(p: PresencePoint, year: number, today: Day): boolean {
  return (
    p.from <= referenceDay(year, today) && (p.until === undefined || p.until > `${year}-01-01`)
  );
}

/** Its dates in words: "since 16 Mar 1995" or "25 Jan 2002 to 9 Dec 2012" (the last day). */
export function presenceDates(p: PresencePoint): string {
  const from = formatDayShort(p.from, p.fromPrecision);
  if (p.until === undefined) return `since ${from}`;
  const last = p.untilPrecision && p.untilPrecision !== 'day' ? p.until : dayBefore(p.until);
  return `${from} to ${formatDayShort(last, p.untilPrecision ?? 'day')}`;
}

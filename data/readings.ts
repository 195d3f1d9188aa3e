/**
 * The readings of the record: where another source reads a state's status differently, and the
 * map of an organisation under one of its named readings (e.g. the air defence system "by treaty"
 * instead of "by participation"). Plain functions over plain data.
 */
import type { Day } from './day';
import type { MembershipInterval, Organisation } from './schema';

type Alternative = MembershipInterval['alternatives'][number];

/**
 * The alternatives of an interval that read the status on `day` otherwise: they give a status
 * other than the interval's, and hold from their `date` (or from the interval's start) to the
 * interval's end.
 */
export function otherReadingsAt(interval: MembershipInterval, day: Day): Alternative[] {
  return interval.alternatives.filter(
    (a) =>
      a.status !== undefined &&
      a.status !== interval.status &&
      (a.date === undefined || a.date <= day),
  );
}

/**
 * The record's intervals as one of an organisation's named readings counts them: an interval
 * with an alternative under that reading takes the alternative's status (from its date, if that
 * falls inside the interval; the part before keeps the record's status), cites its source, and
 * keeps the record's own status as a differing reading. The record's main reading (the first of
 * `org.readings`), an unknown one, or `null` gives the intervals unchanged.
 */
export function intervalsUnder(
  intervals: readonly MembershipInterval[],
  org: Organisation,
  readingId: string | null,
): readonly MembershipInterval[] {
  const reading = org.readings.find((r, i) => i > 0 && r.id === readingId);
  if (!reading) return intervals;
  return intervals.flatMap((i) => {
    const alt = i.org === org.id ? i.alternatives.find((a) => a.readingId === reading.id) : null;
    if (!alt?.status) return [i];
    const record: Alternative = {
      status: i.status,
      reading: `As the record reads it: ${i.summary}`,
      source: i.source,
    };
    const under: MembershipInterval = {
      ...i,
      status: alt.status,
      summary: alt.reading.startsWith(`${reading.name}:`)
        ? alt.reading
        : `${reading.name}: ${alt.reading}`,
      source: alt.source,
      alternatives: [record, ...i.alternatives.filter((a) => a !== alt)],
    };
    if (alt.date === undefined || alt.date <= i.from) return [under];
    if (i.until !== undefined && alt.date >= i.until) return [i];
    return [
      { ...i, until: alt.date, untilPrecision: 'day' },
      { ...under, from: alt.date, fromPrecision: 'day' },
    ];
  });
}

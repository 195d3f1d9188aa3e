/** Small factories for unit-test fixtures (no shared mutable state). */
import type { MembershipInterval } from './schema';

/** A membership interval with the fields a test does not care about filled in (CIS unless `org` is given). */
export function interval(
  fields: Partial<MembershipInterval> & Pick<MembershipInterval, 'country' | 'status' | 'from'>,
): MembershipInterval {
  const org = fields.org ?? 'cis';
  return {
    org,
    body: org,
    fromPrecision: 'day',
    untilPrecision: 'day',
    summary: 'test interval',
    milestones: [],
    source: { title: 'Test source', citation: 'made up for a test' },
    alternatives: [],
    ...fields,
  };
}

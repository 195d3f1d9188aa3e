/** Small factories for unit-test fixtures (no shared mutable state). */
import type { MembershipInterval, Organisation } from '@/data/schema';
import type { OrgId } from '@/data/vocabulary';

const SOURCE = { title: 'Test source', citation: 'made up for a test' };

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
    source: SOURCE,
    alternatives: [],
    ...fields,
  };
}

/**
 * An organisation whose line of bodies is `bodies`, oldest first, each as
 * `[id, shortName, from, until?]`; the organisation begins with its first body.
 */
export function organisation(
  id: OrgId,
  bodies: readonly (readonly [string, string, string, string?])[],
): Organisation {
  return {
    readings: [],
    id,
    name: `Test line ${id}`,
    shortName: id.toUpperCase(),
    from: bodies[0]?.[2] ?? '1991-12-08',
    description: 'A line of bodies made up for a test.',
    group: 'Security',
    line: { color: '#D55E00', dash: '' },
    bodies: bodies.map(([bodyId, shortName, from, until]) => ({
      id: bodyId,
      name: `Test ${shortName}`,
      shortName,
      from,
      ...(until ? { until } : {}),
      foundingAct: 'a test treaty',
      milestones: [],
      source: SOURCE,
    })),
    source: SOURCE,
  };
}

/** An organisation with one body of its own id, as long-lived as the test needs. */
export function oneBodyOrganisation(id: OrgId, shortName: string, from: string): Organisation {
  return {
    readings: [],
    id,
    name: `The ${shortName}`,
    shortName,
    from,
    description: 'An organisation made up for a test.',
    group: 'Security',
    line: { color: '#D55E00', dash: '' },
    bodies: [
      {
        id,
        name: `The ${shortName}`,
        shortName,
        from,
        foundingAct: 'A treaty',
        milestones: [],
        source: SOURCE,
      },
    ],
    source: SOURCE,
  };
}

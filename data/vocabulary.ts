/**
 * The closed vocabularies of the atlas as plain constants, so that client code can use them
 * without loading the schema library (`schema.ts` builds its enums from these).
 */
/**
 * An organisation's id, as `data/records/organisations.json` gives it (`cis`, `csto`, `jads`…):
 * the organisations are data, and every list of them (the layer switcher, the table's columns,
 * the chart's lines, the URL's values) is read from the records. Its form is checked where the
 * records are parsed (`orgId` in schema.ts).
 */
export type OrgId = string;

/** The status vocabulary used everywhere in the UI. */
export const STATUSES = [
  'member',
  'participating',
  'associate',
  'observer',
  'suspended',
  'withdrawing',
  'non-member',
] as const;
export type Status = (typeof STATUSES)[number];

/** How exactly a date is known; a date known only to the month is stored as its first day. */
export const PRECISIONS = ['day', 'month', 'year'] as const;

/** The legal steps that a date in a membership can mark; the record keeps them apart. */
export const MILESTONE_KINDS = [
  'signed',
  'ratified',
  'in-force',
  'effective',
  'announced',
  'notified',
  'decided',
  'suspended',
  'resumed',
  'granted',
  'submitted',
] as const;

/** What kind of Russian military presence a point of the record is. */
export const PRESENCE_KINDS = [
  'base',
  'air-base',
  'radar',
  'naval-communications',
  'fleet',
  'operational-group',
  'peacekeeping',
  'csto-deployment',
  'border-guard',
  'space-launch-lease',
  'test-range',
  'occupation-force',
  'deployment',
  'nuclear-weapons',
  'missile-system',
  'naval-base',
  'space-surveillance',
] as const;

/** What kind of thing an event of the record is. */
export const EVENT_KINDS = [
  'founding',
  'summit',
  'decision',
  'accession',
  'withdrawal',
  'suspension',
  'crisis',
  'intervention',
  'war',
  'election',
  'appointment',
] as const;

/** What each status word means, as the sources page and its legend explain it. */
export const STATUS_MEANINGS: Readonly<Record<Status, string>> = {
  member:
    'A full member: a party to the founding treaty; in the CIS from 22 January 1994, a state that ratified the Charter.',
  participating:
    'Took part without ratifying the founding charter: in the CIS, a state that signed the founding agreements but had not ratified the Charter.',
  associate:
    'An associate member: takes part in some of the work only, by a decision of the organisation.',
  observer: 'An observer: attends the organisation’s meetings by its consent, without a vote.',
  suspended:
    'Participation frozen or suspended, by the state or the organisation, without leaving it.',
  withdrawing: 'Withdrawal announced or notified, not yet effective.',
  'non-member': 'Not in the organisation on the day shown, or the organisation did not yet exist.',
};

/**
 * The closed vocabularies of the atlas as plain constants, so that client code can use them
 * without loading the schema library (`schema.ts` builds its enums from these).
 */
export const ORG_IDS = ['cis', 'csto', 'eaeu'] as const;
export type OrgId = (typeof ORG_IDS)[number];

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

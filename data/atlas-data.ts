/**
 * The plain, serialisable slice of the data that the page hands to its client components
 * (so that the schema library never ships to the browser).
 */
import type {
  AtlasEvent,
  ClaimNote,
  Country,
  DocumentRecord,
  MembershipInterval,
  Organisation,
  Quote,
  Territory,
} from './schema';

export type DocumentMeta = Omit<DocumentRecord, 'paragraphs' | 'removed'>;

export interface AtlasData {
  /** Today, `YYYY-MM-DD` (UTC), as the server saw it. */
  today: string;
  organisations: readonly Organisation[];
  countries: readonly Country[];
  memberships: readonly MembershipInterval[];
  territories: readonly Territory[];
  events: readonly AtlasEvent[];
  quotes: readonly Quote[];
  claims: readonly ClaimNote[];
  documents: readonly DocumentMeta[];
}

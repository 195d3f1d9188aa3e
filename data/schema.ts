/**
 * The typed, validated model of every data file in `data/records/` and `data/documents/`.
 * Each file is parsed with these schemas at build time (`scripts/prepare-assets.ts`), in the
 * unit tests, and when the app loads it; a broken file fails with the file's name and the path
 * of the field (see `data/records.ts`).
 */
import { z } from 'zod';
import { isRealDay } from './day';
import { EVENT_KINDS, MILESTONE_KINDS, PRECISIONS, PRESENCE_KINDS, STATUSES } from './vocabulary';

/** A calendar day, `YYYY-MM-DD`, that really exists (no 2021-02-30). */
const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a day as YYYY-MM-DD')
  .refine(isRealDay, 'a real calendar day');

/** How exactly a date is known; a date known only to the month is stored as its first day. */
const precision = z.enum(PRECISIONS);

const iso3 = z.string().regex(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code');

/**
 * An organisation's id (`OrgId` in vocabulary.ts): its value in links (`?layer=csto`), so
 * lower case, short and stable.
 */
const orgId = z.string().regex(/^[a-z][a-z0-9-]{1,23}$/, 'an organisation id (a-z, 0-9, -)');

const hexColour = z.string().regex(/^#[0-9A-Fa-f]{6}$/, 'a colour as #RRGGBB');

/** The status vocabulary used everywhere in the UI, in this order of strength. */
const status = z.enum(STATUSES);

/** Where a fact comes from: a document or decision, with an address or a full citation. */
const source = z
  .object({
    title: z.string().min(3),
    publisher: z.string().min(2).optional(),
    date: isoDay.optional(),
    url: z.url().optional(),
    citation: z.string().min(3).optional(),
  })
  .strict()
  .refine((s) => s.url !== undefined || s.citation !== undefined, {
    message: 'a source needs a url or a citation',
  });
export type Source = z.infer<typeof source>;

/** The legal steps that a date can mark; the record keeps them apart. */
const milestoneKind = z.enum(MILESTONE_KINDS);

const milestone = z
  .object({
    kind: milestoneKind,
    date: isoDay,
    precision: precision.default('day'),
    what: z.string().min(3),
    source: source.optional(),
  })
  .strict();

/**
 * A second reading of the same fact, from another source, shown beside the main one. With a
 * `status`, the reader is told on the map that the status is read differently from `date` (or
 * from the interval's start) to the interval's end; with a `readingId`, the map can be switched
 * to show that status instead (one of the organisation's `readings`).
 */
const alternativeReading = z
  .object({
    status: status.optional(),
    date: isoDay.optional(),
    reading: z.string().min(10),
    /** The organisation's named reading under which the map shows `status` (e.g. `treaty`). */
    readingId: z
      .string()
      .regex(/^[a-z][a-z0-9-]{1,23}$/)
      .optional(),
    source,
  })
  .strict();

/**
 * A whole way of reading an organisation's record that the map can be switched to, e.g. the air
 * defence system "by treaty" (every party that has not withdrawn) against "by participation".
 */
const namedReading = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]{1,23}$/, 'a reading id (a-z, 0-9, -)'),
    /** What the switch says, e.g. "By treaty". */
    name: z.string().min(3),
    /** One sentence on what the reading counts. */
    description: z.string().min(20),
  })
  .strict();

const body = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(3),
    shortName: z.string().min(2),
    from: isoDay,
    /** First day on which the body no longer existed (exclusive); absent while it exists. */
    until: isoDay.optional(),
    foundingAct: z.string().min(5),
    milestones: z.array(milestone).default([]),
    source,
  })
  .strict();
export type Body = z.infer<typeof body>;

const organisation = z
  .object({
    id: orgId,
    name: z.string().min(3),
    shortName: z.string().min(2),
    /** The day from which the map can show this layer at all. */
    from: isoDay,
    description: z.string().min(20),
    /** The heading the layer switcher lists it under ("Founding bodies", "Security"…). */
    group: z.string().min(3),
    /** Its line in the members-per-year chart: a colour and an SVG dash pattern ("" for solid). */
    line: z.object({ color: hexColour, dash: z.string().regex(/^[\d. ]*$/) }).strict(),
    /** The bodies in this line of succession, oldest first (e.g. the CST, then the CSTO). */
    bodies: z.array(body).min(1),
    /**
     * The map's other readings of this organisation's record, if any: the first entry names the
     * record's own (main) reading, the others are what alternatives' `readingId` refer to.
     */
    readings: z.array(namedReading).default([]),
    source,
  })
  .strict();
export type Organisation = z.infer<typeof organisation>;

const membershipInterval = z
  .object({
    country: iso3,
    org: orgId,
    /** Which body of the organisation's line the state belonged to (e.g. `eurasec`). */
    body: z.string().regex(/^[a-z0-9-]+$/),
    status,
    /** First day of this status. */
    from: isoDay,
    fromPrecision: precision.default('day'),
    /** First day on which this status no longer held (exclusive); absent while it still holds. */
    until: isoDay.optional(),
    untilPrecision: precision.default('day'),
    /** One line shown in the UI, e.g. "Withdrawal announced on 14 August 2008; effective a year later". */
    summary: z.string().min(5),
    milestones: z.array(milestone).default([]),
    source,
    alternatives: z.array(alternativeReading).default([]),
  })
  .strict();
export type MembershipInterval = z.infer<typeof membershipInterval>;

const countryRole = z.enum(['post-soviet', 'neighbour']);

/**
 * Another name a reader may search for: `official`, the long official English form (UN usage);
 * `short`, another English short form; `former`, an English name no longer in official use;
 * `russian`, the name in Russian, the CIS's working language; `local`, the state's own name in
 * its own language (with `lang`).
 */
const otherName = z
  .object({
    name: z.string().min(2),
    kind: z.enum(['official', 'short', 'former', 'russian', 'local']),
    /** The language of a `local` name, as an ISO 639-1 code (`ka` for Georgian). */
    lang: z
      .string()
      .regex(/^[a-z]{2}$/, 'an ISO 639-1 language code')
      .optional(),
  })
  .strict()
  .refine((n) => n.kind !== 'local' || n.lang !== undefined, {
    message: 'a local name needs its language',
  });
export type OtherName = z.infer<typeof otherName>;

const country = z
  .object({
    iso3,
    name: z.string().min(3),
    role: countryRole,
    /** For neighbours and the Baltic states: why the state is on the map. */
    context: z.string().min(10).optional(),
    /** Names other than `name` that find the state in _Find a country_; unique across states. */
    otherNames: z.array(otherName).optional(),
    /** Label position, [lng, lat]; computed from the geometry when absent. */
    labelAt: z.tuple([z.number(), z.number()]).optional(),
    /** The label at the opening view, where the name does not fit a small state (e.g. "Arm."). */
    labelShort: z.string().min(2).max(8).optional(),
    /**
     * Which side of the label point the text's anchor is (MapLibre's `text-anchor`): a small
     * state's label is set beside it, over the sea or a large neighbour, so that neighbouring
     * small states' labels do not cover each other. Centred when absent.
     */
    labelAnchor: z
      .enum([
        'top',
        'bottom',
        'left',
        'right',
        'top-left',
        'top-right',
        'bottom-left',
        'bottom-right',
      ])
      .optional(),
  })
  .strict();
export type Country = z.infer<typeof country>;

/** Territory outside its state's control, drawn as a dated hatched overlay. */
const territory = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(3),
    /** The state that the UN recognises as sovereign over it. */
    country: iso3,
    kind: z.enum(['occupied', 'annexed', 'unrecognised-authority']),
    from: isoDay,
    fromPrecision: precision.default('day'),
    until: isoDay.optional(),
    note: z.string().min(10),
    /** `polygon`: derived from the boundary packages (see geo/); `point`: a labelled marker. */
    drawnAs: z.enum(['polygon', 'point']),
    point: z.tuple([z.number(), z.number()]),
    source,
  })
  .strict();
export type Territory = z.infer<typeof territory>;

const eventKind = z.enum(EVENT_KINDS);

const event = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    date: isoDay,
    precision: precision.default('day'),
    /** For events that last: the last day. */
    endDate: isoDay.optional(),
    kind: eventKind,
    title: z.string().min(5),
    description: z.string().min(10),
    countries: z.array(iso3).default([]),
    orgs: z.array(orgId).default([]),
    /** Where it happened, [lng, lat], for a marker on the map. */
    place: z
      .object({ name: z.string().min(2), at: z.tuple([z.number(), z.number()]) })
      .strict()
      .optional(),
    source,
  })
  .strict();
export type AtlasEvent = z.infer<typeof event>;

const paragraph = z
  .object({
    id: z.string().regex(/^p\d+$/),
    /** `heading` for the article's own section headings. */
    kind: z.enum(['paragraph', 'heading', 'note']).default('paragraph'),
    text: z.string().min(1),
  })
  .strict();

export const documentRecord = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    seedFile: z.string().regex(/^[0-9a-z_]+\.txt$/),
    title: z.string().min(5),
    author: z.string().min(3),
    affiliation: z.string().min(3),
    publisher: z.string().min(3),
    /** The publication date, or the earliest bound the text allows. */
    date: isoDay,
    datePrecision: z.enum(['day', 'month', 'year', 'not-before']),
    dateNote: z.string().min(5),
    url: z.url().optional(),
    language: z.string().min(2),
    removed: z.array(z.string().min(3)).min(1),
    paragraphs: z.array(paragraph).min(1),
  })
  .strict();
export type DocumentRecord = z.infer<typeof documentRecord>;

const quote = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    document: z.string(),
    paragraph: z.string().regex(/^p\d+$/),
    /** Verbatim from the seed file (checked after folding whitespace). */
    text: z.string().min(20),
    countries: z.array(iso3).default([]),
    orgs: z.array(orgId).default([]),
    /** The years the passage concerns, inclusive. */
    years: z.tuple([z.number().int(), z.number().int()]),
    topic: z.string().min(3),
  })
  .strict();
export type Quote = z.infer<typeof quote>;

/** Where an article states a fact that the record contradicts: both readings, with sources. */
const claimNote = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    document: z.string(),
    paragraph: z.string().regex(/^p\d+$/),
    /** The words of the article that make the claim, verbatim. */
    claim: z.string().min(5),
    record: z.string().min(10),
    countries: z.array(iso3).default([]),
    orgs: z.array(orgId).default([]),
    source,
  })
  .strict();
export type ClaimNote = z.infer<typeof claimNote>;

/**
 * About the record as a whole: the atlas's name and title (as citations give them) and the day
 * its facts were last checked against their sources (the latest entry of docs/record-changes.md).
 */
export const metaFile = z
  .object({
    /** The atlas's name, which citations give as its author. */
    name: z.string().min(3),
    /** The atlas's full title, in sentence case (a capital after the colon). */
    title: z.string().min(10),
    checkedOn: isoDay,
    /** What the check covered, in a sentence. */
    checkedNote: z.string().min(20),
  })
  .strict();
export type RecordMeta = z.infer<typeof metaFile>;

const lonLat = z.tuple([z.number().min(-180).max(360), z.number().min(-90).max(90)]);

/** One legal step under a presence: an agreement, its signature, entry into force and term. */
const legalStep = z
  .object({
    title: z.string().min(5),
    signed: isoDay.optional(),
    inForce: isoDay.optional(),
    /** Its term or extension, in words ("to 2042, then by five-year periods"). */
    term: z.string().min(3).optional(),
    source,
  })
  .strict();

/**
 * A Russian base or deployment in another post-Soviet state, as a dated point for the map:
 * present from `from` until the day before `until` (absent while it lasts).
 */
const presencePoint = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(3),
    country: iso3,
    place: z.string().min(2),
    at: lonLat,
    /** Further sites of the same presence (the 201st base's garrisons). */
    sites: z.array(z.object({ place: z.string().min(2), at: lonLat }).strict()).optional(),
    kind: z.enum(PRESENCE_KINDS),
    from: isoDay,
    fromPrecision: precision.default('day'),
    until: isoDay.optional(),
    untilPrecision: precision.optional(),
    legalBasis: z.array(legalStep).min(1),
    summary: z.string().min(10),
    source,
    alternatives: z.array(alternativeReading).default([]),
  })
  .strict();
export type PresencePoint = z.infer<typeof presencePoint>;

export const presenceFile = z.array(presencePoint);

export const organisationsFile = z.array(organisation).min(1);
export const countriesFile = z.array(country).min(15);
export const membershipsFile = z.array(membershipInterval).min(1);
export const territoriesFile = z.array(territory);
export const eventsFile = z.array(event);
export const quotesFile = z.array(quote);
export const claimsFile = z.array(claimNote);

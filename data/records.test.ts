import { cpSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { POST_SOVIET_ISO3 } from '@/testing/golden-cells';
import { checkInvariants } from './invariants';
import { DataFileError, formatPath, parseDataFile, parseRecords, type RawRecords } from './records';
import { referenceDay } from './day';
import { statusAt } from './membership';
import { readRecords } from './read-records';
import { foldWhitespace } from './text';

const root = join(__dirname, '..');
const records = readRecords(root);
/**
 * The seed pages the documents were copied from: `../shared/seeds` (or `ATLAS_SEEDS_DIR`).
 * Locally, the tests that read them skip when they are missing; on CI (`CI` set to anything but
 * `0`/`false`) they fail instead, so a moved seed folder cannot silently switch the checks off.
 */
const seedCandidates = process.env.ATLAS_SEEDS_DIR
  ? [process.env.ATLAS_SEEDS_DIR]
  : [join(root, '..', 'shared', 'seeds'), join(root, 'shared', 'seeds')];
const seedsDir = seedCandidates.find((d) => existsSync(d));
const onCi = !['', '0', 'false'].includes((process.env.CI ?? '').trim().toLowerCase());
const seedTest = seedsDir !== undefined || onCi ? it : it.skip;
/** The seed folder, or a failure that says where it was looked for. */
function seeds(): string {
  if (seedsDir === undefined)
    expect.fail(
      `the seed files are missing (looked in ${seedCandidates.join(', ')}); CI is set, so this fails instead of skipping`,
    );
  return seedsDir;
}
const at = (org: 'cis' | 'csto' | 'eaeu', iso: string, year: number): string =>
  statusAt(records.memberships, org, iso, referenceDay(year, '2026-11-23')).status;

describe('the data files', () => {
  it('parse with their schemas and agree with each other', () => {
    expect(checkInvariants(records)).toEqual([]);
  });

  it('have every interval, event, territory and organisation sourced', () => {
    for (const m of records.memberships)
      expect(m.source.url ?? m.source.citation, `${m.country} ${m.org} ${m.from}`).toBeTruthy();
    for (const e of records.events) expect(e.source.url ?? e.source.citation, e.id).toBeTruthy();
    for (const t of records.territories)
      expect(t.source.url ?? t.source.citation, t.id).toBeTruthy();
  });

  it('cover all fifteen post-Soviet states', () => {
    expect(
      records.countries
        .filter((c) => c.role === 'post-soviet')
        .map((c) => c.iso3)
        .sort(),
    ).toEqual([...POST_SOVIET_ISO3]);
  });

  it('match the record at well-known dates', () => {
    expect(at('cis', 'RUS', 1991)).toBe('member');
    expect(at('cis', 'GEO', 2008)).toBe('withdrawing');
    expect(at('cis', 'GEO', 2009)).toBe('non-member');
    expect(at('cis', 'TKM', 2006)).toBe('associate');
    expect(at('cis', 'EST', 2000)).toBe('non-member');
    expect(at('csto', 'UZB', 2010)).toBe('member');
    expect(at('csto', 'UZB', 2013)).toBe('non-member');
    expect(at('csto', 'ARM', 2024)).toBe('suspended');
    expect(at('eaeu', 'KGZ', 2015)).toBe('member');
    expect(at('eaeu', 'ARM', 2015)).toBe('member');
  });
});

describe('the documents and quotes', () => {
  seedTest('copy every paragraph verbatim from its seed file', () => {
    const dir = seeds();
    for (const doc of records.documents) {
      const seed = foldWhitespace(readFileSync(join(dir, doc.seedFile), 'utf8'));
      for (const p of doc.paragraphs)
        expect(seed.includes(foldWhitespace(p.text)), `${doc.id} ${p.id}`).toBe(true);
    }
  });

  seedTest('quote every passage verbatim from the seed file', () => {
    const dir = seeds();
    for (const q of records.quotes) {
      const doc = records.documents.find((d) => d.id === q.document)!;
      const seed = foldWhitespace(readFileSync(join(dir, doc.seedFile), 'utf8'));
      expect(seed.includes(foldWhitespace(q.text)), q.id).toBe(true);
    }
  });

  it('find every quote exactly inside its paragraph, so the reader can highlight it', () => {
    for (const q of records.quotes) {
      const doc = records.documents.find((d) => d.id === q.document)!;
      expect(doc.paragraphs.find((p) => p.id === q.paragraph)?.text.includes(q.text), q.id).toBe(
        true,
      );
    }
  });

  it('note claims against the record in both articles', () => {
    for (const doc of records.documents)
      expect(records.claims.filter((c) => c.document === doc.id).length, doc.id).toBeGreaterThan(0);
  });
});

describe('a broken data file', () => {
  function brokenCopy(file: string, edit: (value: unknown) => unknown): string {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-data-'));
    cpSync(join(root, 'data'), join(dir, 'data'), { recursive: true });
    const path = join(dir, file);
    writeFileSync(path, JSON.stringify(edit(JSON.parse(readFileSync(path, 'utf8')))));
    return dir;
  }

  it('fails with the file and the field', () => {
    const dir = brokenCopy('data/records/memberships.json', (v) => {
      const list = v as { from: string }[];
      list[3]!.from = '2009-02-30';
      return list;
    });
    expect(() => readRecords(dir)).toThrowError(DataFileError);
    expect(() => readRecords(dir)).toThrowError(
      /data\/records\/memberships\.json[\s\S]*\[3\]\.from: a real calendar day/,
    );
  });

  it('that is not JSON says so', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-data-'));
    cpSync(join(root, 'data'), join(dir, 'data'), { recursive: true });
    writeFileSync(join(dir, 'data/records/events.json'), '[{ "id": ');
    expect(() => readRecords(dir)).toThrowError(/data\/records\/events\.json[\s\S]*not valid JSON/);
  });

  it('with an interval without a source is refused', () => {
    const dir = brokenCopy('data/records/memberships.json', (v) => {
      const list = v as { source?: unknown }[];
      delete list[0]!.source;
      return list;
    });
    expect(() => readRecords(dir)).toThrowError(/\[0\]\.source/);
  });
});

describe('each records file', () => {
  const json = (file: string): unknown => JSON.parse(readFileSync(join(root, file), 'utf8'));
  const raw = (): RawRecords => ({
    organisations: json('data/records/organisations.json'),
    countries: json('data/records/countries.json'),
    memberships: json('data/records/memberships.json'),
    territories: json('data/records/territories.json'),
    events: json('data/records/events.json'),
    quotes: json('data/records/quotes.json'),
    claims: json('data/records/claims.json'),
    presence: json('data/records/presence.json'),
    meta: json('data/records/meta.json'),
    documents: {
      'bolgova-2015': json('data/documents/bolgova-2015.json'),
      'wani-2025': json('data/documents/wani-2025.json'),
    },
  });
  const fileOfError = (broken: RawRecords): string | undefined => {
    try {
      parseRecords(broken);
    } catch (error) {
      if (error instanceof DataFileError) return error.file;
    }
    return undefined;
  };

  it.each([
    ['organisations', 'data/records/organisations.json'],
    ['countries', 'data/records/countries.json'],
    ['memberships', 'data/records/memberships.json'],
    ['territories', 'data/records/territories.json'],
    ['events', 'data/records/events.json'],
    ['quotes', 'data/records/quotes.json'],
    ['claims', 'data/records/claims.json'],
    ['presence', 'data/records/presence.json'],
    ['meta', 'data/records/meta.json'],
  ] as const)('is parsed as %s, and a problem in it names %s', (key, file) => {
    expect(fileOfError({ ...raw(), [key]: 'not a record' })).toBe(file);
  });
  it.each([
    ['bolgova-2015', 'data/documents/bolgova-2015.json'],
    ['wani-2025', 'data/documents/wani-2025.json'],
  ] as const)('of the document %s is parsed, and a problem in it names %s', (id, file) => {
    const broken = raw();
    expect(fileOfError({ ...broken, documents: { ...broken.documents, [id]: [] } })).toBe(file);
  });
  it('is parsed as read, unbroken', () => {
    expect(fileOfError(raw())).toBeUndefined();
    expect(parseRecords(raw()).documents.map((d) => d.id)).toEqual(['bolgova-2015', 'wani-2025']);
  });
});

describe('formatPath', () => {
  it('writes indexes in brackets and keys after dots, as a person looks for them in the file', () => {
    expect(formatPath([3, 'source', 'url'])).toBe('[3].source.url');
    expect(formatPath(['milestones', 0, 'date'])).toBe('milestones[0].date');
  });
  it('has no leading dot before a first key', () => {
    expect(formatPath(['from'])).toBe('from');
    expect(formatPath(['a', 'b'])).toBe('a.b');
  });
  it('is empty for the root', () => {
    expect(formatPath([])).toBe('');
  });
});

describe('DataFileError', () => {
  it('names the file and lists every field with its message, the root as "(root)"', () => {
    const error = new DataFileError('data/records/events.json', [
      { path: '[0].date', message: 'a real calendar day' },
      { path: '', message: 'not valid JSON' },
    ]);
    expect(error.message).toBe(
      'Data file data/records/events.json is invalid:\n' +
        '  - [0].date: a real calendar day\n' +
        '  - (root): not valid JSON',
    );
    expect(error.name).toBe('DataFileError');
    expect(error.file).toBe('data/records/events.json');
    expect(error).toBeInstanceOf(Error);
  });
});

describe('parseDataFile', () => {
  const schema = z.array(z.object({ year: z.number() }).strict());

  it('returns the parsed value of a valid file', () => {
    expect(parseDataFile('years.json', schema, [{ year: 1991 }])).toEqual([{ year: 1991 }]);
  });
  it('throws a DataFileError with the path of each field that is wrong', () => {
    let caught: unknown;
    try {
      parseDataFile('years.json', schema, [{ year: 1991 }, { year: 'x' }]);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DataFileError);
    const { file, issues } = caught as DataFileError;
    expect(file).toBe('years.json');
    expect(issues.map((i) => i.path)).toEqual(['[1].year']);
  });
});

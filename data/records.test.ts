import { cpSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { POST_SOVIET_ISO3 } from '@/testing/golden-cells';
import { checkInvariants } from './invariants';
import { DataFileError } from './load';
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

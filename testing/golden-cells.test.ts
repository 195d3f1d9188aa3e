/**
 * The records against the golden cells: hand-written statuses from the historical record
 * (testing/golden-cells.ts). A failure here means a record or the status logic disagrees with the
 * sources, or the golden cell is wrong; it is never fixed by copying the record into the cell.
 */
import { describe, expect, it } from 'vitest';
import { memberships, organisations } from '@/data/atlas';
import {
  goldenCells,
  goldenCstoChanges1995To2025,
  POST_SOVIET_NAMES,
  type GoldenCell,
} from './golden-cells';
import { referenceDay, todayUtc } from '@/data/day';
import { changesBetween, statusAt } from '@/data/membership';
import { STATUSES } from '@/data/vocabulary';

const NAMES: Readonly<Record<string, string>> = POST_SOVIET_NAMES;

/** The body in force on a day, for the sentence. */
function bodyName(cell: Pick<GoldenCell, 'org' | 'day'>): string {
  if (cell.org === 'cis') return 'the CIS';
  if (cell.org === 'csto')
    return cell.day < '2003-09-18' ? 'the Collective Security Treaty' : 'the CSTO';
  if (cell.day < '2001-05-30') return 'the Customs Union (EAEU predecessor)';
  if (cell.day < '2015-01-01') return 'EurAsEC (EAEU predecessor)';
  return 'the EAEU';
}

function sentenceDay(day: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));
}

/** "Georgia is withdrawing from the CIS on 31 December 2008". */
function sentence(cell: Pick<GoldenCell, 'org' | 'iso3' | 'status' | 'day'>): string {
  const name = NAMES[cell.iso3] ?? cell.iso3;
  const body = bodyName(cell);
  const predicate = {
    member: `is a member of ${body}`,
    participating: `is participating in ${body} without having ratified its charter`,
    associate: `is an associate of ${body}`,
    observer: `is an observer of ${body}`,
    suspended: `is suspended from ${body}`,
    withdrawing: `is withdrawing from ${body}`,
    'non-member': `is not a member of ${body}`,
  }[cell.status];
  return `${name} ${predicate} on ${sentenceDay(cell.day)}`;
}

const today = todayUtc();
/** The year the golden cells treat as the current one (written for 24 November 2026). */
const GOLDEN_CURRENT_YEAR = 2026;

describe('the golden cells themselves', () => {
  it('are at least 90, cover every year from 1991 to 2025, every organisation and all 15 states', () => {
    expect(goldenCells.length).toBeGreaterThanOrEqual(90);
    for (let year = 1991; year <= 2025; year++) {
      // Not every year has a cell; the edges and a spread of years must.
      if ([1991, 1992, 1993, 1994, 1995, 1999, 2003, 2008, 2015, 2025].includes(year))
        expect(
          goldenCells.some((c) => c.year === year),
          String(year),
        ).toBe(true);
    }
    for (const org of organisations.map((o) => o.id)) {
      for (const iso of Object.keys(NAMES))
        expect(
          goldenCells.some((c) => c.org === org && c.iso3 === iso),
          `${org} ${iso}`,
        ).toBe(true);
    }
  });

  it('are well formed: a known status, one cell per year, organisation and state, a reason', () => {
    const seen = new Set<string>();
    for (const c of goldenCells) {
      const key = `${c.year} ${c.org} ${c.iso3}`;
      expect(seen.has(key), `duplicate ${key}`).toBe(false);
      seen.add(key);
      expect(STATUSES).toContain(c.status);
      expect(NAMES[c.iso3], key).toBeDefined();
      expect(c.why.length, key).toBeGreaterThan(20);
      expect(c.day.slice(0, 4), key).toBe(String(c.year));
      if (c.year < GOLDEN_CURRENT_YEAR) {
        expect(c.day, key).toBe(`${c.year}-12-31`);
        expect(c.holds, key).toBeUndefined();
      } else {
        expect(c.holds, `${key}: a current-year cell says over which days it holds`).toBeDefined();
        expect(c.holds!.from <= c.day && c.day <= c.holds!.to, key).toBe(true);
      }
    }
  });
});

describe('the pinned today', () => {
  // The e2e tests open the current year of the CIS, the CSTO and the EAEU and ask the golden
  // cells for it. Moving the pin (package.json config.today) into a year without cells that hold
  // on that day must fail here, by name, before any browser starts.
  it(`has golden cells that hold on it (${today}) for the CIS, the CSTO and the EAEU`, () => {
    for (const org of ['cis', 'csto', 'eaeu'] as const) {
      const holding = goldenCells.filter(
        (c) => c.org === org && c.holds && c.holds.from <= today && today <= c.holds.to,
      );
      expect(
        holding.length,
        `${org}: no golden cell holds on ${today}; write that year's cells in testing/golden/`,
      ).toBeGreaterThan(0);
    }
  });
});

describe('the reference day of a year', () => {
  it.each(goldenCells.filter((c) => c.year < GOLDEN_CURRENT_YEAR).map((c) => [c.year, c.day]))(
    'for %i is %s',
    (year, day) => {
      expect(referenceDay(year as number, today)).toBe(day);
    },
  );

  it('for the current year is today (24 November 2026 when the cells were written)', () => {
    expect(referenceDay(2026, '2026-11-24')).toBe('2026-11-24');
  });
});

describe('the records agree with the historical record', () => {
  it.each(goldenCells.map((c) => [sentence(c), c] as const))('%s', (_name, cell) => {
    expect(
      statusAt(memberships, cell.org, cell.iso3, cell.day).status,
      `${cell.year} ${cell.org} ${cell.iso3} — source: ${cell.why}`,
    ).toBe(cell.status);
  });

  // A current-year cell holds over a span of days: check its ends too.
  const spans = goldenCells.flatMap((c) =>
    c.holds
      ? [
          [sentence({ ...c, day: c.holds.from }), { ...c, day: c.holds.from }] as const,
          [sentence({ ...c, day: c.holds.to }), { ...c, day: c.holds.to }] as const,
        ]
      : [],
  );
  it.each(spans)('%s', (_name, cell) => {
    expect(
      statusAt(memberships, cell.org, cell.iso3, cell.day).status,
      `${cell.org} ${cell.iso3} — source: ${cell.why}`,
    ).toBe(cell.status);
  });
});

describe('the changes in the CSTO from 1995 to 2025', () => {
  it('are the seven the sources give, on their days, in order', () => {
    const actual = changesBetween(memberships, 'csto', '1995-12-31', '2025-12-31');
    expect(actual.map((c) => `${c.country} ${c.before} → ${c.after}`)).toEqual(
      goldenCstoChanges1995To2025.map((c) => `${c.country} ${c.before} → ${c.after}`),
    );
    actual.forEach((c, i) => {
      const golden = goldenCstoChanges1995To2025[i]!;
      expect(golden.readings ?? [golden.date], `${c.country} ${c.after}: ${golden.why}`).toContain(
        c.date,
      );
    });
  });

  it('agree with the golden cells of 1995 and 2025', () => {
    for (const iso of Object.keys(NAMES)) {
      const steps = goldenCstoChanges1995To2025.filter((c) => c.country === iso);
      const at1995 = goldenCells.find((c) => c.year === 1995 && c.org === 'csto' && c.iso3 === iso);
      const at2025 = goldenCells.find((c) => c.year === 2025 && c.org === 'csto' && c.iso3 === iso);
      expect(at1995 && at2025, iso).toBeTruthy();
      expect(steps[0]?.before ?? at1995!.status, iso).toBe(at1995!.status);
      expect(steps.at(-1)?.after ?? at2025!.status, iso).toBe(at2025!.status);
    }
  });
});

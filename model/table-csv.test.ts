/**
 * The table's CSV: a small table made by hand for the quoting and the columns, and the real 2015
 * table for a few states whose statuses are written from the sources (testing/golden-cells.ts).
 */
import { describe, expect, it } from 'vitest';
import { atlasData } from '@/data/atlas';
import { parseCsv, csvRecords } from '@/testing/csv';
import { defaultState } from '@/data/url-state';
import { atlasView } from './atlas-view';
import { tableCsv, tableCsvName } from './table-csv';
import type { TableView } from './types';

function smallTable(fields: Partial<TableView> = {}): TableView {
  const source = {
    title: 'Treaty "on Collective Security", text',
    publisher: 'CSTO',
    date: '1992-05-15',
    url: 'https://example.org/cst',
  };
  return {
    year: 1995,
    caption: 'Membership of the post-Soviet states in 1995 (status on 1995-12-31)',
    columns: [{ org: 'csto', heading: 'CST', later: 'CSTO' }],
    rows: [
      {
        iso3: 'ARM',
        name: 'Armenia',
        cells: [
          {
            org: 'csto',
            status: 'member',
            detail: 'since 15 May 1992',
            inBody: '; in the CSTO since 18 Sep 2003',
            source,
            note: 1,
            disputed: true,
            readAs: ['suspended'],
          },
        ],
      },
      {
        iso3: 'GEO',
        name: 'Georgia',
        cells: [
          {
            org: 'csto',
            status: 'non-member',
            detail: '',
            inBody: '',
            source: null,
            note: null,
            disputed: false,
            readAs: [],
          },
        ],
      },
    ],
    notes: [source],
    comparison: null,
    ...fields,
  };
}

describe('tableCsv', () => {
  it('starts with a byte-order mark and writes each row as RFC 4180, quoting where needed', () => {
    expect(tableCsv(smallTable())).toBe(
      '\uFEFF' +
        'State,"CST, later CSTO","CST, later CSTO: dates","CST, later CSTO: source","CST, later CSTO: sources differ"\r\n' +
        'Armenia,member,since 15 May 1992; in the CSTO since 18 Sep 2003,"Treaty ""on Collective Security"", text (CSTO; 15 May 1992) https://example.org/cst",yes: also read as suspended\r\n' +
        'Georgia,non-member,,,no\r\n',
    );
  });
  it('adds the comparison column, as headed on the page', () => {
    const rows = parseCsv(
      tableCsv(
        smallTable({
          comparison: {
            heading: 'Comparison: CST and CIS in 1995',
            cells: { ARM: 'both', GEO: 'neither' },
          },
        }),
      ),
    );
    expect(rows.map((r) => r.at(-1))).toEqual([
      'Comparison: CST and CIS in 1995',
      'both',
      'neither',
    ]);
  });
  it('keeps a line break inside a field in one quoted field', () => {
    const table = smallTable({ rows: [{ ...smallTable().rows[1]!, name: 'Two\nlines' }] });
    expect(parseCsv(tableCsv(table))[1]![0]).toBe('Two\nlines');
  });
  it('names the file after the year', () => {
    expect(tableCsvName(smallTable())).toBe('cis-atlas-1995-table.csv');
  });
});

describe("the 2015 table's CSV", () => {
  const table = atlasView(
    { ...defaultState(2026), year: 2015, view: 'table' },
    atlasData('2026-11-24'),
  ).table;
  const rows = csvRecords(tableCsv(table));
  const row = (name: string) => rows.find((r) => r.State === name)!;
  it('has a row for each of the fifteen states and four columns per organisation', () => {
    expect(rows).toHaveLength(15);
    // CIS, CSTO, EAEU, Union State, CIS air defence, GUAM: six organisations.
    expect(Object.keys(rows[0]!)).toHaveLength(1 + 6 * 4);
  });
  it('writes Georgia outside all three in 2015 (it left the CIS on 18 August 2009)', () => {
    expect([row('Georgia').CIS, row('Georgia').CSTO, row('Georgia').EAEU]).toEqual([
      'non-member',
      'non-member',
      'non-member',
    ]);
  });
  it("writes Armenia a member of all three, with the EAEU's date and source in full", () => {
    expect(row('Armenia')).toMatchObject({
      CIS: 'member',
      CSTO: 'member',
      EAEU: 'member',
      'CSTO: dates': 'since 15 May 1992; in the CSTO since 18 Sep 2003',
    });
    expect(row('Armenia')['EAEU: dates']).toMatch(/^since 2 Jan 2015/);
    expect(row('Armenia')['EAEU: source']).toContain('https://www.commonspace.eu/');
  });
  it('writes Ukraine as participating in the CIS, where sources differ', () => {
    // Ukraine's own position (never a member) reads the same status; Wani (2024) reads it as out
    // of the CIS from 2014, and the founding-state reading as a member.
    expect(row('Ukraine')).toMatchObject({
      CIS: 'participating',
      'CIS: sources differ': 'yes: also read as member or non-member',
    });
  });
  it('writes Ukraine suspended in the air defence system by participation, a member by treaty', () => {
    expect(row('Ukraine')).toMatchObject({
      'CIS air defence': 'suspended',
      'CIS air defence: sources differ': 'yes: also read as member',
    });
  });
});

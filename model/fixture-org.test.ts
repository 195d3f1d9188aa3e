/**
 * Organisations are data: an organisation added to the records, with no change to the code,
 * validates, can be named in a link, and appears in every part of the page that lists
 * organisations: the layer switcher (under its heading), the map's legend, the table's columns,
 * the chart's lines, the comparison, the year's figures and the downloadable files' dictionary.
 */
import { describe, expect, it } from 'vitest';
import { records } from '@/data/atlas';
import { atlasPayload, parseRecords, type RawRecords } from '@/data/records';
import { dataFiles } from '@/data/export';
import { checkInvariants } from '@/data/invariants';
import { defaultState, knownIds, parseUrlState } from '@/data/url-state';
import { atlasView } from './atlas-view';

const SOURCE = { title: 'A treaty made up for this test', citation: 'Made up for the test.' };

const pact = {
  id: 'test-pact',
  name: 'Test Pact of Three',
  shortName: 'TPT',
  from: '2000-03-01',
  description: 'A pact made up for this test: three states, one of which leaves.',
  group: 'Test alliances',
  line: { color: '#123456', dash: '2 2' },
  bodies: [
    {
      id: 'test-pact',
      name: 'Test Pact of Three',
      shortName: 'TPT',
      from: '2000-03-01',
      foundingAct: 'The test treaty of 1 March 2000',
      source: SOURCE,
    },
  ],
  source: SOURCE,
};

const interval = (country: string, from: string, until?: string) => ({
  country,
  org: 'test-pact',
  body: 'test-pact',
  status: 'member',
  from,
  ...(until && { until }),
  summary: `${country} in the test pact`,
  source: SOURCE,
});

/** The real records as their files hold them, with the pact and its members added. */
function withPact() {
  const raw = JSON.parse(JSON.stringify(records)) as Omit<RawRecords, 'documents'> & {
    organisations: unknown[];
    memberships: unknown[];
    documents: { id: string }[];
  };
  return parseRecords({
    ...raw,
    organisations: [...raw.organisations, pact],
    memberships: [
      ...raw.memberships,
      interval('ARM', '2000-03-01'),
      interval('KAZ', '2000-03-01'),
      interval('GEO', '2000-03-01', '2005-06-01'),
    ],
    documents: Object.fromEntries(raw.documents.map((d) => [d.id, d])) as RawRecords['documents'],
  });
}

describe('an organisation added to the records alone', () => {
  const r = withPact();
  const data = { ...atlasPayload(r), today: '2026-11-24' };
  const view = (query: string) =>
    atlasView(
      parseUrlState(Object.fromEntries(new URLSearchParams(query)), 2026, knownIds(data)).state,
      data,
    );

  it('validates, with no problem between the files', () => {
    expect(r.organisations.map((o) => o.id)).toContain('test-pact');
    expect(checkInvariants(r)).toEqual([]);
  });

  it('can be named in a link, as a layer and as a comparison', () => {
    const { state, notices } = parseUrlState(
      { layer: 'TEST-PACT', compare: 'cis', year: '2004' },
      2026,
      knownIds(data),
    );
    expect(notices).toEqual([]);
    expect(state).toEqual({
      ...defaultState(2026),
      layer: 'test-pact',
      compare: 'cis',
      year: 2004,
    });
  });

  it('is a choice of the layer switcher, under its own heading, after the record’s own', () => {
    const layers = view('').layers;
    expect(layers.at(-1)).toEqual({
      id: 'test-pact',
      label: 'TPT',
      title: 'Test Pact of Three',
      group: 'Test alliances',
    });
    expect(layers.slice(0, 3).map((l) => l.id)).toEqual(['cis', 'csto', 'eaeu']);
  });

  it('colours the map and names its members in the legend', () => {
    const v = view('layer=test-pact&year=2004');
    const [pane] = v.panes;
    expect(pane.legend.title).toBe('TPT in 2004');
    expect(pane.classes.ARM).toBe('member');
    expect(pane.classes.GEO).toBe('member');
    expect(pane.classes.RUS).toBe('non-member');
    const members = pane.legend.entries.find((e) => e.key === 'member')!;
    expect(members.states.map((s) => s.name)).toEqual(['Armenia', 'Georgia', 'Kazakhstan']);
    // Georgia left on 1 June 2005: two members at the end of 2005.
    expect(view('layer=test-pact&year=2005').panes[0].classes.GEO).toBe('non-member');
  });

  it('has a column in the table and a line in the chart', () => {
    const v = view('view=table&year=2004');
    expect(v.table.columns.map((c) => c.org)).toContain('test-pact');
    const series = v.chart.series.find((s) => s.org === 'test-pact')!;
    expect(series.line).toEqual({ color: '#123456', dash: '2 2' });
    expect(series.rows.find((row) => row.year === 2004)?.members).toBe(3);
    expect(series.rows.find((row) => row.year === 2005)?.members).toBe(2);
  });

  it('is compared with another organisation and has its figures beside it', () => {
    const v = view('layer=test-pact&compare=csto&year=2004');
    expect(v.panes[0].title).toBe('TPT and CSTO in 2004');
    expect(v.stats.map((s) => s.orgName)).toEqual(['TPT', 'CSTO']);
    expect(v.stats[0]!.members).toEqual(['ARM', 'GEO', 'KAZ']);
  });

  it('is one of the allowed values of the organisation column of the files', () => {
    const memberships = dataFiles(r, '2026-11-24').find((f) => f.path === '/data/memberships.csv')!;
    const org = memberships.columns!.find((c) => c.name === 'org')!;
    expect(org.values?.map((v) => v.value)).toContain('test-pact');
  });
});

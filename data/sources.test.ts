import { describe, expect, it } from 'vitest';
import { records } from './atlas';
import { UNPUBLISHED_HEADING, groupSources, recordSources } from './sources';
import type { Source } from './schema';

const src = (title: string, fields: Partial<Source> = {}): Source => ({
  title,
  url: `https://example.org/${title.toLowerCase().replace(/\W+/g, '-')}`,
  ...fields,
});

describe('the sources of the record', () => {
  it('counts a source once wherever it is cited: by its address, or by its title without one', () => {
    const treaty = { title: 'Collective Security Treaty', citation: 'Tashkent, 15 May 1992' };
    const found = recordSources({
      organisations: [],
      memberships: [],
      territories: [],
      presence: [],
      events: [
        { source: src('Georgia quits', { publisher: 'Civil.ge' }) },
        { source: { ...treaty, citation: 'Tashkent, 15 May 1992, Art. 4' } },
      ] as never,
      claims: [
        { source: { ...src('Georgia quits'), title: 'Georgia quits the CIS' } },
        { source: treaty },
      ] as never,
    });
    expect(found).toEqual([
      src('Georgia quits', { publisher: 'Civil.ge' }),
      { title: 'Collective Security Treaty', citation: 'Tashkent, 15 May 1992, Art. 4' },
    ]);
  });

  it('groups by publisher in alphabetical order, the texts without a publisher first, oldest first', () => {
    const groups = groupSources([
      src('B', { publisher: 'TASS', date: '2018-05-19' }),
      src('Undated', { publisher: 'TASS' }),
      src('A', { publisher: 'TASS', date: '2012-06-28' }),
      src('Treaty'),
      src('C', { publisher: 'BelTA' }),
      src('D', { publisher: 'asbarez' }),
    ]);
    expect(groups.map((g) => [g.heading, g.sources.map((s) => s.title)])).toEqual([
      [UNPUBLISHED_HEADING, ['Treaty']],
      ['asbarez', ['D']],
      ['BelTA', ['C']],
      ['TASS', ['A', 'B', 'Undated']],
    ]);
  });

  it('are 336 in the record as it stands, counted by hand (jq over data/records, by URL or title)', () => {
    // Counted on 7 December 2026 with:
    //   cat data/records/*.json | jq -s '[.[] | .. | objects | .source? // empty
    //     | if .url then .url else "T:"+.title end] | unique | length'
    // Update this number, counted again the same way, when sources are added or merged.
    expect(recordSources(records)).toHaveLength(336);
  });
});

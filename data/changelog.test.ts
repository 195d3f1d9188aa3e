import { describe, expect, it } from 'vitest';
import { records } from './atlas';
import { inlineSpans, parseChangelog } from './changelog';
import { readChangelog } from './read-records';

const sample = [
  '# Record changes, 3 March 2027',
  '',
  'Why this pass was made,',
  'over two lines.',
  '',
  '## data/records/events.json',
  '',
  '- **cst-signed**: source zakonpravo.kz →',
  '  the treaty (citation).',
  '- **georgia-joins-cis** (added).',
  '',
  'A closing paragraph.',
  '',
  '# Record changes, earlier',
  '',
  '## Tests',
  '',
  'All green.',
].join('\n');

describe('the record changelog', () => {
  it('reads entries, their sections, paragraphs and bullets with their continuation lines', () => {
    expect(parseChangelog(sample)).toEqual([
      {
        title: 'Record changes, 3 March 2027',
        date: '2027-03-03',
        intro: [{ kind: 'paragraph', text: 'Why this pass was made, over two lines.' }],
        sections: [
          {
            heading: 'data/records/events.json',
            blocks: [
              {
                kind: 'list',
                items: [
                  '**cst-signed**: source zakonpravo.kz → the treaty (citation).',
                  '**georgia-joins-cis** (added).',
                ],
              },
              { kind: 'paragraph', text: 'A closing paragraph.' },
            ],
          },
        ],
      },
      {
        title: 'Record changes, earlier',
        date: null,
        intro: [],
        sections: [{ heading: 'Tests', blocks: [{ kind: 'paragraph', text: 'All green.' }] }],
      },
    ]);
  });

  it('splits a line into plain, bold and code spans', () => {
    expect(inlineSpans('**UKR cis 1994-01-22** (added): `until` open → 2018')).toEqual([
      { kind: 'strong', text: 'UKR cis 1994-01-22' },
      { kind: 'text', text: ' (added): ' },
      { kind: 'code', text: 'until' },
      { kind: 'text', text: ' open → 2018' },
    ]);
  });

  it('dates its newest entry on the day the record says it was last checked', () => {
    const [latest] = readChangelog(process.cwd());
    expect(latest?.date).toBe('2026-12-07');
    expect(records.meta.checkedOn).toBe('2026-12-07');
  });
});

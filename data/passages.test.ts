import { describe, expect, it } from 'vitest';
import { markPassages } from './passages';
import type { Quote } from './schema';

/** A quote of `text`; the other fields do not matter to the highlighting. */
function quote(id: string, text: string): Quote {
  return {
    id,
    document: 'doc',
    paragraph: 'p1',
    text,
    countries: [],
    orgs: [],
    years: [2015, 2015],
    topic: 'test',
  };
}

const paragraph = 'The CIS met in Burabay. Leaders spoke of air defence. Nothing was signed.';

describe('markPassages', () => {
  it('cuts a paragraph into plain runs and the quoted runs, in the order of the text', () => {
    const defence = quote('defence', 'Leaders spoke of air defence.');
    const met = quote('met', 'The CIS met');
    expect(markPassages(paragraph, [defence, met])).toEqual([
      { text: 'The CIS met', quote: met },
      { text: ' in Burabay. ', quote: null },
      { text: 'Leaders spoke of air defence.', quote: defence },
      { text: ' Nothing was signed.', quote: null },
    ]);
  });

  it('gives a paragraph without quotes back as one plain run', () => {
    expect(markPassages(paragraph, [])).toEqual([{ text: paragraph, quote: null }]);
  });

  it('leaves out a quote that is not in the paragraph', () => {
    expect(markPassages(paragraph, [quote('elsewhere', 'The EAEU met in Minsk.')])).toEqual([
      { text: paragraph, quote: null },
    ]);
  });

  it('leaves no empty run before a quote at the start or after one at the end', () => {
    const whole = quote('whole', paragraph);
    expect(markPassages(paragraph, [whole])).toEqual([{ text: paragraph, quote: whole }]);
    const last = quote('last', 'Nothing was signed.');
    expect(markPassages(paragraph, [last])).toEqual([
      { text: 'The CIS met in Burabay. Leaders spoke of air defence. ', quote: null },
      { text: 'Nothing was signed.', quote: last },
    ]);
  });

  it('leaves an overlapping later quote unmarked rather than splitting a mark', () => {
    const defence = quote('defence', 'Leaders spoke of air defence.');
    const overlapping = quote('overlapping', 'air defence. Nothing');
    expect(markPassages(paragraph, [overlapping, defence])).toEqual([
      { text: 'The CIS met in Burabay. ', quote: null },
      { text: 'Leaders spoke of air defence.', quote: defence },
      { text: ' Nothing was signed.', quote: null },
    ]);
  });

  it('marks two quotes that touch without a plain run between them', () => {
    const first = quote('first', 'The CIS met in Burabay.');
    const second = quote('second', ' Leaders spoke');
    expect(markPassages(paragraph, [second, first])).toEqual([
      { text: 'The CIS met in Burabay.', quote: first },
      { text: ' Leaders spoke', quote: second },
      { text: ' of air defence. Nothing was signed.', quote: null },
    ]);
  });
});

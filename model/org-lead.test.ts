import { describe, expect, it } from 'vitest';
import { leadAndRest } from './org-lead';

describe('leadAndRest', () => {
  it('gives the first sentence as the lead and the others as the rest', () => {
    expect(
      leadAndRest(
        'A military alliance built on the Collective Security Treaty of 15 May 1992. In 2002 the parties made it an organisation.',
      ),
    ).toEqual({
      lead: 'A military alliance built on the Collective Security Treaty of 15 May 1992.',
      rest: 'In 2002 the parties made it an organisation.',
    });
  });
  it('does not end a sentence inside a number or at a lower-case word', () => {
    expect(leadAndRest('Signed on 1.5.1992, i.e. in May. Then ratified.')).toEqual({
      lead: 'Signed on 1.5.1992, i.e. in May.',
      rest: 'Then ratified.',
    });
  });
  it('gives a description of one sentence whole, with nothing more', () => {
    expect(leadAndRest('  A loose association of states.  ')).toEqual({
      lead: 'A loose association of states.',
      rest: '',
    });
  });
});

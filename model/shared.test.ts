/**
 * The view model's memo: a value made once per data and arguments, never handed back for other
 * inputs; and the records under a named reading, made once each.
 */
import { describe, expect, it } from 'vitest';
import { atlasData } from '@/data/atlas';
import { memo, postSovietStates, underReading } from './shared';

const data = atlasData('2026-11-24');
const other = atlasData('2026-11-25');

describe('memo', () => {
  it('makes a value once for the same data and arguments', () => {
    const made: string[] = [];
    const greet = memo((d: typeof data, who: string) => {
      made.push(who);
      return { who, today: d.today };
    });
    expect(greet(data, 'Ann')).toBe(greet(data, 'Ann'));
    expect(made).toEqual(['Ann']);
  });
  it('makes it anew for other arguments or other data', () => {
    const greet = memo((d: typeof data, who: string, how: string) => `${how} ${who}, ${d.today}`);
    expect(greet(data, 'Ann', 'hello')).toBe('hello Ann, 2026-11-24');
    expect(greet(data, 'Bob', 'hello')).toBe('hello Bob, 2026-11-24');
    expect(greet(other, 'Ann', 'hello')).toBe('hello Ann, 2026-11-25');
    // Arguments are kept apart: ("a,b", "c") is not ("a", "b,c").
    expect(greet(data, 'a,b', 'c')).not.toBe(greet(data, 'a', 'b,c'));
  });
  it('keeps each memo’s values to itself, even under the same arguments', () => {
    const one = memo((_d: typeof data) => 'one');
    const two = memo((_d: typeof data) => 'two');
    expect([one(data), two(data)]).toEqual(['one', 'two']);
  });
  it('remembers a value that is null', () => {
    let made = 0;
    const nothing = memo((_d: typeof data) => {
      made += 1;
      return null;
    });
    nothing(data);
    expect(nothing(data)).toBeNull();
    expect(made).toBe(1);
  });
});

describe('the records under a reading', () => {
  it('are the records themselves under the record’s own reading', () => {
    expect(underReading(data, 'jads', null)).toBe(data);
  });
  it('are made once per layer and reading, and count the layer that way', () => {
    const treaty = underReading(data, 'jads', 'treaty');
    expect(treaty).not.toBe(data);
    expect(underReading(data, 'jads', 'treaty')).toBe(treaty);
    expect(treaty.countries).toBe(data.countries);
    // By treaty Ukraine stayed a member of the air defence system in 2015.
    const ukraine2015 = treaty.memberships.find(
      (m) =>
        m.org === 'jads' &&
        m.country === 'UKR' &&
        m.from <= '2015-12-31' &&
        (m.until ?? '9') > '2015-12-31',
    );
    expect(ukraine2015?.status).toBe('member');
  });
});

describe('the post-Soviet states', () => {
  it('are the fifteen, in English alphabetical order, Latvia before Lithuania', () => {
    const names = postSovietStates(data).map((c) => c.name);
    expect(names).toHaveLength(15);
    expect(names.slice(6, 9)).toEqual(['Kyrgyzstan', 'Latvia', 'Lithuania']);
    expect(postSovietStates(data)).toBe(postSovietStates(data));
  });
});

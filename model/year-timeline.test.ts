import { describe, expect, it } from 'vitest';
import { PLAY_SPEEDS, YearTimeline, type Every } from './year-timeline';

/** The atlas's timeline in 2026: 1991 to 2026. */
const timeline = new YearTimeline(2026);

/** A timer the test runs by hand: `fire()` is one tick. */
function handTimer(): {
  every: Every;
  ms: () => number | null;
  fire: () => void;
  stopped: () => boolean;
} {
  let tick: (() => void) | null = null;
  let ms: number | null = null;
  let stopped = false;
  return {
    every: (m, t) => {
      ms = m;
      tick = t;
      return () => {
        stopped = true;
      };
    },
    ms: () => ms,
    fire: () => {
      if (!stopped) tick?.();
    },
    stopped: () => stopped,
  };
}

/** Plays from `from`, the shown year following what play shows, as the page's URL does. */
function playFrom(from: number, speed = 1) {
  const timer = handTimer();
  const shown = { year: from, ended: 0, years: [] as number[] };
  const stop = timeline.play({
    speed,
    year: () => shown.year,
    onYear: (y) => {
      shown.year = y;
      shown.years.push(y);
    },
    onEnd: () => shown.ended++,
    every: timer.every,
  });
  return { timer, shown, stop };
}

describe('the bounds of the timeline', () => {
  it('run from 1991 to the last year', () => {
    expect([timeline.first, timeline.last]).toEqual([1991, 2026]);
    expect([timeline.atFirst(1991), timeline.atFirst(1992)]).toEqual([true, false]);
    expect([timeline.atLast(2026), timeline.atLast(2025)]).toEqual([true, false]);
  });
  it('hold a step either way inside them', () => {
    expect(timeline.prev(2009)).toBe(2008);
    expect(timeline.prev(1991)).toBe(1991);
    expect(timeline.next(2008)).toBe(2009);
    expect(timeline.next(2026)).toBe(2026);
  });
  it('place a year along the track, the first at 0 and the last at 1', () => {
    const decade = new YearTimeline(2001);
    expect(decade.position(1991)).toBe(0);
    expect(decade.position(1996)).toBe(0.5);
    expect(decade.position(2001)).toBe(1);
    expect(timeline.position(2026)).toBe(1);
  });
});

describe('play', () => {
  it('ticks once a second at 1 year a second, 500 ms apart at 2, 200 ms at 5, 2 s at ½', () => {
    expect(PLAY_SPEEDS.map((s) => timeline.msPerTick(s.value))).toEqual([2000, 1000, 500, 200]);
    expect(playFrom(2000, 2).timer.ms()).toBe(500);
  });
  it('shows the year after the one shown at each tick', () => {
    const { timer, shown } = playFrom(2000);
    timer.fire();
    timer.fire();
    timer.fire();
    expect(shown.years).toEqual([2001, 2002, 2003]);
    expect(shown.ended).toBe(0);
  });
  it('goes on from a year the reader moved to while playing', () => {
    const { timer, shown } = playFrom(2000);
    timer.fire();
    shown.year = 1995;
    timer.fire();
    expect(shown.years).toEqual([2001, 1996]);
  });
  it('shows the last year, and stops a tick later without going past it', () => {
    const { timer, shown } = playFrom(2024);
    timer.fire();
    timer.fire();
    expect(shown.years).toEqual([2025, 2026]);
    expect([shown.ended, timer.stopped()]).toEqual([0, false]);
    timer.fire();
    expect(shown.years).toEqual([2025, 2026]);
    expect([shown.ended, timer.stopped()]).toEqual([1, true]);
    timer.fire();
    expect(shown.ended).toBe(1);
  });
  it('stops when paused', () => {
    const { timer, shown, stop } = playFrom(2000);
    timer.fire();
    stop();
    timer.fire();
    expect(shown.years).toEqual([2001]);
    expect(timer.stopped()).toBe(true);
  });
  it('starts from the year shown, or from 1991 once the last year is shown', () => {
    expect(timeline.playFrom(2008)).toBe(2008);
    expect(timeline.playFrom(2025)).toBe(2025);
    expect(timeline.playFrom(2026)).toBe(1991);
  });
});

describe('a typed year', () => {
  it.each([
    ['2009', 2009],
    [' 2009 ', 2009],
    ['1991', 1991],
    ['2026', 2026],
  ])('"%s" goes to %i', (typed, year) => {
    expect(timeline.parseTyped(typed)).toEqual({ year });
  });
  it.each(['1990', '2027', '209', '20O9', '', '  ', '2009.0', '+2009', '2 009', '02009'])(
    '"%s" says what to type instead',
    (typed) => {
      expect(timeline.parseTyped(typed)).toEqual({ error: 'Type a year from 1991 to 2026.' });
    },
  );
  it('names the bounds of its own timeline', () => {
    expect(new YearTimeline(2030).parseTyped('2031')).toEqual({
      error: 'Type a year from 1991 to 2030.',
    });
  });
});

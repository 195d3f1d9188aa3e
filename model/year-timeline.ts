/**
 * The year slider's timeline without React, in the manner of OWID's `TimelineController`: its
 * bounds, a step either way, where a year sits along the track, a typed year and its error, and
 * play, one year a tick at a chosen speed, stopping at the last year. Pure but for the timer,
 * which the caller hands in; `components/year-slider.tsx` only renders it.
 */
import { FIRST_YEAR } from '@/data/day';

/** The speeds Play offers, in years a second. */
export const PLAY_SPEEDS = [
  { value: 0.5, label: '½ year a second' },
  { value: 1, label: '1 year a second' },
  { value: 2, label: '2 years a second' },
  { value: 5, label: '5 years a second' },
] as const;

/** A repeating timer: calls `tick` every `ms` milliseconds until the function it returns is called. */
export type Every = (ms: number, tick: () => void) => () => void;

export interface PlayOptions {
  /** Years a second. */
  speed: number;
  /** The year shown at each tick: the reader may move it while play goes on. */
  year: () => number;
  /** Shows a year. */
  onYear: (year: number) => void;
  /** Play has stopped by itself, a tick after it showed the last year. */
  onEnd: () => void;
  every: Every;
}

/** A typed year, or the sentence that says what to type instead. */
export type TypedYear = { year: number } | { error: string };

export class YearTimeline {
  constructor(
    /** The last year, the current one. */
    readonly last: number,
    readonly first: number = FIRST_YEAR,
  ) {}

  atFirst(year: number): boolean {
    return year <= this.first;
  }

  atLast(year: number): boolean {
    return year >= this.last;
  }

  /** The year before, never before the first. */
  prev(year: number): number {
    return Math.max(this.first, year - 1);
  }

  /** The year after, never after the last. */
  next(year: number): number {
    return Math.min(this.last, year + 1);
  }

  /** Where a year sits along the track, from 0 (the first year) to 1 (the last). */
  position(year: number): number {
    return (year - this.first) / (this.last - this.first);
  }

  /** The year Play starts from: the year shown, or the first once the last is shown. */
  playFrom(year: number): number {
    return this.atLast(year) ? this.first : year;
  }

  /** The year one tick of play shows after `year`, or `null` past the last: play stops. */
  tick(year: number): number | null {
    return year + 1 > this.last ? null : year + 1;
  }

  /** Milliseconds between two ticks at `speed` years a second. */
  msPerTick(speed: number): number {
    return 1000 / speed;
  }

  /**
   * Plays: every tick shows the year after the one shown then, and the tick after the last year
   * stops the timer and calls `onEnd`. Returns the function that stops it sooner (Pause).
   */
  play({ speed, year, onYear, onEnd, every }: PlayOptions): () => void {
    const stop = every(this.msPerTick(speed), () => {
      const next = this.tick(year());
      if (next !== null) {
        onYear(next);
      } else {
        stop();
        onEnd();
      }
    });
    return stop;
  }

  /** Reads a typed year: four digits, from the first year to the last, spaces around allowed. */
  parseTyped(text: string): TypedYear {
    const typed = text.trim();
    const year = Number(typed);
    return /^\d{4}$/.test(typed) && year >= this.first && year <= this.last
      ? { year }
      : { error: `Type a year from ${this.first} to ${this.last}.` };
  }
}

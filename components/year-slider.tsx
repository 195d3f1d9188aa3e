'use client';
/**
 * The year slider: drag, click, keys (the native range input gives arrows, Page Up/Down, Home
 * and End), step buttons, a typed year, play/pause with a speed, and ticks at years of change
 * (tall) and at years with an event (short), with a key to the two. What each does is the
 * headless timeline's (`model/year-timeline.ts`); this only renders it and owns the timer. Every
 * year it shows replaces the history entry (the shell's `onYear`).
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { PLAY_SPEEDS, YearTimeline, type Every } from '@/model/year-timeline';
import './year-slider.css';

/** The browser's repeating timer, for play. */
const every: Every = (ms, tick) => {
  const timer = window.setInterval(tick, ms);
  return () => window.clearInterval(timer);
};

export interface YearSliderProps {
  year: number;
  lastYear: number;
  /** Years where a membership changed in the current layer. */
  changeYears: readonly number[];
  /** Years with an event in the record, drawn as smaller ticks. */
  eventYears: readonly number[];
  onYear: (year: number) => void;
}

export function YearSlider({
  year,
  lastYear,
  changeYears,
  eventYears,
  onYear,
}: YearSliderProps): React.JSX.Element {
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<number>(1);
  const [typed, setTyped] = useState('');
  const [typedError, setTypedError] = useState<string | null>(null);
  const id = useId();
  const timeline = useMemo(() => new YearTimeline(lastYear), [lastYear]);
  const pos = (y: number): string => `${timeline.position(y) * 100}%`;

  // Play reads the year shown at each tick: the reader may move it while play goes on.
  const yearRef = useRef(year);
  const onYearRef = useRef(onYear);
  useEffect(() => {
    yearRef.current = year;
    onYearRef.current = onYear;
  }, [year, onYear]);
  useEffect(() => {
    if (!playing) return;
    // The timer lives as long as play does: a new year must not restart it.
    return timeline.play({
      speed,
      year: () => yearRef.current,
      onYear: (y) => onYearRef.current(y),
      onEnd: () => setPlaying(false),
      every,
    });
  }, [playing, speed, timeline]);

  const togglePlay = (): void => {
    const from = timeline.playFrom(year);
    if (!playing && from !== year) onYear(from);
    setPlaying(!playing);
  };

  const submitTyped = (e: React.FormEvent): void => {
    e.preventDefault();
    const read = timeline.parseTyped(typed);
    if ('error' in read) {
      setTypedError(read.error);
      return;
    }
    setTypedError(null);
    setTyped('');
    onYear(read.year);
  };

  return (
    <div className="year-slider">
      <div className="year-row">
        <button
          type="button"
          onClick={() => onYear(timeline.prev(year))}
          disabled={timeline.atFirst(year)}
          aria-label="Previous year"
        >
          ◀
        </button>
        <output className="year-value" htmlFor={`${id}-range`} aria-hidden="true">
          {year}
        </output>
        <button
          type="button"
          onClick={() => onYear(timeline.next(year))}
          disabled={timeline.atLast(year)}
          aria-label="Next year"
        >
          ▶
        </button>
        <button type="button" className="play" onClick={togglePlay} aria-pressed={playing}>
          {playing ? 'Pause' : 'Play'}
        </button>
        <label className="speed more-only">
          Speed{' '}
          <select value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
            {PLAY_SPEEDS.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <form className="typed-year more-only" onSubmit={submitTyped} noValidate>
          <label htmlFor={`${id}-typed`}>Go to year</label>
          <input
            id={`${id}-typed`}
            inputMode="numeric"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            placeholder={String(year)}
            size={5}
            aria-describedby={typedError ? `${id}-typed-error` : undefined}
            aria-invalid={typedError ? true : undefined}
          />
          <button type="submit">Go</button>
          {typedError && (
            <span id={`${id}-typed-error`} className="field-error" role="alert">
              {typedError}
            </span>
          )}
        </form>
      </div>
      <div className="range-wrap">
        <input
          id={`${id}-range`}
          type="range"
          min={timeline.first}
          max={timeline.last}
          step={1}
          value={year}
          aria-label="Year"
          aria-valuetext={String(year)}
          onChange={(e) => onYear(Number(e.target.value))}
        />
        <div className="ticks" aria-hidden="true">
          {eventYears.map((y) => (
            <span key={`e${y}`} className="tick tick-event" style={{ left: pos(y) }} />
          ))}
          {changeYears.map((y) => (
            <button
              key={`c${y}`}
              type="button"
              tabIndex={-1}
              className="tick tick-change"
              style={{ left: pos(y) }}
              title={`Membership changed in ${y}`}
              onClick={() => onYear(y)}
            />
          ))}
        </div>
        <div className="tick-labels" aria-hidden="true">
          {[timeline.first, 2000, 2010, 2020, timeline.last].map((y) => (
            <span key={y} style={{ left: pos(y) }}>
              {y}
            </span>
          ))}
        </div>
      </div>
      <p className="tick-key">
        Ticks: <span className="tick-swatch tick-change" aria-hidden="true" /> a membership changed
        <span className="tick-swatch tick-event" aria-hidden="true" /> an event in the record
      </p>
    </div>
  );
}

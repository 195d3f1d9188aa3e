'use client';
/**
 * The year slider: drag, click, keys (the native range input gives arrows, Page Up/Down, Home
 * and End), step buttons, a typed year, play/pause with a speed, and ticks at years of change
 * (tall) and at years with an event (short), with a key to the two.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { FIRST_YEAR } from '@/data/day';
import './year-slider.css';

const SPEEDS = [
  { value: 0.5, label: '½ year a second' },
  { value: 1, label: '1 year a second' },
  { value: 2, label: '2 years a second' },
  { value: 5, label: '5 years a second' },
] as const;

export interface YearSliderProps {
  year: number;
  lastYear: number;
  /** Years where a membership changed in the current layer. */
  changeYears: readonly number[];
  /** Years with an event in the record, drawn as smaller ticks. */
  eventYears: readonly number[];
  onYear: (year: number, how: 'push' | 'replace') => void;
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
  const dragging = useRef(false);
  const id = useId();
  const span = lastYear - FIRST_YEAR;
  const pos = (y: number): string => `${((y - FIRST_YEAR) / span) * 100}%`;

  // Play: one year per 1/speed seconds, replacing the history entry; stop at the last year.
  const yearRef = useRef(year);
  const onYearRef = useRef(onYear);
  useEffect(() => {
    yearRef.current = year;
    onYearRef.current = onYear;
  }, [year, onYear]);
  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => {
      const next = yearRef.current + 1;
      if (next > lastYear) {
        setPlaying(false);
        return;
      }
      onYearRef.current(next, 'replace');
    }, 1000 / speed);
    // The timer lives as long as play does: a new year must not restart it.
    return () => window.clearInterval(timer);
  }, [playing, speed, lastYear]);

  const togglePlay = (): void => {
    if (!playing && year >= lastYear) onYear(FIRST_YEAR, 'push');
    setPlaying(!playing);
  };

  const submitTyped = (e: React.FormEvent): void => {
    e.preventDefault();
    const n = Number(typed);
    if (!/^\d{4}$/.test(typed.trim()) || n < FIRST_YEAR || n > lastYear) {
      setTypedError(`Type a year from ${FIRST_YEAR} to ${lastYear}.`);
      return;
    }
    setTypedError(null);
    setTyped('');
    onYear(n, 'push');
  };

  return (
    <div className="year-slider">
      <div className="year-row">
        <button
          type="button"
          onClick={() => onYear(Math.max(FIRST_YEAR, year - 1), 'push')}
          disabled={year <= FIRST_YEAR}
          aria-label="Previous year"
        >
          ◀
        </button>
        <output className="year-value" htmlFor={`${id}-range`} aria-hidden="true">
          {year}
        </output>
        <button
          type="button"
          onClick={() => onYear(Math.min(lastYear, year + 1), 'push')}
          disabled={year >= lastYear}
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
            {SPEEDS.map((s) => (
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
          min={FIRST_YEAR}
          max={lastYear}
          step={1}
          value={year}
          aria-label="Year"
          aria-valuetext={String(year)}
          onPointerDown={() => (dragging.current = true)}
          onPointerUp={() => (dragging.current = false)}
          onChange={(e) =>
            onYear(Number(e.target.value), dragging.current || playing ? 'replace' : 'push')
          }
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
              onClick={() => onYear(y, 'push')}
            />
          ))}
        </div>
        <div className="tick-labels" aria-hidden="true">
          {[FIRST_YEAR, 2000, 2010, 2020, lastYear].map((y) => (
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

'use client';
/**
 * Members of each organisation per year, 1991 to today, with the chosen year marked. A click on a
 * year moves the slider; hovering a year names its changes.
 */
import { useState } from 'react';
import { FIRST_YEAR } from '@/data/day';
import type { ChartView } from '@/model';
import './members-chart.css';

const W = 360;
const H = 130;
const PAD = { left: 24, right: 8, top: 8, bottom: 18 };

export function MembersChart({
  chart,
  year,
  onYear,
}: {
  chart: ChartView;
  year: number;
  onYear: (y: number) => void;
}): React.JSX.Element {
  const [hover, setHover] = useState<number | null>(null);
  const { series } = chart;
  const lastYear = series[0]?.rows[series[0].rows.length - 1]?.year ?? year;
  const x = (y: number): number =>
    PAD.left + ((y - FIRST_YEAR) / (lastYear - FIRST_YEAR)) * (W - PAD.left - PAD.right);
  const yScale = (n: number): number => H - PAD.bottom - (n / 15) * (H - PAD.top - PAD.bottom);
  const step = (W - PAD.left - PAD.right) / (lastYear - FIRST_YEAR);
  const shown = hover ?? year;
  const hoverChanges = chart.changes[shown] ?? [];
  return (
    <section className="members-chart" aria-labelledby="chart-title">
      <h2 id="chart-title">Members per year</h2>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`Post-Soviet member states per year: ${series.map((s) => keyText(s, year)).join(', ')}`}
        onMouseLeave={() => setHover(null)}
      >
        {[0, 5, 10, 15].map((n) => (
          <g key={n}>
            <line x1={PAD.left} x2={W - PAD.right} y1={yScale(n)} y2={yScale(n)} stroke="#ddd" />
            <text x={PAD.left - 4} y={yScale(n) + 3} textAnchor="end" fontSize="8" fill="#666">
              {n}
            </text>
          </g>
        ))}
        {[FIRST_YEAR, 2000, 2010, 2020, lastYear].map((y) => (
          <text key={y} x={x(y)} y={H - 5} textAnchor="middle" fontSize="8" fill="#666">
            {y}
          </text>
        ))}
        <line
          className="chart-year"
          x1={x(year)}
          x2={x(year)}
          y1={PAD.top}
          y2={H - PAD.bottom}
          stroke="#111"
          strokeWidth="1.5"
        />
        {series.map(({ org, line: style, rows, names }) => {
          const d = rows
            .map(
              (r, i) =>
                `${i === 0 ? 'M' : 'H'}${x(r.year)}${i === 0 ? ` ${yScale(r.members)}` : ` V${yScale(r.members)}`}`,
            )
            .join(' ');
          return (
            <g key={org} data-org={org}>
              <path
                d={d}
                fill="none"
                stroke={style.color}
                strokeWidth="2"
                strokeDasharray={style.dash}
              />
              {rows.map((r, i) =>
                i > 0 && r.members !== rows[i - 1]!.members ? (
                  <circle
                    key={r.year}
                    cx={x(r.year)}
                    cy={yScale(r.members)}
                    r="2.5"
                    fill={style.color}
                  >
                    <title>{`${r.year}: ${names[r.year] ?? org} ${rows[i - 1]!.members} → ${r.members}`}</title>
                  </circle>
                ) : null,
              )}
            </g>
          );
        })}
        {Array.from({ length: lastYear - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i).map((y) => (
          <rect
            key={y}
            x={x(y) - step / 2}
            y={PAD.top}
            width={step}
            height={H - PAD.top - PAD.bottom}
            fill="transparent"
            data-year={y}
            onMouseEnter={() => setHover(y)}
            onClick={() => onYear(y)}
            style={{ cursor: 'pointer' }}
          >
            <title>{`${y}: go to this year`}</title>
          </rect>
        ))}
      </svg>
      <ul className="chart-key">
        {series.map((s) => (
          <li key={s.org}>
            <svg width="22" height="8" aria-hidden="true">
              <line
                x1="0"
                x2="22"
                y1="4"
                y2="4"
                stroke={s.line.color}
                strokeWidth="2"
                strokeDasharray={s.line.dash}
              />
            </svg>{' '}
            {keyText(s, shown)}
          </li>
        ))}
      </ul>
      <p className="chart-changes" aria-live="off">
        {hoverChanges.length ? `${shown}: ${hoverChanges.join('; ')}.` : `${shown}: no change.`}
      </p>
    </section>
  );
}

/** A line's key for a year: "CST: 6 in 1992", or before its first body "No CST yet in 1991". */
function keyText(s: ChartView['series'][number], year: number): string {
  const name = s.names[year] ?? s.org;
  if (year < s.firstYear) return `No ${name} yet in ${year}`;
  return `${name}: ${s.rows.find((r) => r.year === year)?.members ?? 0} in ${year}`;
}

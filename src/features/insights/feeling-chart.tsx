import { useId, type ReactNode } from 'react';
import { daysBetween } from '../../lib/relative-day';
import type { Series } from './insight-numbers';
import { axisLabel, bucketLabel, GRAIN_HEADINGS } from './labels';
import styles from './insights.module.css';

const WIDTH = 600;
const HEIGHT = 180;
const PAD = { top: 12, right: 12, bottom: 12, left: 28 };
/** Past this many marks, the line alone reads better than dots on it. */
const MOST_DOTS = 62;

type Words = {
  /** "check-in", "mood" */
  one: string;
  many: string;
  /** "Check-ins" as a table column. */
  column: string;
};

/**
 * A small line chart of 0 to 10 numbers over time, drawn as plain SVG (no
 * chart library; docs/decisions/008). The picture is for eyes only: the same
 * numbers are in the sentence above it and the table below it, which is what
 * a screen reader reads.
 */
export function FeelingChart({
  series,
  from,
  to,
  phrase,
  words,
  empty,
}: {
  series: Series | null;
  /** The first and last day of the range shown, for the chart's width. */
  from: string;
  to: string;
  /** "in the last 7 days" */
  phrase: string;
  words: Words;
  /** What an empty range says, kindly. */
  empty: ReactNode;
}) {
  const tableId = useId();
  if (!series) return <p className={styles.empty}>{empty}</p>;
  const { buckets, grain } = series;
  const span = Math.max(1, daysBetween(from, to));
  const x = (day: string) => PAD.left + (Math.min(span, Math.max(0, daysBetween(from, day))) / span) * (WIDTH - PAD.left - PAD.right);
  const y = (value: number) => PAD.top + (1 - value / 10) * (HEIGHT - PAD.top - PAD.bottom);
  const line = buckets.map((b) => `${x(b.start).toFixed(1)},${y(b.average).toFixed(1)}`).join(' ');

  return (
    <figure className={styles.figure}>
      <figcaption className={styles.sentence}>{sentence(series, phrase, words)}</figcaption>
      <svg className={styles.chart} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false">
        {[0, 5, 10].map((value) => (
          <g key={value}>
            <line className={styles.grid} x1={PAD.left} x2={WIDTH - PAD.right} y1={y(value)} y2={y(value)} />
            <text className={styles.axis} x={PAD.left - 8} y={y(value) + 4} textAnchor="end">
              {value}
            </text>
          </g>
        ))}
        {buckets.length > 1 ? <polyline className={styles.line} points={line} /> : null}
        {buckets.length <= MOST_DOTS
          ? buckets.map((b) => <circle key={b.start} className={styles.dot} cx={x(b.start)} cy={y(b.average)} r={4.5} />)
          : null}
      </svg>
      <div className={styles.ends} aria-hidden="true">
        <span>{axisLabel(from, grain)}</span>
        <span>{axisLabel(to, grain)}</span>
      </div>
      <details className={styles.numbers}>
        <summary>Show these numbers as a table</summary>
        <table id={tableId} className={styles.table}>
          <caption className="visually-hidden">
            Your {words.many} {phrase}, {grain === 'day' ? 'by day' : `by ${grain}`}
          </caption>
          <thead>
            <tr>
              <th scope="col">{GRAIN_HEADINGS[grain]}</th>
              <th scope="col">{grain === 'day' && buckets.every((b) => b.count === 1) ? 'Rating' : 'Average'}</th>
              <th scope="col">{words.column}</th>
            </tr>
          </thead>
          <tbody>
            {buckets.map((b) => (
              <tr key={b.start}>
                <th scope="row">{bucketLabel(b.start, grain)}</th>
                <td>{b.average}</td>
                <td>{b.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

/** The chart in one sentence: how many, the range of values, the average. */
export function sentence(series: Series, phrase: string, words: Words): string {
  if (series.count === 1) {
    const only = series.buckets[0]!;
    return `One ${words.one} ${phrase}: ${only.average}, on ${bucketLabel(only.start, 'day')}. Each one adds to the picture.`;
  }
  if (series.low === series.high) return `${series.count} ${words.many} ${phrase}, all ${series.low}.`;
  return `${series.count} ${words.many} ${phrase}, from ${series.low} to ${series.high}, ${series.average} on average.`;
}

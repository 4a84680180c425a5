import { useId, type ReactNode } from 'react';
import { daysBetween } from '../lib/relative-day';
import type { Series } from '../lib/insight-numbers';
import { axisLabel, bucketLabel, GRAIN_HEADINGS } from './chart-labels';
import styles from './feeling-chart.module.css';

// The picture stretches to its box (viewBox 0-100 both ways, no aspect kept):
// strokes don't scale with it, and the 0/5/10 labels are HTML beside it, so text
// stays readable and the same size on a phone and on a desktop.
const TOP = 5;
const BOTTOM = 95;
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
 * chart library; docs/decisions/009). The picture is for eyes only: the same
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
  isTableBeside = false,
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
  /** The table always shown, beside the picture (on a page to print), not folded under it. */
  isTableBeside?: boolean;
}) {
  const tableId = useId();
  if (!series) return <p className={styles.empty}>{empty}</p>;
  const { buckets, grain } = series;
  const span = daysBetween(from, to);
  // One day's worth of marks sits in the middle; otherwise oldest at the left edge.
  const x = (day: string) =>
    span <= 0 ? 50 : 2 + (Math.min(span, Math.max(0, daysBetween(from, day))) / span) * 96;
  const y = (value: number) => TOP + (1 - value / 10) * (BOTTOM - TOP);
  const line = buckets.map((b) => `${x(b.start).toFixed(2)},${y(b.average).toFixed(2)}`).join(' ');

  const table = (
    <table id={tableId} className={styles.table}>
      <caption className="visually-hidden">
        Your {words.many} {phrase}, {grain === 'day' ? 'by day' : `by ${grain}`}
      </caption>
      <thead>
        <tr>
          <th scope="col">{GRAIN_HEADINGS[grain]}</th>
          <th scope="col">
            {grain === 'day' && buckets.every((b) => b.count === 1) ? 'Rating' : 'Average'}
          </th>
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
  );

  return (
    <figure className={isTableBeside ? styles.figureBeside : styles.figure}>
      <figcaption className={styles.sentence}>{sentence(series, phrase, words)}</figcaption>
      <div>
        <div className={styles.plot}>
          <div className={styles.scale} aria-hidden="true">
            {[10, 5, 0].map((value) => (
              <span key={value} style={{ top: `${y(value)}%` }}>
                {value}
              </span>
            ))}
          </div>
          <svg
            className={styles.chart}
            viewBox="0 0 100 100"
            preserveAspectRatio="none"
            aria-hidden="true"
            focusable="false"
          >
            {[0, 5, 10].map((value) => (
              <line key={value} className={styles.grid} x1={0} x2={100} y1={y(value)} y2={y(value)} />
            ))}
            {buckets.length > 1 ? <polyline className={styles.line} points={line} /> : null}
            {/* A dot is a line of no length with round ends: it stays round however the box stretches. */}
            {buckets.length <= MOST_DOTS
              ? buckets.map((b) => (
                  <line
                    key={b.start}
                    className={styles.dot}
                    x1={x(b.start)}
                    x2={x(b.start)}
                    y1={y(b.average)}
                    y2={y(b.average)}
                  />
                ))
              : null}
          </svg>
        </div>
        <div className={styles.ends} aria-hidden="true">
          <span>{axisLabel(from, grain)}</span>
          {from !== to ? <span>{axisLabel(to, grain)}</span> : null}
        </div>
      </div>
      {isTableBeside ? (
        table
      ) : (
        <details className={styles.numbers}>
          <summary>Show these numbers as a table</summary>
          {table}
        </details>
      )}
    </figure>
  );
}

/** The chart in one sentence: how many, the range of values, the average. */
export function sentence(series: Series, phrase: string, words: Words): string {
  if (series.count === 1) {
    const only = series.buckets[0]!;
    return `One ${words.one} ${phrase}: ${only.average}, on ${bucketLabel(only.start, 'day')}. Each one adds to the picture.`;
  }
  if (series.low === series.high)
    return `${series.count} ${words.many} ${phrase}, all ${series.low}.`;
  return `${series.count} ${words.many} ${phrase}, from ${series.low} to ${series.high}, ${series.average} on average.`;
}

import type { Spread } from '../../state/belonging';
import styles from './belonging.module.css';

const SIZE = 168;
const CENTRE = SIZE / 2;
const RING = 58;

/**
 * How spread out belonging is, as a picture: "you" in the middle and one dot
 * per circle around it, filled where the circle holds someone warm. Only a
 * picture: the sentence beside it says the same (the picture is hidden from
 * screen readers so it isn't read twice).
 */
export function SpreadPicture({ spread }: { spread: Spread }) {
  const count = spread.rows.length;
  return (
    <svg
      className={styles.picture}
      viewBox={`0 0 ${SIZE} ${SIZE}`}
      width={SIZE}
      height={SIZE}
      aria-hidden="true"
      focusable="false"
    >
      {spread.rows.map((row, i) => {
        const angle = (i / count) * 2 * Math.PI - Math.PI / 2;
        const x = CENTRE + RING * Math.cos(angle);
        const y = CENTRE + RING * Math.sin(angle);
        const isHeld = row.warm > 0;
        return (
          <g key={row.circle.id}>
            <line
              className={isHeld ? styles.linkHeld : styles.link}
              x1={CENTRE}
              y1={CENTRE}
              x2={x}
              y2={y}
            />
            <circle
              className={isHeld ? styles.dotHeld : styles.dot}
              cx={x}
              cy={y}
              r={isHeld ? 13 : 10}
            />
          </g>
        );
      })}
      <circle className={styles.you} cx={CENTRE} cy={CENTRE} r={16} />
      <text
        className={styles.youText}
        x={CENTRE}
        y={CENTRE}
        textAnchor="middle"
        dominantBaseline="central"
      >
        you
      </text>
    </svg>
  );
}

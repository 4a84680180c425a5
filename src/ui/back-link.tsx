import type { ReactNode } from 'react';
import { Link } from 'react-router';
import styles from './layout.module.css';

/** The "← Somewhere" link at the top of a screen, back up one level. */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Link to={to} className={styles.back}>
      ← {children}
    </Link>
  );
}

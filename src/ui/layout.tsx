import type { ReactNode } from 'react';
import styles from './layout.module.css';

export function Page({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  return <div className={[styles.page, wide ? styles.wide : ''].join(' ')}>{children}</div>;
}

export { styles as layout };

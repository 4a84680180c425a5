import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import styles from './prose.module.css';

/**
 * Renders content HTML. Only HTML made and sanitised at build time from
 * content/ comes here, never anything a person typed.
 */
export function Prose({ html, className }: { html: string; className?: string }) {
  const navigate = useNavigate();
  // Links inside content to our own screens should move within the app, not reload it.
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const link = (event.target as HTMLElement).closest('a');
    const href = link?.getAttribute('href');
    if (!href?.startsWith('/') || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    navigate(href);
  };
  return (
    <div
      className={[styles.prose, className].filter(Boolean).join(' ')}
      onClick={onClick}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}

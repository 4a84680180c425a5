import { useInAppLinks } from './in-app-links';
import styles from './prose.module.css';

/**
 * Renders content HTML. Only HTML made and sanitised at build time from
 * content/ comes here, never anything a person typed.
 */
export function Prose({ html, className }: { html: string; className?: string }) {
  // Links inside content to our own screens move within the app, not reload it.
  const openInApp = useInAppLinks();
  return (
    <div
      className={[styles.prose, className].filter(Boolean).join(' ')}
      onClick={openInApp}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}

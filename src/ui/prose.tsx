import { useInAppLinks } from './in-app-links';
import { linksToPlan, PLAN_PATH, usePreloadScreen } from './screen-preload';
import styles from './prose.module.css';

/**
 * Renders content HTML. Only HTML made and sanitised at build time from
 * content/ comes here, never anything a person typed.
 */
export function Prose({ html, className }: { html: string; className?: string }) {
  // Links inside content to our own screens move within the app, not reload it.
  const openInApp = useInAppLinks();
  // Words linking to the safety plan (first aid's warning): its code loads while they are shown.
  usePreloadScreen(linksToPlan(html) ? PLAN_PATH : null);
  return (
    <div
      className={[styles.prose, className].filter(Boolean).join(' ')}
      onClick={openInApp}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}

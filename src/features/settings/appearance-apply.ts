// Puts the person's appearance choices on <html>, the way public/first-paint.js
// does before the first paint: data-theme, data-text-size, data-motion (read by
// src/ui/tokens.css and base.css), and the browser bar's colour.
import { onPreferencesChange, readPreferences, type Preferences } from '../../storage/device/preferences';

const THEME_COLORS = { light: '#f7f5f2', dark: '#13181b' } as const;

export function applyAppearance({ theme, textSize, motion }: Preferences): void {
  const html = document.documentElement;
  setOrRemove(html, 'data-theme', theme === 'system' ? null : theme);
  setOrRemove(html, 'data-text-size', textSize === 'standard' ? null : textSize);
  setOrRemove(html, 'data-motion', motion === 'system' ? null : motion);
  // index.html has one theme-color per system scheme; a chosen theme sets both.
  const metas = document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]');
  metas.forEach((meta) => {
    const scheme = meta.media.includes('dark') ? 'dark' : 'light';
    meta.content = THEME_COLORS[theme === 'system' ? scheme : theme];
  });
}

function setOrRemove(element: HTMLElement, name: string, value: string | null): void {
  if (value === null) element.removeAttribute(name);
  else element.setAttribute(name, value);
}

/** Keeps this tab in step with choices made here or in another tab. Returns the stop. */
export function followAppearance(): () => void {
  applyAppearance(readPreferences());
  return onPreferencesChange(applyAppearance);
}

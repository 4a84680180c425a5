import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES, MOTIONS, PREFERENCES_KEY, readPreferences, savePreferences, TEXT_SIZES, THEMES } from '../../src/storage/device/preferences';

const firstPaint = readFileSync('public/first-paint.js', 'utf8');

/** Runs public/first-paint.js as the browser would, on a fresh <html>. */
function runFirstPaint() {
  const html = document.documentElement;
  for (const name of ['data-theme', 'data-text-size', 'data-motion', 'data-other-screen', 'data-screen-for', 'data-entry']) html.removeAttribute(name);
  document.head.innerHTML =
    '<meta name="theme-color" content="#f7f5f2" media="(prefers-color-scheme: light)"><meta name="theme-color" content="#13181b" media="(prefers-color-scheme: dark)">';
  new Function(firstPaint)();
  return html;
}

describe('preferences', () => {
  beforeEach(() => localStorage.clear());

  it('are the defaults when nothing is saved', () => {
    expect(readPreferences()).toEqual(DEFAULT_PREFERENCES);
  });

  it('keep what was saved, one change at a time', () => {
    savePreferences({ theme: 'dark' });
    savePreferences({ textSize: 'largest' });
    expect(readPreferences()).toMatchObject({ theme: 'dark', textSize: 'largest', motion: 'system', hasSeenWelcome: false });
  });

  it('fall back to the defaults when the record is damaged, and never throw', () => {
    for (const raw of ['{not json', '42', 'null', '"dark"', '{"schemaVersion":2,"theme":"dark"}']) {
      localStorage.setItem(PREFERENCES_KEY, raw);
      expect(readPreferences(), raw).toEqual(DEFAULT_PREFERENCES);
    }
  });

  it('keep the readable choices when one value is unknown', () => {
    localStorage.setItem(PREFERENCES_KEY, JSON.stringify({ schemaVersion: 1, theme: 'purple', textSize: 'larger', hasSeenWelcome: true }));
    expect(readPreferences()).toMatchObject({ theme: 'system', textSize: 'larger', motion: 'system', hasSeenWelcome: true });
  });

  it('still apply for this visit when the browser refuses to store them', () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const { saved, isStored } = savePreferences({ theme: 'light' });
      expect(saved.theme).toBe('light');
      expect(isStored).toBe(false);
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });
});

describe('first-paint.js', () => {
  beforeEach(() => localStorage.clear());

  it('puts every saved choice on <html> before the first paint, as the app does', () => {
    for (const theme of THEMES)
      for (const textSize of TEXT_SIZES)
        for (const motion of MOTIONS) {
          savePreferences({ theme, textSize, motion });
          const html = runFirstPaint();
          expect(html.getAttribute('data-theme')).toBe(theme === 'system' ? null : theme);
          expect(html.getAttribute('data-text-size')).toBe(textSize === 'standard' ? null : textSize);
          expect(html.getAttribute('data-motion')).toBe(motion === 'system' ? null : motion);
        }
  });

  it('colours the browser bar for a chosen theme', () => {
    savePreferences({ theme: 'dark' });
    runFirstPaint();
    expect([...document.querySelectorAll('meta[name="theme-color"]')].map((meta) => meta.getAttribute('content'))).toEqual(['#13181b', '#13181b']);
  });

  it('ignores a damaged record', () => {
    localStorage.setItem(PREFERENCES_KEY, '{"schemaVersion":1,"theme":"<script>"');
    const html = runFirstPaint();
    expect(html.getAttribute('data-theme')).toBeNull();
  });
});

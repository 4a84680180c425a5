// How Mend looks and moves on this device (theme, text size, motion), and whether
// the first-visit welcome has been seen. One small record in localStorage, not
// IndexedDB: public/first-paint.js reads it synchronously before the first paint,
// so no screen flashes in the wrong theme or size.
//
// Never change without a migration, here and in public/first-paint.js, which reads
// the same record by hand: the key PREFERENCES_KEY, the field names, and the values
// of each choice. New fields may be added with a default (old records then still parse).
import { z } from 'zod/mini';
import { areWritesStopped } from '../signals/wipe-gate';

/** Frozen: public/first-paint.js reads this key too. */
export const PREFERENCES_KEY = 'mend-preferences';

export const THEMES = ['system', 'light', 'dark'] as const;
/** Text size steps, smallest first; first-paint.js sets html[data-text-size] to one. */
export const TEXT_SIZES = ['standard', 'large', 'larger', 'largest'] as const;
export const MOTIONS = ['system', 'reduce'] as const;

// Each field falls back to its default on its own (z.catch), so one damaged or
// unknown value never costs the person their other choices.
export const PreferencesSchema = z.object({
  schemaVersion: z.literal(1),
  /** "system" follows the device's light or dark setting. */
  theme: z.catch(z.enum(THEMES), 'system'),
  textSize: z.catch(z.enum(TEXT_SIZES), 'standard'),
  /** "system" follows the device's reduced-motion setting; "reduce" always reduces. */
  motion: z.catch(z.enum(MOTIONS), 'system'),
  /** True once the first-visit welcome was finished or skipped. */
  hasSeenWelcome: z.catch(z.boolean(), false),
  updatedAt: z.catch(z.string(), ''),
});
export type Preferences = z.infer<typeof PreferencesSchema>;
export type Theme = Preferences['theme'];
export type TextSize = Preferences['textSize'];
export type Motion = Preferences['motion'];

export const DEFAULT_PREFERENCES: Preferences = Object.freeze({
  schemaVersion: 1,
  theme: 'system',
  textSize: 'standard',
  motion: 'system',
  hasSeenWelcome: false,
  updatedAt: '',
});

/**
 * The saved preferences, or the defaults when there are none, they can't be read,
 * or localStorage itself is blocked. Never throws: a broken record must not stop
 * the app from starting.
 */
export function readPreferences(): Preferences {
  try {
    const raw = localStorage.getItem(PREFERENCES_KEY);
    if (raw === null) return DEFAULT_PREFERENCES;
    const parsed = PreferencesSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : DEFAULT_PREFERENCES;
  } catch {
    return DEFAULT_PREFERENCES;
  }
}

/**
 * Saves a change and returns the whole record as saved. Returns false when the
 * browser refuses (private mode, full disk): the change still applies to this visit.
 */
export function savePreferences(change: Partial<Omit<Preferences, 'schemaVersion' | 'updatedAt'>>): { saved: Preferences; isStored: boolean } {
  const saved = PreferencesSchema.parse({ ...readPreferences(), ...change, schemaVersion: 1, updatedAt: new Date().toISOString() });
  // Everything is being deleted: the choice shows for this moment, and is not kept.
  if (areWritesStopped()) {
    announce(saved);
    return { saved, isStored: false };
  }
  try {
    localStorage.setItem(PREFERENCES_KEY, JSON.stringify(saved));
    announce(saved);
    return { saved, isStored: true };
  } catch {
    announce(saved);
    return { saved, isStored: false };
  }
}

type Listener = (preferences: Preferences) => void;
const listeners = new Set<Listener>();

function announce(preferences: Preferences): void {
  for (const listener of listeners) listener(preferences);
}

/**
 * Calls back on every change, in this tab and (through the storage event) in
 * others, so an open tab follows a new choice. Returns the unsubscribe.
 */
export function onPreferencesChange(listener: Listener): () => void {
  listeners.add(listener);
  const fromOtherTab = (event: StorageEvent) => {
    if (event.key === PREFERENCES_KEY) listener(readPreferences());
  };
  window.addEventListener('storage', fromOtherTab);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', fromOtherTab);
  };
}

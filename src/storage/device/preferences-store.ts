// Appearance (theme, text size, motion) and whether the welcome was seen, kept
// in localStorage by preferences.ts: something the person set, so deleting
// everything clears it: the next visit is a first one.
import { PREFERENCES_KEY } from './preferences';
import { registerDeviceStore } from '../signals/registry';

registerDeviceStore({
  name: 'appearance and welcome',
  clear: () => {
    try {
      localStorage.removeItem(PREFERENCES_KEY);
    } catch {
      // Nothing stored where there is no localStorage.
    }
  },
});

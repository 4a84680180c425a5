import { create } from 'zustand';

type AppUpdate = {
  /** A new version is installed and waiting for the person to reload. */
  isReady: boolean;
  /** Reloads into the new version; only ever called from the person's tap. */
  reload: () => void;
  dismiss: () => void;
};

/** Whether a new version waits (set by service-worker-registration.ts, which loads after first paint). */
export const useAppUpdate = create<AppUpdate>((set) => ({
  isReady: false,
  reload: () => window.location.reload(),
  dismiss: () => set({ isReady: false }),
}));

// Asking the browser to keep Mend's storage (Chrome evicts storage that isn't
// persistent when space runs low; Safari clears a site's data after 7 days
// without a visit unless it is installed). Kept apart from persistence.ts so
// every store can call it without loading every collection.
let isAsked = false;

/**
 * Asks once per page, from inside the gesture of a save (some browsers only
 * ask the person, or only grant it, in response to something they did).
 */
export function askToKeepStorage(): void {
  if (isAsked) return;
  isAsked = true;
  try {
    void navigator.storage?.persist?.().catch(() => false);
  } catch {
    // A browser without the Storage API keeps data its own way.
  }
}

// An id for this browser tab that survives a reload of the tab but not its
// closing: each tab's editors keep drafts of their own, so two tabs never
// write over each other's unsaved words, and a reload finds its own again.
const KEY = 'mend-tab';
let fallback: string | null = null;

export function tabId(): string {
  try {
    let id = sessionStorage.getItem(KEY);
    if (!id) {
      id = randomId();
      sessionStorage.setItem(KEY, id);
    }
    return id;
  } catch {
    // No sessionStorage: one id for this page; a reload will offer its drafts back instead.
    fallback ??= randomId();
    return fallback;
  }
}

/**
 * This tab's id if it has one yet, without making one: reading alone leaves
 * nothing behind (a fresh page after "Delete everything" holds nothing of Mend's).
 */
export function knownTabId(): string | null {
  try {
    return sessionStorage.getItem(KEY) ?? fallback;
  } catch {
    return fallback;
  }
}

function randomId(): string {
  const [a = 0, b = 0] = crypto.getRandomValues(new Uint32Array(2));
  return `${a.toString(36)}${b.toString(36)}`;
}

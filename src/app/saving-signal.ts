// What the page says about saving, on <html data-saving>, for anything outside
// the app that must know (the end-to-end tests wait on it instead of on a clock):
// - "waiting": a change is waiting to be written, or being written. Set the moment
//   the change is shown, so it is there right after typing.
// - "stuck": nothing is being written, but a change can't be stored for now (a
//   conflict the person chooses on, or a save problem the app keeps retrying).
//   Not "waiting": it ends only through the person, or more time.
// - "stored": everything typed so far is stored.
// Absent until this starts (after the first paint): no answer yet, rather than a wrong one.
import { isAnythingStuck, isAnythingWaiting, onAnyUnsavedChange } from '../state/record-store';

/** Keeps `data-saving` up to date from now on; returns a stop. */
export function showSavingOnPage(): () => void {
  const html = document.documentElement;
  const show = () => {
    html.dataset.saving = isAnythingWaiting() ? 'waiting' : isAnythingStuck() ? 'stuck' : 'stored';
  };
  show();
  const stop = onAnyUnsavedChange(show);
  return () => {
    stop();
    delete html.dataset.saving;
  };
}

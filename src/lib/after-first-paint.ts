/**
 * Runs work that the first screen doesn't need (progress badges, other screens'
 * code) once the page has loaded and painted, so it never competes with the first
 * paint on a slow phone.
 */
export function afterFirstPaint(run: () => void, delayMs = 1000): () => void {
  let isCancelled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const start = () => {
    timer = setTimeout(() => {
      if (isCancelled) return;
      const idle = window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 0));
      idle(() => !isCancelled && run());
    }, delayMs);
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
  return () => {
    isCancelled = true;
    if (timer) clearTimeout(timer);
    window.removeEventListener('load', start);
  };
}

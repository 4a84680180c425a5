import { use, type ComponentType } from 'react';
import { createSuspenseCache } from '../lib/suspense-cache';

export type LazyScreen = ComponentType & { preload: () => Promise<unknown> };

/**
 * Like React.lazy, but a screen whose code has arrived renders at once, without
 * suspending. Preloading the current screen before the first render, and the
 * others when the browser is idle, means neither the first paint nor a
 * navigation waits on React's 300 ms Suspense reveal throttle.
 */
export function lazyScreen(load: () => Promise<ComponentType>): LazyScreen {
  // The cache's promise says when it has settled, so use() returns arrived code
  // at once. A failed download shows the error screen; it is tried again when the
  // screen is next loaded ahead (a tap's idle preload, a page that links to it, a reload).
  const code = createSuspenseCache(load);
  const preload = () => code.retry('screen');
  function Screen() {
    // Always through use(): a render that suspended on the code is replayed once
    // it arrives, and React expects the same use() call then.
    const Loaded = use(code.get('screen'));
    return <Loaded />;
  }
  Screen.preload = preload;
  return Screen;
}

/** A screen bundled with the app's entry (the usual first screen): nothing to load. */
export function eagerScreen(Loaded: ComponentType): LazyScreen {
  function Screen() {
    return <Loaded />;
  }
  Screen.preload = () => Promise.resolve(Loaded);
  return Screen;
}

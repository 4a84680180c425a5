import { use, type ComponentType } from 'react';

export type LazyScreen = ComponentType & { preload: () => Promise<unknown> };

/**
 * Like React.lazy, but a screen whose code has arrived renders at once, without
 * suspending. Preloading the current screen before the first render, and the
 * others when the browser is idle, means neither the first paint nor a
 * navigation waits on React's 300 ms Suspense reveal throttle.
 */
export function lazyScreen(load: () => Promise<ComponentType>): LazyScreen {
  let loaded: ComponentType | null = null;
  let loading: Promise<ComponentType> | null = null;
  const preload = () => {
    loading ??= load().then((screen) => (loaded = screen));
    // A failed download can be tried again on the next visit.
    loading.catch(() => (loading = null));
    return loading;
  };
  function Screen() {
    const Loaded = loaded ?? use(preload());
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

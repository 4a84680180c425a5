/**
 * Marks the "Loading…" shown while a screen's code or data arrive. The build renders
 * content pages until it is gone (prerender-pages.tsx); the app swaps a prerendered
 * page for the live screen once it is gone (render-when-ready.ts).
 */
export const SCREEN_LOADING_ATTRIBUTE = 'data-screen-loading';

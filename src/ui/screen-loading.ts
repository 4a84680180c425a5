/**
 * Marks what is shown while a screen's code or its stored data arrive. The build
 * renders content pages until no mark is left, and keeps a shell as it first
 * renders, data marks and all (prerender-pages.tsx); the app swaps a prerendered
 * page for the live screen only once no mark is left (render-when-ready.ts), so
 * the page changes once, with the person's data in it, and nothing below shifts.
 */
export const SCREEN_LOADING_ATTRIBUTE = 'data-screen-loading';

/** On the Suspense fallback, while a screen's code downloads. */
export const WAITING_FOR_CODE = { [SCREEN_LOADING_ATTRIBUTE]: 'code' } as const;

/** On the quiet line a screen shows in the place of what it is reading from storage. */
export const WAITING_FOR_DATA = { [SCREEN_LOADING_ATTRIBUTE]: 'data' } as const;

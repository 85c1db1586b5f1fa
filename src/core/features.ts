/**
 * What this version of the shared core can do, one name per feature. A copy of the library that
 * finds a shared core of another version on the page checks that it has all of these (shared-core.ts).
 * A new feature adds its name here, in one line.
 */
export const FEATURES: readonly string[] = ['own-params', 'site-events', 'sharing-key', 'redirect-manual', 'cross-tab', 'restored'];

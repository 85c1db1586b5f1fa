// What this copy of the library is: its version (as Gigya's logs see it) and what its shared core can do.

/** Sent as `sdk` so Gigya's logs tell this library apart; kept equal to package.json by a test. */
export const VERSION = '0.1.0';
export const SDK_NAME = `gigya-logout_${VERSION}`;

/**
 * What this version of the shared core can do, one name per feature. A copy of the library that
 * finds a shared core of another version on the page checks that it has all of these (shared-core.ts).
 * A new feature adds its name here, in one line.
 */
export const FEATURES: readonly string[] = ['own-params', 'site-events', 'sharing-key', 'redirect-manual', 'cross-tab', 'restored'];

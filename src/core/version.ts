/** Sent as `sdk` so Gigya's logs tell this library apart; kept equal to package.json by a test. */
export const VERSION = '0.1.0';
export const SDK_NAME = `gigya-logout_${VERSION}`;

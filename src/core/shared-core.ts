import { createCore, type Core } from './core.js';
import { FEATURES, VERSION } from './version.js';

/**
 * One core per page, however many copies of the library are loaded (the npm build and the CDN
 * bundle, say): one handler list, one request in flight, one gigya.js mirror. A core made by another
 * version is used all the same; this copy warns (once) when it lacks a feature this copy has.
 */
const KEY = Symbol.for('gigya-logout.core');
const page = globalThis as { [KEY]?: Core };
const found = page[KEY];

export const core: Core = found ?? (page[KEY] = createCore());

if (found) {
  const has = Array.isArray(found.features) ? found.features : [];
  const missing = FEATURES.filter((feature) => !has.includes(feature));
  if (missing.length) console.warn(`gigya-logout ${VERSION}: using the page's core ${found.version}, which lacks ${missing}`);
}

import { createCore, type Core } from './core.js';

/**
 * One core per page, however many copies of the library are loaded (the npm build and the CDN
 * bundle, say): one handler list, one request in flight, one gigya.js mirror.
 */
const KEY = Symbol.for('gigya-logout.core');
const page = globalThis as { [KEY]?: Core };

export const core: Core = (page[KEY] ||= createCore());

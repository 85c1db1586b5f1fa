// The one entry of the core that the element layer (src/gigya-logout.ts and src/internal/) uses:
// the element's params, the answers it makes itself, the page's shared core (logout, the gigya.js
// mirror, the relays of logouts to elements and to document) and the languages. Everything else in
// src/core/ is the core's own business.

import { mergeParams } from './conf.js';
import { CANCELED } from './errors.js';
import { localAnswer, toResponse } from './response.js';
import { core } from './shared-core.js';
import { sameSite } from './site.js';
import type { LogoutEvent, LogoutHandler, LogoutParams, LogoutResponse } from './types.js';

export { isOff } from './coercion.js';
export { invalidReason } from './validation.js';
export { confLang, language, watchLanguages } from './locales.js';
export { warn } from './warn.js';
export type { Texts } from './locale-table.js';
export type { LogoutEvent, LogoutHandler, LogoutParams, LogoutResponse } from './types.js';

/** An element's own params (unset ones `undefined`) over Global Conf, key by key. */
export const paramsOf = (own: object): LogoutParams => mergeParams(own).params;

/** The answer to a logout whose `gigya-logout-request` was canceled: 200001, nothing sent. */
export const canceled = (params: LogoutParams): LogoutResponse => toResponse(localAnswer(CANCELED), params);

/** The page's shared core: `socialize.logout`, the gigya.js mirror. */
export { core };

/** Whether `event` is a logout of the site `apiKey` (Global Conf's when the element has none). */
export const isSiteOf = (apiKey: string | undefined, event: LogoutEvent): boolean =>
  sameSite(apiKey || mergeParams().params.apiKey, event.apiKey);

/** A shared core made by an older version of the library: no `relay()`, a `done` set instead. */
type OlderCore = { relay?: undefined; done?: Set<string> };

/**
 * Relays logouts to an element (`element`: also other tabs' logouts of every site, which it checks
 * itself) or, once per page however many copies of the library load, to `document`.
 */
export function relay(onLogout: LogoutHandler, element: boolean): void {
  const older = core as unknown as OlderCore;
  if (core.relay) return core.relay(onLogout, element);
  if (!element && older.done) {
    if (older.done.has('document')) return;
    older.done.add('document');
  }
  core.socialize.addEventHandlers({ onLogout });
}

// The one entry of the core that the element layer (src/gigya-logout.ts and src/element/) uses:
// the element's params, the answers it makes itself, the port to the page's shared core (logout,
// listening to logouts, the gigya.js mirror) and Global Conf's other keys. Everything else in src/core/ is the
// core's own business.

import { mergeParams } from './conf.js';

export { confField } from './conf.js';
export { hasOwn } from './page-globals.js';
import { CANCELED } from './errors.js';
import { localAnswer, toResponse } from './response.js';
import type { CorePort } from './core.js';
import { core } from './shared-core.js';
import { sameSite } from './site.js';
import type { LogoutEvent, LogoutParams, LogoutResponse } from './types.js';

export { isOff } from './coercion.js';
export { invalidReason } from './validation.js';
export { warn } from './console.js';
export type { CorePort } from './core.js';
export type { LogoutEvent, LogoutHandler, LogoutParams, LogoutResponse, Scope } from './types.js';

/** An element's own params (unset ones `undefined`) over Global Conf, key by key. */
export const paramsOf = (own: object): LogoutParams => mergeParams(own).params;

/** The answer to a logout whose `gigya-logout-request` was canceled: 200001, nothing sent. */
export const canceled = (params: LogoutParams): LogoutResponse => toResponse(localAnswer(CANCELED), params);

/** The port to the page's shared core: log out, listen to logouts by scope, mirror gigya.js's logouts. Nothing else. */
export const port: CorePort = core.port;

/** Whether `event` is a logout of the site `apiKey` (Global Conf's when the element has none). */
export const isSiteOf = (apiKey: string | undefined, event: LogoutEvent): boolean =>
  sameSite(apiKey || mergeParams().params.apiKey, event.apiKey);

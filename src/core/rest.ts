// The REST route (docs/contract.md §3): the session's token posted to socialize.logout on the site's
// service origin, the session removed locally at once, the providers' logout on demand, and the
// tokens of logouts the server did not confirm, sent again next time. The gigya.js route is gigya-js.ts.

import { isOff, timeoutOf } from './coercion.js';
import { serviceOrigin } from './endpoint.js';
import type { LogoutDetails } from './handlers.js';
import { isSuccess } from './response.js';
import { clearSession, findSession, type Session } from './session.js';
import { postForm } from './transport.js';
import type { Answer, LogoutParams } from './types.js';
import { SDK_NAME } from './version.js';
import { warn } from './console.js';

/**
 * Logs out of the providers an answer names (providers.ts, docs/contract.md §3.2), from a module of its
 * own loaded only then: few sites have any, and it is about 270 B brotli of every page's bundle. A
 * module that cannot load is a warning; the logout stands.
 */
const providersLogout = (answer: Answer, params: LogoutParams): Promise<void> =>
  import('./providers.js').then(
    (module) => module.logoutProviders(answer, params),
    (error) => warn(`provider logout not loaded (${error})`),
  );

/**
 * The REST route: a logout of the site `apiKey` (the call's). `loggedOut` announces a logout it made
 * (here and to the other tabs); `unconfirmed` holds the tokens sent without the server confirming the
 * logout, by site: the next call sends them again (the core forgets one when another tab logs out).
 */
export function createRest(loggedOut: (details: LogoutDetails) => void, unconfirmed: Map<string, Session>) {
  return async (params: LogoutParams, apiKey: string): Promise<Answer> => {
    const [found, any, cookies] = findSession(apiKey);
    const session = found ?? unconfirmed.get(apiKey);
    if (!session && !params.alwaysSend) {
      if (any) setTimeout(clearSession(apiKey, cookies));
      loggedOut({ context: params.context, source: params.source, apiKey });
      return { errorCode: 0 };
    }
    const fields: Record<string, string> = { APIKey: apiKey, authMode: 'cookie', format: 'json', sdk: SDK_NAME };
    if (session) fields.login_token = session._token;
    if (params.cid) fields.cid = params.cid;
    if (session?._exp) fields.loginTokenExp = session._exp;
    const answer = postForm(`${serviceOrigin(params, 'socialize')}/socialize.logout`, fields, timeoutOf(params));
    // Logged out locally at once, even if the service never answers: removed before the answer is given.
    if (session) unconfirmed.set(apiKey, session);
    const removed = clearSession(apiKey, cookies);
    const result = await answer;
    if (isSuccess(result)) {
      // Sent but not confirmed (an answer the page may not read): the token goes again next time.
      const confirmed = result.confirmed === false ? false : undefined;
      if (confirmed == undefined) unconfirmed.delete(apiKey);
      if (!isOff(params.forceProvidersLogout) && (result.connectedProviders || result.samlContext)) await providersLogout(result, params);
      loggedOut({ context: params.context, source: params.source, apiKey, confirmed });
    }
    // The check that they are gone runs a task after the answer is delivered (the rest of the way to
    // the caller is microtasks), off the path the user waits on.
    setTimeout(removed);
    return result;
  };
}

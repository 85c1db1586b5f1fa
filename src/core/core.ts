import { hookServiceReady, officialSdk, sdkLogout, sdkScriptSettled, type GigyaJs } from './bridge.js';
import { conf, createCrossTab, OTHER_TAB, sameSite } from './cross-tab.js';
import { GENERAL_SERVER_ERROR } from './errors.js';
import { callSafely, createHandlers } from './handlers.js';
import { isOff, mergeParams, missingApiKey, serviceOrigin, timeoutOf, validate } from './params.js';
import { logoutProviders } from './providers.js';
import { isSuccess, localAnswer, toResponse } from './response.js';
import { clearSession, readSession, type Session } from './session.js';
import { postForm } from './transport.js';
import type { Answer, LogoutHandler, LogoutParams, Socialize } from './types.js';
import { SDK_NAME } from './version.js';

/** The per-page state and API that every copy of the library shares. */
export interface Core {
  socialize: Socialize;
  /** Registers the onLogout mirror on gigya.js when the page has it (once per gigya.js instance). */
  mirrorSdk(): void;
  /** Page-wide one-time setups done by the element layer, by name. */
  done: Set<string>;
  /**
   * Adds an onLogout listener of the element layer. An element's relay (`element`) hears other tabs'
   * logouts of every site (it checks its own) and opens the cross-tab channel; the `document` relay
   * does neither (SPEC §5).
   */
  relay(onLogout: LogoutHandler, element: boolean): void;
}

export function createCore(): Core {
  const handlers = createHandlers();
  /** Tokens sent without the server confirming the logout: the next call sends them again. */
  const unconfirmed = new Map<string, Session>();
  let inflight: Promise<Answer> | undefined;
  /** The context of a call handed to gigya.js, for its onLogout that the mirror relays. */
  let bridgedContext: unknown;
  let mirrored: GigyaJs | undefined;

  const sdk = () => officialSdk(socialize.logout);

  // Another tab logged out: announce it here too (its cookies are gone already), with no request.
  const crossTab = createCrossTab((apiKey) => {
    if (apiKey) unconfirmed.delete(apiKey);
    handlers.fire(undefined, OTHER_TAB, apiKey, !sameSite(conf().apiKey, apiKey));
  });

  /** A logout succeeded here: this page's handlers, then the other tabs, hear it. */
  function loggedOut(context: unknown, apiKey?: string, source?: string) {
    handlers.fire(context, source);
    crossTab.send(apiKey);
  }

  function mirrorSdk() {
    const gigya = sdk();
    if (gigya && gigya != mirrored) {
      mirrored = gigya;
      gigya.socialize.addEventHandlers({ onLogout: (event) => loggedOut(bridgedContext, undefined, event?.source) });
    }
  }

  async function viaSdk(gigya: GigyaJs, params: LogoutParams): Promise<Answer> {
    mirrorSdk();
    bridgedContext = params.context;
    try {
      return await sdkLogout(gigya, params, timeoutOf(params));
    } finally {
      bridgedContext = undefined;
    }
  }

  async function viaRest(params: LogoutParams): Promise<Answer> {
    const apiKey = params.apiKey!;
    const session = readSession(apiKey) ?? unconfirmed.get(apiKey);
    if (!session && !params.alwaysSend) {
      loggedOut(params.context, apiKey);
      return { errorCode: 0 };
    }
    const fields: Record<string, string> = { APIKey: apiKey, authMode: 'cookie', format: 'json', sdk: SDK_NAME };
    if (session) fields.login_token = session.token;
    if (params.cid) fields.cid = params.cid;
    if (session?.exp) fields.loginTokenExp = session.exp;
    const answer = postForm(`${serviceOrigin(params, 'socialize')}/socialize.logout`, fields, timeoutOf(params));
    // Logged out locally at once, even if the service never answers.
    if (session) unconfirmed.set(apiKey, session);
    clearSession(apiKey);
    const result = await answer;
    if (isSuccess(result)) {
      unconfirmed.delete(apiKey);
      if (!isOff(params.forceProvidersLogout)) await logoutProviders(result, params);
      loggedOut(params.context, apiKey);
    }
    return result;
  }

  async function run(params: LogoutParams): Promise<Answer> {
    if (!sdk()) await sdkScriptSettled(timeoutOf(params));
    const gigya = sdk();
    if (gigya) return viaSdk(gigya, params);
    return params.apiKey ? viaRest(params) : missingApiKey();
  }

  const socialize: Socialize = {
    logout(callParams) {
      crossTab.listen();
      const params = mergeParams(callParams);
      const invalid = validate(params);
      const answer =
        invalid ??
        (inflight ||= run(params)
          .catch((error) => localAnswer(GENERAL_SERVER_ERROR, String(error)))
          .finally(() => (inflight = undefined)));
      return Promise.resolve(answer).then((result) => {
        const response = toResponse(result, params);
        callSafely(params.callback, response);
        return response;
      });
    },
    addEventHandlers(params) {
      crossTab.listen();
      handlers.add(params);
    },
    removeEventHandlers: handlers.remove,
  };

  if (typeof window != 'undefined') hookServiceReady(mirrorSdk);
  function relay(onLogout: LogoutHandler, element: boolean) {
    if (element) crossTab.listen();
    handlers.add({ onLogout }, element);
  }

  return { socialize, mirrorSdk, done: new Set(), relay };
}

import { hookServiceReady, officialSdk, sdkLogout, sdkScriptSettled, type GigyaJs } from './bridge.js';
import { GENERAL_SERVER_ERROR } from './errors.js';
import { callSafely, createHandlers } from './handlers.js';
import { isOff, mergeParams, missingApiKey, serviceOrigin, timeoutOf, validate } from './params.js';
import { logoutProviders } from './providers.js';
import { isSuccess, localAnswer, toResponse } from './response.js';
import { clearSession, readSession, type Session } from './session.js';
import { postForm } from './transport.js';
import type { Answer, LogoutParams, Socialize } from './types.js';
import { SDK_NAME } from './version.js';

/** The per-page state and API that every copy of the library shares. */
export interface Core {
  socialize: Socialize;
  /** Registers the onLogout mirror on gigya.js when the page has it (once per gigya.js instance). */
  mirrorSdk(): void;
  /** Page-wide one-time setups done by the element layer, by name. */
  done: Set<string>;
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

  function mirrorSdk() {
    const gigya = sdk();
    if (gigya && gigya != mirrored) {
      mirrored = gigya;
      gigya.socialize.addEventHandlers({ onLogout: (event) => handlers.fire(bridgedContext, event?.source) });
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
      handlers.fire(params.context);
      return { errorCode: 0 };
    }
    const fields: Record<string, string> = { APIKey: apiKey, authMode: 'cookie', format: 'json', sdk: SDK_NAME };
    if (session) fields.login_token = session.token;
    if (params.cid) fields.cid = params.cid;
    if (session?.exp) fields.loginTokenExp = session.exp;
    const answer = postForm(`${serviceOrigin(params, 'socialize')}/socialize.logout`, fields, timeoutOf(params));
    // Logged out locally at once, even if the service never answers.
    if (session) unconfirmed.set(apiKey, session);
    const checkRemoved = clearSession(apiKey);
    const result = await answer;
    checkRemoved();
    if (isSuccess(result)) {
      unconfirmed.delete(apiKey);
      if (!isOff(params.forceProvidersLogout)) await logoutProviders(result, params);
      handlers.fire(params.context);
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
    addEventHandlers: handlers.add,
    removeEventHandlers: handlers.remove,
  };

  if (typeof window != 'undefined') hookServiceReady(mirrorSdk);
  return { socialize, mirrorSdk, done: new Set() };
}

import {
  hookServiceReady,
  loadingSdkScript,
  officialSdk,
  scriptApiKey,
  watchScripts,
  sdkApiKey,
  sdkLogout,
  sdkScriptSettled,
  type GigyaJs,
} from './bridge.js';
import { createCrossTab, OTHER_TAB } from './cross-tab.js';
import { RESTORED, watchRestore } from './restore.js';
import { GENERAL_SERVER_ERROR } from './errors.js';
import { FEATURES } from './features.js';
import { readSafely } from './page-globals.js';
import { callSafely } from './call-safely.js';
import { isOff, timeoutOf } from './coercion.js';
import { mergeParams } from './conf.js';
import { serviceOrigin } from './endpoint.js';
import { createHandlers, type LogoutDetails } from './handlers.js';
import { isSuccess, localAnswer, toResponse } from './response.js';
import { clearSession, findSession, type Session } from './session.js';
import { route, sameSite, sharingKey } from './site.js';
import { postForm } from './transport.js';
import type { Answer, LogoutHandler, LogoutParams, Scope, Socialize } from './types.js';
import { missingApiKey, validate } from './validation.js';
import { warn } from './warn.js';
import { SDK_NAME, VERSION } from './version.js';

/** The per-page state and API that every copy of the library shares. */
export interface Core {
  /** The library version that made this core. */
  version: string;
  /** What this core can do (features.ts); a copy of another version checks it has what it needs. */
  features: readonly string[];
  socialize: Socialize;
  /** All the element layer may do here (element-api.ts). */
  port: CorePort;
}

/** What the element layer may do with the page's shared core. */
export interface CorePort {
  /** `socialize.logout`. */
  logout: Socialize['logout'];
  /**
   * Adds an onLogout listener of the element layer; returns its removal. An `element` listener hears
   * other tabs' logouts of every site (it checks its own) and opens the cross-tab channel; the
   * `document` listener does neither, and the page has one: a second is ignored, whichever copy of
   * the library adds it (docs/contract.md §5).
   */
  onLogout(onLogout: LogoutHandler, options: { scope: Scope }): () => void;
  /** Registers the onLogout mirror on gigya.js when the page has it (once per gigya.js instance). */
  mirrorSdk(): void;
}

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

export function createCore(): Core {
  const handlers = createHandlers();
  /** Tokens sent without the server confirming the logout: the next call sends them again. */
  const unconfirmed = new Map<string, Session>();
  /** Logouts in flight by sharing key (site.ts): only calls with an equal key share one. */
  const inflight = new Map<string, Promise<Answer>>();
  /** The params of a call handed to gigya.js, for its onLogout that the mirror relays (context, source). */
  let bridged: LogoutParams | undefined;
  let mirrored: GigyaJs | undefined;

  const sdk = () => officialSdk(socialize.logout);

  // Another tab logged out: announce it here too (its cookies are gone already), with no request.
  const crossTab = createCrossTab((apiKey) => {
    if (apiKey) unconfirmed.delete(apiKey);
    heard(OTHER_TAB, apiKey);
  });

  /** Another tab's logout, or a session that ended while this page was in the back/forward cache: announced here, no request. */
  const heard = (source: string, apiKey?: string) =>
    handlers.fire({ source, apiKey }, sameSite(mergeParams().params.apiKey, apiKey) ? undefined : 'element');

  /** First use (an element connecting, a handler added, a call): the channel, and the back/forward cache check. */
  let used = false;
  function firstUse() {
    crossTab.listen();
    if (!used && typeof document != 'undefined') watchRestore((apiKey) => heard(RESTORED, apiKey));
    used = true;
  }

  /** A logout succeeded here: this page's handlers, then the other tabs, hear it. */
  function loggedOut(details: LogoutDetails) {
    handlers.fire(details);
    crossTab.send(details.apiKey);
  }

  function mirrorSdk() {
    const gigya = sdk();
    if (gigya && gigya != mirrored) {
      mirrored = gigya;
      readSafely('gigya.socialize.addEventHandlers', () =>
        gigya.socialize.addEventHandlers({
          onLogout: (event) => loggedOut({ context: bridged?.context, source: bridged?.source ?? event?.source, apiKey: sdkApiKey() }),
        }),
      );
    }
  }

  /** Whether this call goes to gigya.js: it is (or is loading) on the page, for this call's site. */
  function goesToGigyaJs(params: LogoutParams): boolean {
    if (sdk()) return sameSite(params.apiKey, sdkApiKey());
    const script = loadingSdkScript();
    return !!script && sameSite(params.apiKey, scriptApiKey(script));
  }

  async function viaSdk(gigya: GigyaJs, params: LogoutParams): Promise<Answer> {
    mirrorSdk();
    bridged = params;
    try {
      return await sdkLogout(gigya, params, timeoutOf(params));
    } finally {
      bridged = undefined;
    }
  }

  async function viaRest(params: LogoutParams): Promise<Answer> {
    const apiKey = params.apiKey!;
    const [found, any, cookies] = findSession(apiKey);
    const session = found ?? unconfirmed.get(apiKey);
    if (!session && !params.alwaysSend) {
      if (any) setTimeout(clearSession(apiKey, cookies));
      loggedOut({ context: params.context, source: params.source, apiKey });
      return { errorCode: 0 };
    }
    const fields: Record<string, string> = { APIKey: apiKey, authMode: 'cookie', format: 'json', sdk: SDK_NAME };
    if (session) fields.login_token = session.token;
    if (params.cid) fields.cid = params.cid;
    if (session?.exp) fields.loginTokenExp = session.exp;
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
  }

  async function run(params: LogoutParams, viaGigyaJs: boolean): Promise<Answer> {
    if (viaGigyaJs && !sdk()) await sdkScriptSettled(timeoutOf(params));
    const gigya = viaGigyaJs ? sdk() : undefined;
    if (gigya && sameSite(params.apiKey, sdkApiKey())) return viaSdk(gigya, params);
    return params.apiKey ? viaRest(params) : missingApiKey();
  }

  /** The logout in flight with the same sharing key, or a new one. */
  function shared(params: LogoutParams): Promise<Answer> {
    const viaGigyaJs = goesToGigyaJs(params);
    const key = sharingKey(params, route(params, viaGigyaJs));
    let answer = inflight.get(key);
    if (!answer) {
      answer = run(params, viaGigyaJs)
        .catch((error) => localAnswer(GENERAL_SERVER_ERROR, String(error)))
        .finally(() => inflight.delete(key));
      inflight.set(key, answer);
    }
    return answer;
  }

  const socialize: Socialize = {
    logout(callParams) {
      firstUse();
      const { params, unreadable } = mergeParams(callParams);
      let answer: Answer | Promise<Answer>;
      try {
        mirrorSdk();
        answer = unreadable ?? validate(params) ?? shared(params);
      } catch (error) {
        answer = localAnswer(GENERAL_SERVER_ERROR, String(error));
      }
      return Promise.resolve(answer).then((result) => {
        const response = toResponse(result, params);
        callSafely(params.callback, response);
        return response;
      });
    },
    addEventHandlers(params) {
      firstUse();
      handlers.add(params);
    },
    removeEventHandlers: handlers.remove,
  };

  if (typeof document != 'undefined') {
    hookServiceReady(mirrorSdk);
    // A page's own late `function onGigyaServiceReady` replaces the hook above; gigya.js's script
    // finishing loading still tells us it is there, whatever its URL (self-hosted, renamed, bundled).
    watchScripts(mirrorSdk);
  }

  let documentListener = false;
  function onLogout(onLogout: LogoutHandler, { scope }: { scope: Scope }) {
    if (scope == 'element') firstUse();
    else if (documentListener) return () => {};
    else documentListener = true;
    handlers.add({ onLogout }, scope);
    return () => handlers.remove({ onLogout });
  }

  return { version: VERSION, features: FEATURES, socialize, port: { logout: socialize.logout, onLogout, mirrorSdk } };
}

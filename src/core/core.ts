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
} from './gigya-js.js';
import { createCrossTab, OTHER_TAB } from './cross-tab.js';
import { RESTORED, watchRestore } from './restore.js';
import { GENERAL_SERVER_ERROR } from './errors.js';
import { readSafely } from './page-globals.js';
import { callSafely } from './console.js';
import { timeoutOf } from './coercion.js';
import { mergeParams } from './conf.js';
import { createHandlers, type LogoutDetails } from './handlers.js';
import { localAnswer, toResponse } from './response.js';
import { createRest } from './rest.js';
import type { Session } from './session.js';
import { route, sameSite, sharingKey } from './site.js';
import type { Answer, LogoutHandler, LogoutParams, Scope, Socialize } from './types.js';
import { missingApiKey, validate } from './validation.js';
import { FEATURES, VERSION } from './version.js';

/** The per-page state and API that every copy of the library shares. */
export interface Core {
  /** The library version that made this core. */
  version: string;
  /** What this core can do (version.ts); a copy of another version checks it has what it needs. */
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
  onLogout(onLogout: LogoutHandler, scope: Scope): () => void;
  /** Registers the onLogout mirror on gigya.js when the page has it (once per gigya.js instance). */
  mirrorSdk(): void;
}

/**
 * The page's core, in five parts: announcing logouts (the handler list, the element layer's
 * listeners), cross-tab wiring, the gigya.js mirror, the route of each call (gigya-js.ts, or
 * rest.ts) with the sharing of calls in flight, and the DOM hook that finds gigya.js loading late.
 */
export function createCore(): Core {
  // Announcing logouts: the page's handlers (socialize.addEventHandlers) and the element layer's listeners.
  const handlers = createHandlers();

  /** A logout succeeded here: this page's handlers, then the other tabs, hear it. */
  function loggedOut(details: LogoutDetails) {
    handlers._fire(details);
    crossTab._send(details.apiKey);
  }

  /** Another tab's logout, or a session that ended while this page was in the back/forward cache: announced here, no request. */
  const heard = (source: string, apiKey?: string) =>
    handlers._fire({ source, apiKey }, sameSite(mergeParams().params.apiKey, apiKey) ? undefined : 'element');

  let documentListener = false;
  function onLogout(onLogout: LogoutHandler, scope: Scope) {
    if (scope == 'element') firstUse();
    else if (documentListener) return () => {};
    else documentListener = true;
    handlers.add({ onLogout }, scope);
    return () => handlers.remove({ onLogout });
  }

  // Cross-tab wiring: another tab logged out, so announce it here too (its cookies are gone already), with no request.
  const crossTab = createCrossTab((apiKey) => {
    if (apiKey) unconfirmed.delete(apiKey);
    heard(OTHER_TAB, apiKey);
  });

  /** First use (an element connecting, a handler added, a call): the channel, and the back/forward cache check. */
  let used = false;
  function firstUse() {
    crossTab._listen();
    if (!used && typeof document != 'undefined') watchRestore((apiKey) => heard(RESTORED, apiKey));
    used = true;
  }

  // The gigya.js mirror: gigya.js's own logouts announced as ours.
  /** The params of a call handed to gigya.js, for its onLogout that the mirror relays (context, source). */
  let bridged: LogoutParams | undefined;
  let mirrored: GigyaJs | undefined;
  const sdk = () => officialSdk(socialize.logout);

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

  // The routes: gigya.js (gigya-js.ts), or REST (rest.ts).
  /** Tokens sent without the server confirming the logout, by site (rest.ts). */
  const unconfirmed = new Map<string, Session>();
  const rest = createRest(loggedOut, unconfirmed);

  async function viaSdk(gigya: GigyaJs, params: LogoutParams): Promise<Answer> {
    mirrorSdk();
    bridged = params;
    try {
      return await sdkLogout(gigya, params, timeoutOf(params));
    } finally {
      bridged = undefined;
    }
  }

  /** Route choice, once per call: gigya.js when it is (or is loading) on the page for this call's site. */
  function goesToGigyaJs(params: LogoutParams): boolean {
    if (sdk()) return sameSite(params.apiKey, sdkApiKey());
    const script = loadingSdkScript();
    return !!script && sameSite(params.apiKey, scriptApiKey(script));
  }

  /** The call on the route chosen for it. */
  async function run(params: LogoutParams, viaGigyaJs: boolean): Promise<Answer> {
    let gigya = viaGigyaJs ? sdk() : undefined;
    if (viaGigyaJs && !gigya) {
      // Chosen while gigya.js was loading (by its script's API key): the site it loaded with decides.
      await sdkScriptSettled(timeoutOf(params));
      gigya = sameSite(params.apiKey, sdkApiKey()) ? sdk() : undefined;
    }
    if (gigya) return viaSdk(gigya, params);
    return params.apiKey ? rest(params, params.apiKey) : missingApiKey();
  }

  // Sharing of calls in flight.
  /** Logouts in flight by sharing key (site.ts): only calls with an equal key share one. */
  const inflight = new Map<string, Promise<Answer>>();

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

  // The API, with gigya.js's shapes.
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

  // The DOM load hook: gigya.js found once it is ready.
  if (typeof document != 'undefined') {
    hookServiceReady(mirrorSdk);
    // A page's own late `function onGigyaServiceReady` replaces the hook above; gigya.js's script
    // finishing loading still tells us it is there, whatever its URL (self-hosted, renamed, bundled).
    watchScripts(mirrorSdk);
  }

  return { version: VERSION, features: FEATURES, socialize, port: { logout: socialize.logout, onLogout, mirrorSdk } };
}

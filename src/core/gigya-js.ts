import { GENERAL_SERVER_ERROR, REQUEST_TIMEOUT } from './errors.js';
import { isOff } from './coercion.js';
import { pageGlobal, readPath, readSafely } from './page-globals.js';
import { localAnswer } from './response.js';
import type { Answer, LogoutEvent, LogoutParams } from './types.js';
import { within } from './within.js';

/** The public shapes of the official Web SDK that the bridge uses. */
export interface GigyaJs {
  socialize: {
    logout(params: Record<string, unknown>): void;
    addEventHandlers(params: { onLogout: (event: Partial<LogoutEvent>) => void }): void;
  };
}

/**
 * The official gigya.js when the page has loaded it (and it is not this library under that name).
 * Read guarded: a frame or element named `gigya`, or a throwing getter, counts as no gigya.js.
 */
export function officialSdk(ours: unknown): GigyaJs | undefined {
  const logout = readPath('gigya', ['socialize', 'logout']);
  return typeof logout == 'function' && logout !== ours ? (pageGlobal('gigya') as GigyaJs) : undefined;
}

/** gigya.js's own API key (`gigya.thisScript.APIKey`, from its script URL), when it is known. */
export const sdkApiKey = (): string | undefined => {
  const key = readPath('gigya', ['thisScript', 'APIKey']);
  return typeof key == 'string' && key ? key : undefined;
};

/**
 * Whether `target` is a gigya.js `<script>` (its URL path ends in `/gigya.js`). `src` is the resolved
 * URL, so a test of the text is enough: no URL parsed, no exception thrown for each inline script on
 * the page, at every logout.
 */
export const isSdkScript = (target: unknown): target is HTMLScriptElement =>
  target instanceof HTMLScriptElement && /^[^?#]*\/gigya\.js([?#]|$)/.test(target.src);

/** Scripts that loaded or failed since the core started watching (see watchScripts). */
const settledScripts = new WeakSet<EventTarget>();

/**
 * Watches `<script>`s settle (one passive capture `load` and one `error` listener on `document`):
 * WebKit keeps no resource timing entry for a script that failed, so without this a failed gigya.js
 * would look as if it were still loading. `onLoad` runs when any script has loaded.
 */
export function watchScripts(onLoad: () => void): void {
  const settled = (event: Event) => {
    if (!(event.target instanceof HTMLScriptElement)) return;
    settledScripts.add(event.target);
    if (event.type == 'load') onLoad();
  };
  for (const type of ['load', 'error']) document.addEventListener(type, settled, { capture: true, passive: true });
}

/** A gigya.js `<script>` that has not finished loading (not seen settling, no resource timing entry yet). */
export function loadingSdkScript(): HTMLScriptElement | undefined {
  if (typeof document == 'undefined') return;
  return Array.from(document.scripts).find(
    (script) => isSdkScript(script) && !settledScripts.has(script) && !performance.getEntriesByName(script.src).length,
  );
}

/** The API key in a gigya.js script URL (`?apiKey=`), which gigya.js takes as its own. */
export const scriptApiKey = (script: HTMLScriptElement): string | null => new URL(script.src).searchParams.get('apiKey');

/** Waits, at most `timeout` ms, for a gigya.js script that is still loading. */
export function sdkScriptSettled(timeout: number): Promise<unknown> | undefined {
  const script = loadingSdkScript();
  if (script)
    return within(
      new Promise((done) => {
        script.addEventListener('load', done);
        script.addEventListener('error', done);
      }),
      timeout,
    );
}

/** Hands the call to gigya.js. Its callback becomes the answer; a lost callback becomes 504002. */
export function sdkLogout(sdk: GigyaJs, params: LogoutParams, timeout: number): Promise<Answer> {
  const answered = new Promise<Answer>((settle) => {
    // Our context stays here: gigya.js would send a string context to its logs.
    const call: Record<string, unknown> = {
      forceProvidersLogout: !isOff(params.forceProvidersLogout),
      callback: (response: Answer) =>
        settle(typeof response?.errorCode == 'number' ? { ...response } : localAnswer(GENERAL_SERVER_ERROR, 'gigya.js: no errorCode')),
    };
    if (params.cid) call.cid = params.cid;
    try {
      sdk.socialize.logout(call);
    } catch (error) {
      settle(localAnswer(GENERAL_SERVER_ERROR, `gigya.js: ${error}`));
    }
  });
  return within(answered, timeout, localAnswer(REQUEST_TIMEOUT, `gigya.js: no answer in ${timeout} ms`));
}

/** Calls `onReady` when gigya.js announces itself, keeping any `onGigyaServiceReady` the page sets. */
export function hookServiceReady(onReady: () => void): void {
  const page = globalThis as { onGigyaServiceReady?: unknown };
  let pageHook = pageGlobal('onGigyaServiceReady');
  function ready(this: unknown, ...args: unknown[]) {
    onReady();
    return typeof pageHook == 'function' ? pageHook.apply(this, args) : undefined;
  }
  try {
    Object.defineProperty(page, 'onGigyaServiceReady', {
      configurable: true,
      enumerable: true,
      get: () => ready,
      set: (hook) => (pageHook = hook),
    });
  } catch {
    // A global `function onGigyaServiceReady` (as Gigya's docs show) cannot be redefined: wrap it.
    readSafely('window.onGigyaServiceReady', () => (page.onGigyaServiceReady = ready));
  }
}

// Shared helpers of the SDK core tests (test/core/): a logout that checks its own callback/promise
// contract, an onLogout recorder, cookie probes, stubs, and one cleanup list that each file runs in
// `afterEach` so that no test leaves a session, a handler, Global Conf or a stub behind.

import { expect } from '@open-wc/testing';
import { socialize } from '../../src/core/index.js';
import type { LogoutEvent, LogoutParams, LogoutResponse } from '../../src/core/types.js';
import { clearSessionCookies, resetKey, uniqueApiKey } from '../helpers/emulator.js';

export const HEX32 = /^[0-9a-f]{32}$/;

/** The globals these tests put on the page. */
export interface PageGlobals {
  __gigyaConf?: unknown;
  gigya?: unknown;
  FB?: unknown;
  onGigyaServiceReady?: unknown;
  alert: (message?: unknown) => void;
}
export const page = window as unknown as PageGlobals;

type Cleanup = () => unknown;
const cleanups: Cleanup[] = [];
/** Run before the other cleanups: frees what a failed test may have left waiting (held requests). */
const releases: Cleanup[] = [];

/** Runs `fn` at the end of the current test (last registered first). */
export function onCleanup(fn: Cleanup): void {
  cleanups.push(fn);
}

/** For `afterEach`: undoes everything the test set up, then fails if a check registered with {@link onCleanup} failed. */
export async function cleanup(): Promise<void> {
  let failure: unknown;
  for (const fn of [...releases.splice(0), ...cleanups.splice(0).reverse()]) {
    try {
      await fn();
    } catch (error) {
      failure ??= error;
    }
  }
  delete page.__gigyaConf;
  if (failure) throw failure;
}

/** A fresh API key whose cookies (host-only, and on `domain` when given) and emulator state go at cleanup. */
export function freshKey(domain?: string): string {
  const apiKey = uniqueApiKey();
  // Forgetting the key also answers its held requests, so a test that failed midway leaves no
  // logout in flight (it would be shared by the next test's calls).
  releases.push(() => resetKey(apiKey));
  onCleanup(() => {
    clearSessionCookies(apiKey, domain);
    expireCookie('_gig_lt', domain);
  });
  return apiKey;
}

export function expireCookie(name: string, domain?: string, path = '/'): void {
  document.cookie = `${name}=; path=${path}; max-age=0`;
  if (domain) document.cookie = `${name}=; path=${path}; domain=${domain}; max-age=0`;
}

/** Every `name=value` entry of `document.cookie` with this name (one per visible copy). */
export function cookieCopies(name: string): string[] {
  return document.cookie
    .split(/;\s*/)
    .filter((pair) => pair.startsWith(`${name}=`))
    .map((pair) => pair.slice(name.length + 1));
}

/** The value of the first visible copy of a cookie. */
export const cookieValue = (name: string): string | undefined => cookieCopies(name)[0];

/** Session cookie names of `apiKey` (and `_gig_lt`) still visible to the page. */
export function sessionCookiesLeft(apiKey: string): string[] {
  const names = [`glt_${apiKey}`, `gltexp_${apiKey}`, '_gig_lt'];
  return document.cookie
    .split(/;\s*/)
    .map((pair) => pair.slice(0, pair.indexOf('=')))
    .filter((name) => names.includes(name));
}

export interface Started {
  promise: Promise<LogoutResponse>;
  /** Every argument the callback got, in order. */
  callbacks: LogoutResponse[];
  /** How many times the promise resolved and rejected (read after it settled). */
  settled: { resolved: number; rejected: number };
}

/**
 * Calls `socialize.logout(params)` with a recording callback (wrapping the test's own `callback`, if
 * any). At cleanup it checks that the callback ran exactly once and the promise resolved once with
 * the callback's very object, so a late second callback (after a retry, a timer…) also fails the test.
 */
export function start(params: LogoutParams = {}): Started {
  const callbacks: LogoutResponse[] = [];
  const settled = { resolved: 0, rejected: 0 };
  const own = params.callback;
  const promise = socialize.logout({
    ...params,
    callback: (response) => {
      callbacks.push(response);
      own?.(response);
    },
  });
  let value: LogoutResponse | undefined;
  const done = promise.then(
    (response) => {
      settled.resolved++;
      value = response;
    },
    () => settled.rejected++,
  );
  onCleanup(async () => {
    await Promise.race([done, sleep(3000)]);
    expect(settled, 'the promise resolves exactly once').to.deep.equal({ resolved: 1, rejected: 0 });
    expect(callbacks.length, 'callback calls').to.equal(1);
    expect(callbacks[0], 'the callback gets the promise value').to.equal(value);
  });
  return { promise, callbacks, settled };
}

/** {@link start}, awaited, with the once-and-same-object checks done right away too. */
export async function logout(params: LogoutParams = {}): Promise<LogoutResponse> {
  const { promise, callbacks, settled } = start(params);
  const response = await promise;
  expect(callbacks.length, 'callback calls').to.equal(1);
  expect(callbacks[0], 'the callback gets the promise value').to.equal(response);
  await Promise.resolve();
  expect(settled).to.deep.equal({ resolved: 1, rejected: 0 });
  return response;
}

/** Registers an onLogout handler that records its events (removed at cleanup). */
export function recordLogouts(context?: unknown): LogoutEvent[] {
  const events: LogoutEvent[] = [];
  const onLogout = (event: LogoutEvent) => events.push(event);
  socialize.addEventHandlers(context === undefined ? { onLogout } : { onLogout, context });
  onCleanup(() => socialize.removeEventHandlers({ onLogout }));
  return events;
}

/** Registers any onLogout handler for the test (removed at cleanup). */
export function addHandler(onLogout: (event: LogoutEvent) => void, context?: unknown): void {
  socialize.addEventHandlers(context === undefined ? { onLogout } : { onLogout, context });
  onCleanup(() => socialize.removeEventHandlers({ onLogout }));
}

/** Replaces `console.error` for the test; returns the argument lists it got. */
export function stubConsoleError(): unknown[][] {
  const calls: unknown[][] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => void calls.push(args);
  onCleanup(() => (console.error = original));
  return calls;
}

/** Replaces `console.warn` for the test; returns the argument lists it got. */
export function stubConsoleWarn(): unknown[][] {
  const calls: unknown[][] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void calls.push(args);
  onCleanup(() => (console.warn = original));
  return calls;
}

/** Sets `window.__gigyaConf` for this test (removed at cleanup). */
export function setGlobalConf(conf: unknown): void {
  page.__gigyaConf = conf;
}

/** `fetch` calls to `…/socialize.logout` the page made during the test, with their parsed answers. */
export interface SeenFetch {
  url: string;
  init: RequestInit | undefined;
  body?: Record<string, unknown>;
}

/** Wraps `window.fetch` for the test to see what the core asked for and what it got back. */
export function spyFetch(): SeenFetch[] {
  const original = window.fetch;
  const seen: SeenFetch[] = [];
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.endsWith('/socialize.logout')) return original(input, init);
    const entry: SeenFetch = { url, init };
    seen.push(entry);
    const response = await original(input, init);
    try {
      entry.body = (await response.clone().json()) as Record<string, unknown>;
    } catch {
      // not JSON: the test looks at what the core made of it
    }
    return response;
  };
  onCleanup(() => (window.fetch = original));
  return seen;
}

/**
 * Answers the core's `…/socialize.logout` fetches with `respond` (other fetches go through), without
 * any network; returns every URL and body asked for. `respond` gets the request's abort signal.
 */
export function answerLogoutFetch(
  respond: (url: string, signal: AbortSignal | undefined) => Promise<Response>,
): { url: string; body: string }[] {
  const original = window.fetch;
  const seen: { url: string; body: string }[] = [];
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.endsWith('/socialize.logout')) return original(input, init);
    seen.push({ url, body: String(init?.body ?? '') });
    return respond(url, init?.signal ?? undefined);
  };
  onCleanup(() => (window.fetch = original));
  return seen;
}

/**
 * Answers the core's `…/socialize.logout` fetches here, with `{ errorCode: 0 }`, without any network
 * (for origins a test cannot reach, like the real data centers); returns the URLs asked for.
 */
export function stubLogoutFetch(): string[] {
  const urls: string[] = [];
  answerLogoutFetch(async (url) => {
    urls.push(url);
    return new Response(JSON.stringify({ errorCode: 0, callId: 'f'.repeat(32) }), { headers: { 'Content-Type': 'application/json' } });
  });
  return urls;
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Fails unless `promise` is still pending after `ms`. */
export async function expectPending(promise: Promise<unknown>, ms: number): Promise<void> {
  const state = await Promise.race([promise.then(() => 'settled', () => 'settled'), sleep(ms).then(() => 'pending')]);
  expect(state, 'still pending').to.equal('pending');
}

// The official gigya.js, as the bridge tests (SPEC §3.3) need it.

export type LogoutCall = Record<string, unknown> & { callback: (response: unknown) => void };
export type Handler = (event: Partial<LogoutEvent>) => void;

export interface StandIn {
  logoutCalls: LogoutCall[];
  /** The onLogout handlers registered on it (the core's mirror). */
  handlers: Handler[];
  /** How it answers: at once (after its handlers), after `ms`, with a given answer, or never. */
  answer: { after?: number; never?: boolean; with?: Record<string, unknown> };
  /** A logout gigya.js starts by itself (a screen-set, another widget): it fires its handlers. */
  logsOutByItself(source?: string): void;
}

/**
 * Puts a stand-in for gigya.js on the page as `window.gigya` (removed at cleanup); with `ownApiKey`,
 * it is loaded for that site (`gigya.thisScript.APIKey`, as gigya.js takes it from its script URL).
 */
export function installStandIn(answer: StandIn['answer'] = {}, ownApiKey?: string): StandIn {
  const standIn: StandIn = {
    logoutCalls: [],
    handlers: [],
    answer,
    logsOutByItself(source) {
      for (const handler of standIn.handlers) handler(source ? { eventName: 'logout', source } : { eventName: 'logout' });
    },
  };
  page.gigya = {
    socialize: {
      logout(params: LogoutCall) {
        standIn.logoutCalls.push(params);
        if (standIn.answer.never) return;
        const reply = standIn.answer.with ?? { errorCode: 0, errorMessage: '', callId: 'x', operation: '/socialize.logout' };
        if (reply.errorCode === 0) standIn.logsOutByItself();
        if (standIn.answer.after === undefined) params.callback(reply);
        else setTimeout(() => params.callback(reply), standIn.answer.after);
      },
      addEventHandlers(params: { onLogout: Handler }) {
        standIn.handlers.push(params.onLogout);
      },
    },
    ...(ownApiKey ? { thisScript: { APIKey: ownApiKey } } : {}),
  };
  onCleanup(() => delete page.gigya);
  return standIn;
}

// What a test puts on the page for its own duration: console stubs, Global Conf, fetch spies and
// stand-in answers. Each is undone at cleanup.

import { readableWith } from '../../src/core/transport.js';
import { onCleanup } from './cleanup.js';

/** The globals tests put on the page. */
export interface PageGlobals {
  __gigyaConf?: unknown;
  gigya?: unknown;
  FB?: unknown;
  onGigyaServiceReady?: unknown;
  alert: (message?: unknown) => void;
}
export const page = window as unknown as PageGlobals;

function stubConsole(method: 'warn' | 'error', win: Window & typeof globalThis): unknown[][] {
  const calls: unknown[][] = [];
  const original = win.console[method];
  win.console[method] = (...args: unknown[]) => void calls.push(args);
  onCleanup(() => {
    try {
      win.console[method] = original;
    } catch {
      // a frame that navigated to another origin: its window is not ours to restore any more
    }
  });
  return calls;
}

/** Replaces `console.warn` of `win` (this window by default) for the test; returns its calls. */
export const stubConsoleWarn = (win: Window & typeof globalThis = window): unknown[][] => stubConsole('warn', win);

/** Replaces `console.error` of `win` (this window by default) for the test; returns its calls. */
export const stubConsoleError = (win: Window & typeof globalThis = window): unknown[][] => stubConsole('error', win);

/** Collects errors that reach the window (uncaught exceptions, unhandled rejections) until cleanup. */
export function recordUncaught(): unknown[] {
  const seen: unknown[] = [];
  const onError = (event: ErrorEvent) => seen.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => seen.push(event.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  onCleanup(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  return seen;
}

/** Sets `window.__gigyaConf` of `win` (this window by default) for the test. */
export function setGlobalConf(conf: unknown, win: Window = window): void {
  (win as { __gigyaConf?: unknown }).__gigyaConf = conf;
  onCleanup(() => delete (win as { __gigyaConf?: unknown }).__gigyaConf);
}

/** `fetch` calls to `…/socialize.logout` the page made during the test, with their parsed answers. */
export interface SeenFetch {
  url: string;
  init: RequestInit | undefined;
  body?: Record<string, unknown>;
}

/** Replaces `window.fetch` for the test: `…/socialize.logout` calls go to `handle`, any other through. */
function interceptLogoutFetch(handle: (url: string, init: RequestInit | undefined, original: typeof fetch) => Promise<Response>): void {
  const original = window.fetch;
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    return url.endsWith('/socialize.logout') ? handle(url, init, original) : original(input, init);
  };
  onCleanup(() => (window.fetch = original));
}

/** Wraps `window.fetch` for the test to see what the core asked for and what it got back. */
export function spyFetch(): SeenFetch[] {
  const seen: SeenFetch[] = [];
  interceptLogoutFetch(async (url, init, original) => {
    const entry: SeenFetch = { url, init };
    seen.push(entry);
    const response = await original(url, init);
    try {
      entry.body = (await response.clone().json()) as Record<string, unknown>;
    } catch {
      // not JSON: the test looks at what the core made of it
    }
    return response;
  });
  return seen;
}

/**
 * Answers the core's `…/socialize.logout` fetches with `respond` (other fetches go through), without
 * any network; returns every URL and body asked for. `respond` gets the request's abort signal.
 */
export function answerLogoutFetch(
  respond: (url: string, signal: AbortSignal | undefined) => Promise<Response>,
): { url: string; body: string }[] {
  const seen: { url: string; body: string }[] = [];
  interceptLogoutFetch((url, init) => {
    seen.push({ url, body: String(init?.body ?? '') });
    return respond(url, init?.signal ?? undefined);
  });
  return seen;
}

/** A JSON answer of the service. */
export const jsonAnswer = (body: Record<string, unknown>): Response =>
  new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });

/**
 * Answers the core's `…/socialize.logout` fetches here, with `{ errorCode: 0 }`, without any network
 * (for origins a test cannot reach, like the real data centers); returns the URLs and bodies asked for.
 */
export function stubLogoutFetch(): { url: string; body: string }[] {
  return answerLogoutFetch(async () => jsonAnswer({ errorCode: 0, callId: 'f'.repeat(32) }));
}

/**
 * The core forgets, now and at cleanup, which credentials mode let it read each origin (it keeps that
 * for the page's life), so this test's first logout to an origin is a first logout (docs/contract.md §2.2).
 */
export function forgetOrigins(): void {
  readableWith.clear();
  onCleanup(() => readableWith.clear());
}

/**
 * Counts, per event type in `types`, the listeners added to `window` minus those removed, from now to
 * cleanup (every call goes through to the real methods).
 */
export function countWindowListeners(types: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  const { addEventListener: add, removeEventListener: remove } = window;
  const counting = (original: typeof add, step: number) =>
    function (this: Window, type: string, ...rest: unknown[]) {
      if (types.includes(type)) counts.set(type, (counts.get(type) ?? 0) + step);
      return (original as (...args: unknown[]) => void).call(this, type, ...rest);
    } as typeof add;
  window.addEventListener = counting(add, 1);
  window.removeEventListener = counting(remove, -1);
  onCleanup(() => Object.assign(window, { addEventListener: add, removeEventListener: remove }));
  return counts;
}

// API keys and sessions of a test: a fresh key whose emulator state and cookies go at cleanup, and
// probes of the session cookies the page can see.

import { waitUntil } from '@open-wc/testing';
import { onCleanup, onRelease } from './cleanup.js';
import {
  clearSessionCookies,
  emulatorInfo,
  login,
  resetKey,
  setAnswer,
  uniqueApiKey,
  type AnswerMode,
  type EmulatorInfo,
  type LoginResult,
} from './emulator.js';

/** A fresh API key whose cookies (host-only, and on `domain` when given) and emulator state go at cleanup. */
export function freshKey(domain?: string): string {
  const apiKey = uniqueApiKey();
  // Forgetting the key also answers its held requests, so a test that failed midway leaves no
  // logout in flight (it would be shared by the next test's calls).
  onRelease(() => resetKey(apiKey));
  onCleanup(() => {
    clearSessionCookies(apiKey, domain);
    expireCookie('_gig_lt', domain);
  });
  return apiKey;
}

/** {@link freshKey}, with the emulator's origins. */
export async function newKey(): Promise<{ apiKey: string; info: EmulatorInfo }> {
  return { apiKey: freshKey(), info: await emulatorInfo() };
}

/**
 * {@link newKey} with a session on the emulator (its cookies in this browser); with `answer`, the
 * emulator answers its next logout(s) so (`times` of them, or all).
 */
export async function signedIn(answer?: AnswerMode, times?: number): Promise<{ apiKey: string; info: EmulatorInfo; session: LoginResult }> {
  const { apiKey, info } = await newKey();
  const session = await login(apiKey);
  if (answer) await setAnswer(apiKey, answer, times);
  return { apiKey, info, session };
}

export function expireCookie(name: string, domain?: string, path = '/'): void {
  document.cookie = `${name}=; path=${path}; max-age=0`;
  if (domain) document.cookie = `${name}=; path=${path}; domain=${domain}; max-age=0`;
}

/** Every `name=value` entry of `doc.cookie` with this name (one per visible copy). */
export function cookieCopies(name: string, doc: Document = document): string[] {
  return doc.cookie
    .split(/;\s*/)
    .filter((pair) => pair.startsWith(`${name}=`))
    .map((pair) => pair.slice(name.length + 1));
}

/** The value of the first visible copy of a cookie. */
export const cookieValue = (name: string): string | undefined => cookieCopies(name)[0];

/** Session cookie names of `apiKey` (and `_gig_lt`) still visible to the page. */
export function sessionCookiesLeft(apiKey: string, doc: Document = document): string[] {
  const names = [`glt_${apiKey}`, `gltexp_${apiKey}`, '_gig_lt'];
  return doc.cookie
    .split(/;\s*/)
    .map((pair) => pair.slice(0, pair.indexOf('=')))
    .filter((name) => names.includes(name));
}

/**
 * Resolves once no session cookie of `apiKey` is visible to `doc`: WebKit's `document.cookie` can show
 * a removed cookie again for a moment (the browser's notice of an earlier write arriving late).
 */
export const sessionGone = (apiKey: string, doc: Document = document): Promise<void> =>
  waitUntil(() => sessionCookiesLeft(apiKey, doc).length == 0, `left: ${sessionCookiesLeft(apiKey, doc)}`);

/** Whether the `glt_<apiKey>` cookie is visible to `doc`. */
export const hasSession = (apiKey: string, doc: Document = document): boolean => cookieCopies(`glt_${apiKey}`, doc).length > 0;

/**
 * A stand-in for `document.cookie` until cleanup: each read gets `read(n, real)` (`n` counts reads
 * from 1, `real` is what the browser would say), writes reach the browser only when `write` is true.
 * Returns the count of reads so far, to wait for the read a test means.
 */
export function replaceDocumentCookie(read: (n: number, real: string) => string = (_n, real) => real, write = true): { reads: number } {
  const descriptor = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
  const counter = { reads: 0 };
  Object.defineProperty(document, 'cookie', {
    configurable: true,
    get: () => read(++counter.reads, descriptor.get!.call(document)),
    set: (value: string) => write && descriptor.set!.call(document, value),
  });
  onCleanup(() => delete (document as { cookie?: string }).cookie);
  return counter;
}

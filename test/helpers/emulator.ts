// Browser-side helpers to drive the Gigya emulator (emulator/index.mjs) from tests.
// Every call goes to the page's own origin, where the test runner mounts the emulator; the
// cross-origin server shares the same state, so what is set here also holds there.

import { expect } from '@open-wc/testing';

/** Where the emulator can be reached. */
export interface EmulatorInfo {
  /** The test page's own origin (the emulator is mounted there). */
  origin: string;
  /** A second server of the same emulator (same state) on another origin, `http://127.0.0.1:<port>`. */
  crossOrigin: string;
  /** An origin where nothing listens (connection refused). */
  closedOrigin: string;
}

/** How `POST /socialize.logout` answers: ANSWER_MODES of emulator/logout.mjs, typed. */
export type AnswerMode =
  | 'ok'
  | `error:${number}`
  | 'html500'
  | 'malformed'
  | 'no-error-code'
  | 'slow'
  | `slow:${number}`
  | 'hang'
  | 'hold'
  | 'reset'
  | 'nocors'
  | `redirect:${301 | 302 | 307 | 308}`
  | `redirect-nocors:${301 | 302 | 307 | 308}`;

/**
 * How the server behind a key stands toward the page, whatever the answer mode (POSTURES of
 * emulator/logout.mjs): CORS headers reflecting the origin with credentials (the default),
 * `Access-Control-Allow-Origin: *` without credentials, none at all, or every connection refused.
 */
export type Posture = 'cors=reflect' | 'cors=wildcard' | 'cors=none' | 'blocked';

export interface LoginOptions {
  /** Comma-separated, e.g. `facebook,saml-idp1`: returned as `connectedProviders` by the logout. */
  providers?: string;
  samlContext?: string;
  /** Comma-separated SAML session ids: returned as `connectedSamlSessions`. */
  samlSessions?: string;
  email?: string;
  /** Set the cookies on this domain (e.g. `example.test`) instead of host-only. */
  domain?: string;
}

export interface LoginResult {
  /** The login token (`st2.…`). */
  token: string;
  /** Expiry, unix seconds (also the value of `gltexp_<apiKey>`). */
  exp: number;
  /** The value of the `glt_<apiKey>` cookie: `<token>|UUID=<uuid>`. */
  cookie: string;
}

/** A request the emulator received: a logout POST or a SAML GET. */
export interface RecordedRequest {
  method: string;
  /** Path without the query, e.g. `/socialize.logout` or `/saml/v2.0/<apiKey>/sp/jsslo`. */
  path: string;
  /** Path and query. */
  url: string;
  contentType: string;
  /** The Origin header, or ''. */
  origin: string;
  /** The Cookie header, or ''. */
  cookie: string;
  /** The Host header: which server (`localhost:<port>`, `127.0.0.1:<port>`) got it. */
  host: string;
  /** Body fields of a POST, query parameters of a GET. */
  fields: Record<string, string>;
  /** Arrival time, ms since the epoch. */
  time: number;
}

let infoPromise: Promise<EmulatorInfo> | undefined;

async function call<T>(method: 'GET' | 'POST', route: string, body?: object): Promise<T> {
  const response = await fetch(`/__emulator/${route}`, {
    method,
    credentials: 'same-origin',
    headers: body ? { 'Content-Type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`emulator ${method} ${route}: HTTP ${response.status} ${text}`);
  return JSON.parse(text) as T;
}

/** Where the emulator is (fetched once per page). */
export function emulatorInfo(): Promise<EmulatorInfo> {
  infoPromise ??= call<EmulatorInfo>('GET', 'info').catch((error: unknown) => {
    infoPromise = undefined;
    throw error;
  });
  return infoPromise;
}

/** A fresh API key (`3_t…`), so this test's emulator state is its own. Works in insecure contexts. */
export function uniqueApiKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(9));
  return `3_t${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** How the next logout(s) of `apiKey` are answered: `times` queued answers, or sticky without `times`. */
export async function setAnswer(apiKey: string, answer: AnswerMode, times?: number): Promise<void> {
  await call('POST', 'answer', times === undefined ? { apiKey, answer } : { apiKey, answer, times });
}

/** The posture of the server behind `apiKey` from now on (logout answers and `GET /js/gigya.js`). */
export async function setPosture(apiKey: string, posture: Posture): Promise<void> {
  await call('POST', 'answer', { apiKey, posture });
}

/** Answers the next logout(s) of `apiKey` with a redirect (HTTP `status`) to `location`. */
export async function setRedirect(
  apiKey: string,
  answer: AnswerMode & `redirect${string}`,
  location: string,
  times?: number,
): Promise<void> {
  await call('POST', 'answer', { apiKey, answer, location, ...(times === undefined ? {} : { times }) });
}

/** How the SAML logout endpoints answer for `apiKey`. */
export async function setSamlAnswer(apiKey: string, saml: 'hang' | 'ok'): Promise<void> {
  await call('POST', 'answer', { apiKey, saml });
}

/** Creates a session; the browser stores its `glt_`/`gltexp_` cookies (same-origin fetch). */
export function login(apiKey: string, options: LoginOptions = {}): Promise<LoginResult> {
  return call<LoginResult>('POST', 'login', { apiKey, ...options });
}

/** The requests the emulator recorded for `apiKey`, in arrival order. */
export function requests(apiKey: string): Promise<RecordedRequest[]> {
  return call<RecordedRequest[]>('GET', `requests?apiKey=${encodeURIComponent(apiKey)}`);
}

/** The logout POSTs recorded for `apiKey`. */
export async function logoutRequests(apiKey: string): Promise<RecordedRequest[]> {
  return (await requests(apiKey)).filter((r) => r.path === '/socialize.logout');
}

/** Resolves once the emulator holds `count` requests of `apiKey` (they have arrived), with how many it holds. */
export async function heldRequests(apiKey: string, count = 1): Promise<number> {
  return (await call<{ held: number }>('POST', 'held', { apiKey, count })).held;
}

/** Lets requests held in `hold` mode go on; resolves with how many there were. */
export async function release(apiKey: string): Promise<number> {
  return (await call<{ released: number }>('POST', 'release', { apiKey })).released;
}

/** Forgets everything the emulator knows about `apiKey`. */
export async function resetKey(apiKey: string): Promise<void> {
  await call('POST', 'reset', { apiKey });
}

/**
 * Polls `requests(apiKey)` until `predicate` holds (or `timeout` ms pass), for requests that arrive
 * on their own (hidden SAML iframes).
 */
export async function waitForRequests(
  apiKey: string,
  predicate: (recorded: RecordedRequest[]) => boolean,
  timeout = 3000,
): Promise<RecordedRequest[]> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const recorded = await requests(apiKey);
    if (predicate(recorded) || Date.now() > deadline) return recorded;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * The two attempts of a logout of `apiKey` that the service never answers, waited for one by one as
 * the emulator saw them (the first, then the retry); both must carry `token`.
 */
export async function expectBothAttempts(apiKey: string, token: string): Promise<void> {
  const logouts = (recorded: RecordedRequest[]) => recorded.filter((r) => r.path === '/socialize.logout');
  const first = logouts(await waitForRequests(apiKey, (r) => logouts(r).length >= 1));
  expect(first[0]?.fields.login_token, 'the first attempt reached the emulator').to.equal(token);
  const both = logouts(await waitForRequests(apiKey, (r) => logouts(r).length >= 2));
  expect(
    both.map((r) => r.fields.login_token),
    'the retry reached the emulator',
  ).to.deep.equal([token, token]);
}

/**
 * Expires the `glt_`/`gltexp_` cookies of `apiKey` (host-only and on `domain` when given), so that
 * sessions made by a test do not pile up in the browser's cookie jar for later files.
 */
export function clearSessionCookies(apiKey: string, domain?: string): void {
  for (const name of [`glt_${apiKey}`, `gltexp_${apiKey}`]) {
    document.cookie = `${name}=; path=/; max-age=0`;
    if (domain) document.cookie = `${name}=; path=/; domain=${domain}; max-age=0`;
  }
}

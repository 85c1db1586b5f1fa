import { GENERAL_SERVER_ERROR, NETWORK_ERROR, REQUEST_TIMEOUT } from './errors.js';
import { hasOwn } from './page-globals.js';
import { localAnswer } from './response.js';
import type { Answer } from './types.js';
import { warn } from './console.js';

/**
 * A Gigya JSON body (an object with an own numeric `errorCode`), else 500001. A `confirmed` field is
 * the library's own word (an answer that could not be read), never the server's.
 */
export function parseAnswer(text: string, status: number): Answer {
  try {
    const body = JSON.parse(text);
    if (body && typeof body == 'object' && hasOwn.call(body, 'errorCode') && typeof body.errorCode == 'number') {
      delete body.confirmed;
      return body;
    }
  } catch {
    // not JSON: reported below
  }
  return localAnswer(GENERAL_SERVER_ERROR, `HTTP ${status}, not Gigya JSON`);
}

/**
 * Which credentials mode let this page read an origin's answer, for the life of the page:
 * `include` (the origin reflects it, with `Access-Control-Allow-Credentials`), or `omit` only
 * (`Access-Control-Allow-Origin: *`). Unknown origins try `include`, then `omit`.
 */
export const readableWith = new Map<string, RequestCredentials>();
let warned = false;

/**
 * One fetch: the answer when it could be read (a `no-cors` one: `{ errorCode: 0 }` when anything
 * answered), else why not: `'timeout'`, or what the rejection said.
 */
async function send(
  url: string,
  body: URLSearchParams,
  credentials: RequestCredentials,
  timeout: number,
  mode?: RequestMode,
): Promise<Answer | string> {
  const aborter = new AbortController();
  const timer = setTimeout(() => aborter.abort(), timeout);
  try {
    // no-cors is refused by Chromium unless redirects are followed: that request never holds the token.
    const response = await fetch(url, {
      method: 'POST',
      body,
      credentials,
      mode,
      redirect: mode ? 'follow' : 'manual',
      signal: aborter.signal,
    });
    if (mode) return { errorCode: 0 };
    if (response.type == 'opaqueredirect') return localAnswer(GENERAL_SERVER_ERROR, `${url}: redirect not followed`);
    return parseAnswer(await response.text(), response.status);
  } catch (error) {
    return aborter.signal.aborted ? 'timeout' : String(error);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * POSTs the form to `url` (docs/contract.md §2.2, §3.1). A request that got no answer is tried once
 * more; an answer, even an error, is final. Never throws; a redirect is never followed.
 *
 * Where the browser may not show the answer (CORS), it tells "delivered but unreadable" from "never
 * arrived": a first request with credentials that rejects is tried again without them (an origin that
 * answers `*` is readable so; the token is in the body, not in a cookie), and the mode that worked is
 * kept for the origin. When neither can be read, a `no-cors` request without the token (it follows
 * redirects) shows whether the origin answers at all: then the logout was sent but is not confirmed
 * (`errorCode` 0, `confirmed: false`), else it is a network failure. At most two requests carry the
 * token, both to `url`.
 */
export async function postForm(url: string, fields: Record<string, string>, timeout: number): Promise<Answer> {
  const origin = new URL(url).origin;
  const token = !!fields.login_token;
  const known = origin == location.origin ? 'include' : readableWith.get(origin);
  // Without the token only cookies say whose session it is: such a request always has credentials.
  const plan: RequestCredentials[] =
    known == 'omit' && token ? ['omit', 'omit'] : !known && token ? ['include', 'omit'] : ['include', 'include'];
  // Whether a rejection can be CORS: else it is a network failure, and needs no reachability check.
  const maybeCors = known != 'include' && !(known == 'omit' && token);
  let outcome: Answer | string = '';
  for (const credentials of plan) {
    outcome = await send(url, new URLSearchParams(fields), credentials, timeout);
    if (typeof outcome == 'object') {
      readableWith.set(origin, credentials);
      return outcome;
    }
  }
  if (outcome == 'timeout') return localAnswer(REQUEST_TIMEOUT, `${url}: no answer in ${timeout} ms`);
  const { login_token, loginTokenExp, ...tokenless } = fields;
  if (!maybeCors || typeof (await send(url, new URLSearchParams(tokenless), 'omit', timeout, 'no-cors')) == 'string')
    return localAnswer(NETWORK_ERROR, `${url}: ${outcome}`);
  const words = `${origin} can be reached but sends no CORS headers: the logout was sent, its answer not readable, so not confirmed. Fix: load gigya.js, or use an apiDomain that sends CORS headers`;
  if (!warned) warn(words);
  warned = true;
  return { errorCode: 0, confirmed: false, errorDetails: words };
}

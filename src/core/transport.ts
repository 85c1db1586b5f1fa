import { GENERAL_SERVER_ERROR, NETWORK_ERROR, REQUEST_TIMEOUT } from './errors.js';
import { hasOwn } from './page-globals.js';
import { localAnswer } from './response.js';
import type { Answer } from './types.js';

/** A Gigya JSON body (an object with an own numeric `errorCode`), else 500001. */
export function parseAnswer(text: string, status: number): Answer {
  try {
    const body = JSON.parse(text);
    if (body && typeof body == 'object' && hasOwn.call(body, 'errorCode') && typeof body.errorCode == 'number') return body;
  } catch {
    // not JSON: reported below
  }
  return localAnswer(GENERAL_SERVER_ERROR, `HTTP ${status}, not Gigya JSON`);
}

/**
 * POSTs the form to `url` with credentials. A request that got no answer (network failure, timeout)
 * is tried once more; an answer, even an error, is final. Never throws. A redirect is never followed
 * (the body holds the login token): one the page can see is an answer that is not Gigya JSON; a
 * cross-origin one without CORS headers is, to the page, a network failure.
 */
export async function postForm(url: string, fields: Record<string, string>, timeout: number): Promise<Answer> {
  for (let attempt = 1; ; attempt++) {
    const aborter = new AbortController();
    const timer = setTimeout(() => aborter.abort(), timeout);
    try {
      const response = await fetch(url, {
        method: 'POST',
        body: new URLSearchParams(fields),
        credentials: 'include',
        redirect: 'manual',
        signal: aborter.signal,
      });
      if (response.type == 'opaqueredirect') return localAnswer(GENERAL_SERVER_ERROR, `${url}: redirect not followed`);
      return parseAnswer(await response.text(), response.status);
    } catch (error) {
      if (attempt == 2)
        return aborter.signal.aborted
          ? localAnswer(REQUEST_TIMEOUT, `${url}: no answer in ${timeout} ms`)
          : localAnswer(NETWORK_ERROR, `${url}: ${error}`);
    } finally {
      clearTimeout(timer);
    }
  }
}

// `checkSite()` (docs/contract.md §2.6): what a site owner runs in their own browser, on their own page,
// to learn how a logout would go there. Without any login token: the REST origin gets a call it answers
// with an error (no token, no `authMode`), once with credentials, once without, once `no-cors`; the
// gigya.js host gets a `no-cors` GET. Only imported by who asks for it: not in the element's bundle.

import { officialSdk, sdkApiKey } from './gigya-js.js';
import { serviceOrigin } from './endpoint.js';
import { ownFields } from './page-globals.js';
import { core } from './shared-core.js';
import { sameSite } from './site.js';
import { parseAnswer } from './transport.js';
import type { Answer } from './types.js';
import { missingApiKey, validate } from './validation.js';
import { SDK_NAME } from './version.js';

/** Which site to check: as `socialize.logout` takes it (no Global Conf: the check says what it was given). */
export interface SiteCheckParams {
  apiKey: string;
  dataCenter?: string;
  apiDomain?: string;
  /** Milliseconds to wait for each request; default 15000. */
  timeout?: number;
}

/**
 * How the REST origin answers this page: `reflect` (readable with credentials), `wildcard` (readable
 * without credentials only), `none` (reached, not readable), `unreachable` (nothing answered).
 */
export type SitePosture = 'reflect' | 'wildcard' | 'none' | 'unreachable';

export interface SiteReport {
  /** 0 when the check ran; 400002/400006 (naming the field) when the params were not usable. */
  errorCode: number;
  errorDetails?: string;
  /** Where a logout on this page goes: the page's gigya.js, or REST. */
  route?: 'gigya.js' | 'rest';
  /** The REST origin (`https://socialize.<data center>` or the API domain). */
  origin?: string;
  posture?: SitePosture;
  /** The errorCode the service gave to the tokenless call, when it could be read. */
  serviceErrorCode?: number;
  /** The URL gigya.js is loaded from for this site, and whether it could be reached. */
  sdkUrl?: string;
  sdkReachable?: boolean;
  /** What to change, one sentence each; empty when nothing. */
  advice: string[];
  /** The whole report in plain words, to read or copy. */
  text: string;
}

const POSTURE_WORDS: Record<SitePosture, string> = {
  reflect: 'answers this page with CORS headers that allow credentials: a logout is read and confirmed, in one request.',
  wildcard:
    'answers with "Access-Control-Allow-Origin: *" and no credentials: a logout is confirmed (the first on a page takes one more request); one that only has cookies (alwaysSend) is sent but not confirmed.',
  none: 'can be reached but sends no CORS headers for this page: a logout is sent, the session here cleared, but the answer cannot be read, so it is not confirmed.',
  unreachable:
    'could not be reached from this browser (offline, a blocker, a firewall or the page’s Content-Security-Policy): a logout fails with 500026, the session here is still cleared.',
};

/** One request; the answer if it could be read, `true` when a no-cors one was answered, else why not. */
async function probe(url: string, init: RequestInit, timeout: number): Promise<Answer | true | string> {
  const aborter = new AbortController();
  const timer = setTimeout(() => aborter.abort(), timeout);
  try {
    const response = await fetch(url, { ...init, signal: aborter.signal });
    if (init.mode == 'no-cors') return true;
    if (response.type == 'opaqueredirect') return 'a redirect';
    return parseAnswer(await response.text(), response.status);
  } catch (error) {
    return aborter.signal.aborted ? `no answer in ${timeout} ms` : String(error);
  } finally {
    clearTimeout(timer);
  }
}

/** Checks how a logout would go on this page for the site `params` names, and says it in words. */
export async function checkSite(params: SiteCheckParams): Promise<SiteReport> {
  const given = ownFields(params, ['apiKey', 'dataCenter', 'apiDomain', 'timeout']).fields as unknown as SiteCheckParams;
  const invalid = given.apiKey ? validate(given) : missingApiKey();
  if (invalid)
    return { errorCode: invalid.errorCode, errorDetails: invalid.errorDetails, advice: [], text: `Not checked: ${invalid.errorDetails}.` };
  const { apiKey } = given;
  const timeout = Number(given.timeout ?? 15000);
  const page = location.origin;
  const origin = serviceOrigin(given, 'socialize');
  const url = `${origin}/socialize.logout`;
  const route = officialSdk(core.socialize.logout) && sameSite(apiKey, sdkApiKey()) ? 'gigya.js' : 'rest';

  const body = () => new URLSearchParams({ APIKey: apiKey, format: 'json', sdk: SDK_NAME });
  const post = (credentials: RequestCredentials, mode?: RequestMode) =>
    probe(url, { method: 'POST', body: body(), credentials, mode, redirect: mode ? 'follow' : 'manual' }, timeout);
  const withCredentials = await post('include');
  const without = typeof withCredentials == 'object' ? withCredentials : await post('omit');
  const read = typeof withCredentials == 'object' ? withCredentials : typeof without == 'object' ? without : undefined;
  const posture: SitePosture =
    typeof withCredentials == 'object'
      ? 'reflect'
      : typeof without == 'object'
        ? 'wildcard'
        : (await post('omit', 'no-cors')) === true
          ? 'none'
          : 'unreachable';

  const host = new URL(origin).host;
  const sdkUrl = `${host.startsWith('socialize.') ? `https://cdns.${host.slice(10)}` : origin}/js/gigya.js?apiKey=${apiKey}`;
  const sdkReachable = (await probe(sdkUrl, { mode: 'no-cors', credentials: 'omit' }, timeout)) === true;

  const advice: string[] = [];
  const code = read?.errorCode;
  if (code == 400093 || code == 301001)
    advice.push(`The service answered ${code} (${read!.errorMessage}): check the API key and its data center (a key belongs to one).`);
  if (posture == 'none')
    advice.push(
      `Load gigya.js on this page (a logout then goes through it), or serve the API from a custom API domain (apiDomain, a CNAME) that answers ${page} with "Access-Control-Allow-Origin: ${page}" and "Access-Control-Allow-Credentials: true".`,
    );
  if (posture == 'wildcard')
    advice.push(
      `For logouts with cookies only (alwaysSend), the API origin must answer ${page} with its origin and "Access-Control-Allow-Credentials: true".`,
    );
  if (posture == 'unreachable')
    advice.push(
      `Check the connection and the page's Content-Security-Policy ("connect-src ${origin}"); where ad or tracker blockers refuse Gigya's hosts, use a custom API domain (a CNAME on your own domain).`,
    );
  if (!sdkReachable)
    advice.push(
      `gigya.js cannot load from ${new URL(sdkUrl).host} in this browser: a custom API domain (a CNAME) serves it from your own domain.`,
    );

  const lines = [
    `Site check for API key ${apiKey} on ${page}`,
    route == 'gigya.js'
      ? 'Route: a logout here goes through the page’s gigya.js (it is loaded, for this API key).'
      : `Route: a logout here goes by REST to ${url} (no gigya.js for this API key on the page).`,
    `The REST origin ${origin} ${POSTURE_WORDS[posture]}`,
    read ? `Its answer to a call without a token: errorCode ${read.errorCode}${read.errorMessage ? ` (${read.errorMessage})` : ''}.` : '',
    `gigya.js (${sdkUrl}) ${sdkReachable ? 'can be reached' : 'could not be reached'} from this browser.`,
    advice.length ? `What to change:\n- ${advice.join('\n- ')}` : 'Nothing to change.',
  ];
  return {
    errorCode: 0,
    route,
    origin,
    posture,
    serviceErrorCode: code,
    sdkUrl,
    sdkReachable,
    advice,
    text: lines.filter(Boolean).join('\n'),
  };
}

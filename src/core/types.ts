/** Params of `socialize.logout`: gigya.js's own, plus where the call goes (each overrides Global Conf). */
export interface LogoutParams {
  /** Context ID for Gigya's reports; at most 100 characters. */
  cid?: string;
  /** `false`, `0`, `'false'` or `'0'` (any case) skip the Facebook/SAML logout; anything else keeps it. */
  forceProvidersLogout?: boolean | string | number;
  /** Passed back by reference in the response and the onLogout event; never sent. */
  context?: unknown;
  callback?: (response: LogoutResponse) => void;
  apiKey?: string;
  /** gigya.js's spelling of `apiKey`. */
  APIKey?: string;
  /** `us1` (default), `eu1`, `au1`, `ru1`, `cn1`, `il1`, `global`, or a full data center host. */
  dataCenter?: string;
  /** A custom API origin (`https://login.example.com`), used instead of the data center. */
  apiDomain?: string;
  /** Send the request even when no session cookie is visible (HttpOnly cookies on a custom domain). */
  alwaysSend?: boolean;
  /** Milliseconds to wait for each attempt; default 15000. */
  timeout?: number | string;
  /** Origins, besides the page's own, that `redirect-url` may lead to (Global Conf). */
  redirectOrigins?: string[];
  /** Global Conf `false` turns cross-tab logout off for this tab, sending and hearing (docs/contract.md §5). */
  crossTabLogout?: boolean;
  /** Given to onLogout as its `source` (an idle sign-out: `'idle'`, docs/contract.md §8); never sent. */
  source?: string;
}

/** What the callback, the promise and `gigya-logout-response` get. */
export interface LogoutResponse {
  /** 0 on success. */
  errorCode: number;
  /** `''` on success. */
  errorMessage: string;
  errorDetails?: string;
  callId: string;
  status: 'OK' | 'FAIL';
  statusMessage: string;
  operation: 'logout';
  /** The merged params of the call: a plain object with their own, validated fields only. */
  requestParams: LogoutParams;
  /** The call's `context`, by reference; `null` when none was given. */
  context: unknown;
  /**
   * `false` when the logout was sent and the session cleared here, but the service's answer could not
   * be read (it sends no CORS headers): `errorDetails` says so. Absent when the answer was read.
   */
  confirmed?: false;
  connectedProviders?: string;
  /** Every other field the server sent. */
  [field: string]: unknown;
}

/** The onLogout event, as gigya.js shapes it. */
export interface LogoutEvent {
  eventName: 'logout';
  fullEventName: 'logout';
  isGlobal: true;
  /** The site logged out of, when known (two sites on one page). */
  apiKey?: string;
  context?: unknown;
  /**
   * Who or what started it, when not a call here: `'other-tab'` for a logout in another tab (no `context`
   * then), `'idle'` for an idle sign-out, `'restored'` for a session that ended while the page was in the
   * back/forward cache.
   */
  source?: string;
  /** `false` when the service's answer could not be read (see {@link LogoutResponse.confirmed}). */
  confirmed?: false;
}

export type LogoutHandler = (event: LogoutEvent) => void;

export interface EventHandlersParams {
  onLogout?: LogoutHandler;
  /** Given to `onLogout` when the logout call had no context of its own. */
  context?: unknown;
  callback?: (response: { errorCode: number; errorMessage: string; operation: string }) => void;
}

/** The SDK object, with gigya.js's `socialize` shapes. */
export interface Socialize {
  logout(params?: LogoutParams): Promise<LogoutResponse>;
  addEventHandlers(params: EventHandlersParams): void;
  removeEventHandlers(params: Pick<EventHandlersParams, 'onLogout'>): void;
}

/** A server answer (or one made locally) before it is shaped into a {@link LogoutResponse}. */
export type Answer = { errorCode: number; errorMessage?: string; errorDetails?: string } & Record<string, unknown>;

/**
 * Who listens to logouts for the element layer: an `element` (hears other tabs' logouts of every
 * site, and checks its own) or the `document` (one per page, whichever copy of the library adds it).
 */
export type Scope = 'element' | 'document';

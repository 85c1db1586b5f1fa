import type { LogoutEvent, LogoutParams, LogoutResponse } from '../core/element-api.js';

/** Detail of `gigya-logout-request`: the merged params about to be used; changes to it take effect. */
export interface GigyaLogoutRequestDetail {
  params: LogoutParams;
}

export type GigyaLogoutRequestEvent = CustomEvent<GigyaLogoutRequestDetail>;
export type GigyaLogoutEvent = CustomEvent<LogoutEvent>;
export type GigyaLogoutResponseEvent = CustomEvent<LogoutResponse>;

/** Detail of `gigya-logout-idle-warning`: whole seconds until the idle sign-out. */
export interface GigyaLogoutIdleWarningDetail {
  secondsLeft: number;
}

export type GigyaLogoutIdleWarningEvent = CustomEvent<GigyaLogoutIdleWarningDetail>;
/** `gigya-logout-active`: the idle warning ended by activity; no detail. */
export type GigyaLogoutActiveEvent = CustomEvent<null>;

/** The names of this library's events, as typed in the event map. */
export type GigyaLogoutEventName = keyof GlobalEventHandlersEventMap & `gigya-logout${string}`;

/** What an event of this library carries, by name. */
export type DetailOf<K extends GigyaLogoutEventName> = GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

export interface EmitOptions {
  /** Whether a listener may cancel it (default false). */
  cancelable?: boolean;
  /** Whether it bubbles, and so also leaves shadow roots (composed); default true. */
  bubbles?: boolean;
}

/** Dispatches one of this library's events, its detail typed by the event map. Returns false when it was canceled. */
export const emit = <K extends GigyaLogoutEventName>(
  target: EventTarget,
  type: K,
  detail: DetailOf<K>,
  { cancelable = false, bubbles = true }: EmitOptions = {},
): boolean => target.dispatchEvent(new CustomEvent(type, { bubbles, composed: bubbles, cancelable, detail }));

declare global {
  interface GlobalEventHandlersEventMap {
    'gigya-logout-request': GigyaLogoutRequestEvent;
    'gigya-logout': GigyaLogoutEvent;
    'gigya-logout-response': GigyaLogoutResponseEvent;
    'gigya-logout-idle-warning': GigyaLogoutIdleWarningEvent;
    'gigya-logout-active': GigyaLogoutActiveEvent;
  }
}

import type { LogoutEvent, LogoutParams, LogoutResponse } from '../core/types.js';

/** Detail of `gigya-logout-request`: the merged params about to be used; changes to it take effect. */
export interface GigyaLogoutRequestDetail {
  params: LogoutParams;
}

export type GigyaLogoutRequestEvent = CustomEvent<GigyaLogoutRequestDetail>;
export type GigyaLogoutEvent = CustomEvent<LogoutEvent>;
export type GigyaLogoutResponseEvent = CustomEvent<LogoutResponse>;

/** Dispatches a CustomEvent; `bubbles` also makes it composed. Returns false when it was canceled. */
export const emit = (target: EventTarget, type: string, detail: unknown, cancelable = false, bubbles = true): boolean =>
  target.dispatchEvent(new CustomEvent(type, { bubbles, composed: bubbles, cancelable, detail }));

declare global {
  interface GlobalEventHandlersEventMap {
    'gigya-logout-request': GigyaLogoutRequestEvent;
    'gigya-logout': GigyaLogoutEvent;
    'gigya-logout-response': GigyaLogoutResponseEvent;
  }
}

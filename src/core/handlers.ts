import { callSafely } from './call-safely.js';
import { ownFields } from './page-globals.js';
import type { EventHandlersParams, LogoutEvent, LogoutHandler } from './types.js';

/** What a logout announcement says besides its name: whose context, who started it, which site. */
export interface LogoutDetails {
  /** The logout call's context (absent: each handler's own). */
  context?: unknown;
  source?: string;
  /** The site logged out of, when known. */
  apiKey?: string;
  /** `false`: sent, but the service's answer could not be read. */
  confirmed?: false;
}

/** The onLogout handler list, in registration order. */
export function createHandlers() {
  /** `anySite`: an element's relay, which hears other tabs' logouts of every site and checks its own. */
  let handlers: { onLogout: LogoutHandler; context: unknown; anySite?: boolean }[] = [];
  return {
    add(params?: EventHandlersParams, anySite?: boolean) {
      const { onLogout, context, callback } = ownFields(params, ['onLogout', 'context', 'callback']).fields as EventHandlersParams;
      if (typeof onLogout == 'function') handlers.push({ onLogout, context, anySite });
      callSafely(callback, { errorCode: 0, errorMessage: '', operation: 'addEventHandlers' });
    },
    remove(params?: EventHandlersParams) {
      const { onLogout } = ownFields(params, ['onLogout']).fields;
      handlers = handlers.filter((handler) => handler.onLogout !== onLogout);
    },
    /**
     * Each handler registered when the logout happened, once; `context` is the logout call's, else the
     * handler's own, else absent; `apiKey` when known. With `relaysOnly`, only the elements' relays hear it.
     */
    fire({ context: callContext, source, apiKey, confirmed }: LogoutDetails, relaysOnly?: boolean) {
      for (const handler of [...handlers]) {
        if (relaysOnly && !handler.anySite) continue;
        const event: LogoutEvent = { eventName: 'logout', fullEventName: 'logout', isGlobal: true };
        if (apiKey) event.apiKey = apiKey;
        const context = callContext ?? handler.context;
        if (context !== undefined) event.context = context;
        if (source) event.source = source;
        if (confirmed === false) event.confirmed = confirmed;
        callSafely(handler.onLogout, event);
      }
    },
  };
}

import { callSafely } from './console.js';
import { ownFields } from './page-globals.js';
import type { EventHandlersParams, LogoutEvent, LogoutHandler, Scope } from './types.js';

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
  /** `scope`: a listener of the element layer (types.ts `Scope`); absent for the page's own handlers. */
  let handlers: { onLogout: LogoutHandler; context: unknown; scope?: Scope }[] = [];
  return {
    add(params?: EventHandlersParams, scope?: Scope) {
      const { onLogout, context, callback } = ownFields(params, ['onLogout', 'context', 'callback']).fields as EventHandlersParams;
      if (typeof onLogout == 'function') handlers.push({ onLogout, context, scope });
      callSafely(callback, { errorCode: 0, errorMessage: '', operation: 'addEventHandlers' });
    },
    remove(params?: EventHandlersParams) {
      const { onLogout } = ownFields(params, ['onLogout']).fields;
      handlers = handlers.filter((handler) => handler.onLogout !== onLogout);
    },
    /**
     * Each handler registered when the logout happened, once; `context` is the logout call's, else the
     * handler's own, else absent; `apiKey` when known. With a `scope`, only the listeners of that scope hear it.
     */
    _fire({ context: callContext, source, apiKey, confirmed }: LogoutDetails, scope?: Scope) {
      for (const handler of [...handlers]) {
        if (scope && handler.scope != scope) continue;
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

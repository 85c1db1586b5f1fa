import type { EventHandlersParams, LogoutEvent, LogoutHandler } from './types.js';

/** Calls `fn` if it is a function; what it throws is reported and goes no further. */
export function callSafely<T>(fn: unknown, arg: T): void {
  try {
    if (typeof fn == 'function') fn(arg);
  } catch (error) {
    console.error(error);
  }
}

/** The onLogout handler list, in registration order. */
export function createHandlers() {
  /** `anySite`: an element's relay, which hears other tabs' logouts of every site and checks its own. */
  let handlers: { onLogout: LogoutHandler; context: unknown; anySite?: boolean }[] = [];
  return {
    add({ onLogout, context, callback }: EventHandlersParams = {}, anySite?: boolean) {
      if (typeof onLogout == 'function') handlers.push({ onLogout, context, anySite });
      callSafely(callback, { errorCode: 0, errorMessage: '', operation: 'addEventHandlers' });
    },
    remove({ onLogout }: EventHandlersParams = {}) {
      handlers = handlers.filter((handler) => handler.onLogout !== onLogout);
    },
    /**
     * Each handler registered when the logout happened, once; `context` is the logout call's, else the
     * handler's own, else absent. With `relaysOnly`, only the elements' relays hear it.
     */
    fire(callContext: unknown, source?: string, apiKey?: string, relaysOnly?: boolean) {
      for (const handler of [...handlers]) {
        if (relaysOnly && !handler.anySite) continue;
        const event: LogoutEvent = { eventName: 'logout', fullEventName: 'logout', isGlobal: true };
        const context = callContext ?? handler.context;
        if (context !== undefined) event.context = context;
        if (source) event.source = source;
        if (apiKey) event.apiKey = apiKey;
        callSafely(handler.onLogout, event);
      }
    },
  };
}

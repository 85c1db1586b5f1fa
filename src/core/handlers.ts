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
  let handlers: { onLogout: LogoutHandler; context: unknown }[] = [];
  return {
    add({ onLogout, context, callback }: EventHandlersParams = {}) {
      if (typeof onLogout == 'function') handlers.push({ onLogout, context });
      callSafely(callback, { errorCode: 0, errorMessage: '', operation: 'addEventHandlers' });
    },
    remove({ onLogout }: EventHandlersParams = {}) {
      handlers = handlers.filter((handler) => handler.onLogout !== onLogout);
    },
    /**
     * Each handler registered when the logout happened, once; `context` is the logout call's, else the
     * handler's own, else absent.
     */
    fire(callContext: unknown, source?: string) {
      for (const handler of [...handlers]) {
        const event: LogoutEvent = { eventName: 'logout', fullEventName: 'logout', isGlobal: true };
        const context = callContext ?? handler.context;
        if (context !== undefined) event.context = context;
        if (source) event.source = source;
        callSafely(handler.onLogout, event);
      }
    },
  };
}

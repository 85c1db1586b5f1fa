// A stand-in for the official gigya.js on `window.gigya`, with its public shapes (socialize.logout
// with a callback, addEventHandlers), as the bridge tests need it (docs/contract.md §3.3).

import type { LogoutEvent } from '../../src/core/types.js';
import { onCleanup } from './cleanup.js';
import { page } from './stubs.js';

export type LogoutCall = Record<string, unknown> & { callback: (response: unknown) => void };
export type Handler = (event: Partial<LogoutEvent>) => void;

export interface StandIn {
  logoutCalls: LogoutCall[];
  /** The onLogout handlers registered on it (the core's mirror). */
  handlers: Handler[];
  /**
   * How it answers: at once (after its handlers), after `ms`, with a given answer, or never; `source`
   * is what its handlers hear as the logout's source.
   */
  answer: { after?: number; never?: boolean; with?: Record<string, unknown>; source?: string };
  /** A logout gigya.js starts by itself (a screen-set, another widget): it fires its handlers. */
  logsOutByItself(source?: string): void;
}

/**
 * Puts a stand-in for gigya.js on the page as `window.gigya` (removed at cleanup); with `ownApiKey`,
 * it is loaded for that site (`gigya.thisScript.APIKey`, as gigya.js takes it from its script URL).
 */
export function installStandIn(answer: StandIn['answer'] = {}, ownApiKey?: string): StandIn {
  const standIn: StandIn = {
    logoutCalls: [],
    handlers: [],
    answer,
    logsOutByItself(source) {
      for (const handler of standIn.handlers) handler(source ? { eventName: 'logout', source } : { eventName: 'logout' });
    },
  };
  page.gigya = {
    socialize: {
      logout(params: LogoutCall) {
        standIn.logoutCalls.push(params);
        if (standIn.answer.never) return;
        const reply = standIn.answer.with ?? { errorCode: 0, errorMessage: '', callId: 'x', operation: '/socialize.logout' };
        if (reply.errorCode === 0) standIn.logsOutByItself(standIn.answer.source);
        if (standIn.answer.after === undefined) params.callback(reply);
        else setTimeout(() => params.callback(reply), standIn.answer.after);
      },
      addEventHandlers(params: { onLogout: Handler }) {
        standIn.handlers.push(params.onLogout);
      },
    },
    ...(ownApiKey ? { thisScript: { APIKey: ownApiKey } } : {}),
  };
  onCleanup(() => delete page.gigya);
  return standIn;
}

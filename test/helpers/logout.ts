// Driving the SDK core in a test: a logout that checks its own callback/promise contract, and
// onLogout recorders, each undone at cleanup.

import { expect } from '@open-wc/testing';
import { socialize } from '../../src/core/index.js';
import type { LogoutEvent, LogoutParams, LogoutResponse } from '../../src/core/types.js';
import { onCleanup } from './cleanup.js';
import { sleep } from './timing.js';

/** A callId: 32 lowercase hex digits. */
export const HEX32 = /^[0-9a-f]{32}$/;

export interface Started {
  /** The call's promise, for checks while it is pending (`expectPending`, `settledWithin`). */
  promise: Promise<LogoutResponse>;
  /** Every argument the callback got, in order. */
  callbacks: LogoutResponse[];
  /** How many times the promise resolved and rejected (read after it settled). */
  settled: { resolved: number; rejected: number };
  /**
   * Awaits the answer and checks, in the test, the callback/promise contract: the promise resolved
   * once, the callback ran once and got the promise's very object (also after a task, so that a second
   * callback queued behind the first fails). Every test that calls {@link start} awaits it.
   */
  answered(): Promise<LogoutResponse>;
}

/** Checks the callback/promise contract of a call that answered `response` (see Started.answered). */
function expectOnce(callbacks: LogoutResponse[], settled: Started['settled'], response: LogoutResponse): void {
  expect(settled, 'the promise resolves exactly once').to.deep.equal({ resolved: 1, rejected: 0 });
  expect(callbacks.length, 'callback calls').to.equal(1);
  expect(callbacks[0], 'the callback gets the promise value').to.equal(response);
}

/**
 * Calls `socialize.logout(params)` with a recording callback (wrapping the test's own `callback`, if
 * any). The test checks the answer with `await call.answered()`. A callback that comes after that
 * check (a late second one, after a retry or a timer) cannot be reported by the test any more: cleanup
 * fails on it then, as it does on a call whose test never awaited `answered()` (a test that forgot it).
 */
export function start(params: LogoutParams = {}): Started {
  const callbacks: LogoutResponse[] = [];
  const settled = { resolved: 0, rejected: 0 };
  const own = params.callback;
  const promise = socialize.logout({
    ...params,
    callback: (response) => {
      callbacks.push(response);
      own?.(response);
    },
  });
  promise.then(
    () => settled.resolved++,
    () => settled.rejected++,
  );
  let checked = false;
  const answered = async () => {
    const response = await promise;
    await sleep(0);
    expectOnce(callbacks, settled, response);
    checked = true;
    return response;
  };
  onCleanup(() => {
    if (!checked) throw new Error('start(): the test did not await call.answered()');
    if (callbacks.length !== 1) throw new Error(`start(): ${callbacks.length} callbacks, the last after the test's check`);
  });
  return { promise, callbacks, settled, answered };
}

/** {@link start}, answered: the contract is checked before it returns. */
export const logout = (params: LogoutParams = {}): Promise<LogoutResponse> => start(params).answered();

/** Registers any onLogout handler for the test (removed at cleanup). */
export function addHandler(onLogout: (event: LogoutEvent) => void, context?: unknown): void {
  socialize.addEventHandlers(context === undefined ? { onLogout } : { onLogout, context });
  onCleanup(() => socialize.removeEventHandlers({ onLogout }));
}

/** Registers an onLogout handler that records its events (removed at cleanup). */
export function recordLogouts(context?: unknown): LogoutEvent[] {
  const events: LogoutEvent[] = [];
  addHandler((event) => events.push(event), context);
  return events;
}

/** The fields every response has (docs/contract.md §2.3), sorted, with `extra` ones (the server's). */
export const responseFields = (...extra: string[]): string[] =>
  ['callId', 'context', 'errorCode', 'errorMessage', 'operation', 'requestParams', 'status', 'statusMessage', ...extra].sort();

/** What a successful response says. */
export const SUCCESS = { errorCode: 0, errorMessage: '', status: 'OK', statusMessage: '', operation: 'logout' } as const;

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
  promise: Promise<LogoutResponse>;
  /** Every argument the callback got, in order. */
  callbacks: LogoutResponse[];
  /** How many times the promise resolved and rejected (read after it settled). */
  settled: { resolved: number; rejected: number };
}

/**
 * Calls `socialize.logout(params)` with a recording callback (wrapping the test's own `callback`, if
 * any). At cleanup it checks that the callback ran exactly once and the promise resolved once with
 * the callback's very object, so a late second callback (after a retry, a timer…) also fails the test.
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
  let value: LogoutResponse | undefined;
  const done = promise.then(
    (response) => {
      settled.resolved++;
      value = response;
    },
    () => settled.rejected++,
  );
  onCleanup(async () => {
    await Promise.race([done, sleep(3000)]);
    expect(settled, 'the promise resolves exactly once').to.deep.equal({ resolved: 1, rejected: 0 });
    expect(callbacks.length, 'callback calls').to.equal(1);
    expect(callbacks[0], 'the callback gets the promise value').to.equal(value);
  });
  return { promise, callbacks, settled };
}

/** {@link start}, awaited, with the once-and-same-object checks done right away too. */
export async function logout(params: LogoutParams = {}): Promise<LogoutResponse> {
  const { promise, callbacks, settled } = start(params);
  const response = await promise;
  expect(callbacks.length, 'callback calls').to.equal(1);
  expect(callbacks[0], 'the callback gets the promise value').to.equal(response);
  await Promise.resolve();
  expect(settled).to.deep.equal({ resolved: 1, rejected: 0 });
  return response;
}

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

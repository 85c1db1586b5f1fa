// Waiting on promises without waiting for time where it can be helped: a test that checks that
// something is still pending has to give it a moment, and says how long.

import { expect } from '@open-wc/testing';

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The next task: what the current one and its microtasks scheduled has run. */
export const nextTask = (): Promise<void> => sleep(0);

/** Resolves after at most `ms`: 'pending' when `promise` has not settled by then, else 'settled'. */
export function settledWithin(promise: Promise<unknown>, ms: number): Promise<'settled' | 'pending'> {
  return Promise.race([
    promise.then(
      () => 'settled' as const,
      () => 'settled' as const,
    ),
    sleep(ms).then(() => 'pending' as const),
  ]);
}

/** Fails unless `promise` is still pending after `ms`. */
export async function expectPending(promise: Promise<unknown>, ms: number): Promise<void> {
  expect(await settledWithin(promise, ms), 'still pending').to.equal('pending');
}

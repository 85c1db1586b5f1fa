// within: a promise or a fallback after a time, with no timer left behind. A pure function.

import { expect } from '@open-wc/testing';
import { within } from '../../src/core/within.js';

describe('core: within', () => {
  it('the work, when it settles first', async () => {
    expect(await within(Promise.resolve('done'), 1000, 'late')).to.equal('done');
  });

  it('the fallback (undefined by default) when the time passes first', async () => {
    const never = new Promise<string>(() => {});
    expect(await within(never, 1, 'late')).to.equal('late');
    expect(await within(never, 1)).to.equal(undefined);
  });

  it("the work's rejection passes through", async () => {
    const error = new Error('failed');
    const outcome = await within(Promise.reject(error), 1000, 'late').then(
      () => 'resolved',
      (reason: unknown) => reason,
    );
    expect(outcome === error).to.equal(true);
  });

  it('clears its timer once the work settles', async () => {
    const cleared: unknown[] = [];
    const original = window.clearTimeout;
    window.clearTimeout = ((id?: number) => {
      cleared.push(id);
      original(id);
    }) as typeof window.clearTimeout;
    try {
      await within(Promise.resolve(1), 60000);
    } finally {
      window.clearTimeout = original;
    }
    expect(cleared).to.have.length(1);
    expect(cleared[0]).not.to.equal(undefined);
  });
});

// callSafely: a page's callback or handler that throws is reported and goes no further.

import { expect } from '@open-wc/testing';
import { callSafely } from '../../src/core/call-safely.js';
import { cleanup } from '../helpers/cleanup.js';
import { stubConsoleError } from '../helpers/stubs.js';

describe('core: callSafely', () => {
  afterEach(cleanup);

  it('calls a function with the argument', () => {
    const got: unknown[] = [];
    callSafely((arg: unknown) => got.push(arg), 'x');
    expect(got).to.deep.equal(['x']);
  });

  it('ignores what is not a function', () => {
    const errors = stubConsoleError();
    for (const value of [undefined, null, 'f', {}]) callSafely(value, 1);
    expect(errors).to.deep.equal([]);
  });

  it('reports what the function throws on console.error and throws nothing', () => {
    const errors = stubConsoleError();
    const error = new Error('page bug');
    expect(() =>
      callSafely(() => {
        throw error;
      }, 1),
    ).not.to.throw();
    expect(errors).to.have.length(1);
    expect(errors[0][0] === error).to.equal(true);
  });
});

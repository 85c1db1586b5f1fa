// What the library says on the console: its warnings have one prefix; a page's callback or handler
// that throws is reported (callSafely) and goes no further.

import { expect } from '@open-wc/testing';
import { callSafely, warn } from '../../src/core/console.js';
import { cleanup } from '../helpers/cleanup.js';
import { stubConsoleError, stubConsoleWarn } from '../helpers/stubs.js';

describe('core: warn', () => {
  afterEach(cleanup);

  it("says 'gigya-logout: ' and the message, once, as one argument", () => {
    const warnings = stubConsoleWarn();
    warn('something was ignored');
    expect(warnings).to.deep.equal([['gigya-logout: something was ignored']]);
  });
});

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

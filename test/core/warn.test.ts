// The library's console warnings have one prefix.

import { expect } from '@open-wc/testing';
import { warn } from '../../src/core/warn.js';
import { cleanup } from '../helpers/cleanup.js';
import { stubConsoleWarn } from '../helpers/stubs.js';

describe('core: warn', () => {
  afterEach(cleanup);

  it("says 'gigya-logout: ' and the message, once, as one argument", () => {
    const warnings = stubConsoleWarn();
    warn('something was ignored');
    expect(warnings).to.deep.equal([['gigya-logout: something was ignored']]);
  });
});

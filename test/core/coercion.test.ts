// Coercion of param values (docs/contract.md §2.1): what turns provider logout off, and the
// time each attempt gets. Pure functions.

import { expect } from '@open-wc/testing';
import { isOff, timeoutOf } from '../../src/core/coercion.js';

describe('core: isOff', () => {
  it('false, 0, "false" and "0" in any case are off', () => {
    for (const value of [false, 0, 'false', '0', 'FALSE', 'False']) expect(isOff(value), String(value)).to.equal(true);
  });

  it('anything else is on: true, 1, "", "no", "off", undefined, null', () => {
    for (const value of [true, 1, '', 'no', 'off', undefined, null, ' false']) expect(isOff(value), String(value)).to.equal(false);
  });
});

describe('core: timeoutOf', () => {
  it('15000 ms by default; a number or a numeric string as given', () => {
    expect(timeoutOf({})).to.equal(15000);
    expect(timeoutOf({ timeout: 2000 })).to.equal(2000);
    expect(timeoutOf({ timeout: '2500' })).to.equal(2500);
  });

  it('at most what a timer can wait (2^31 - 1 ms), so a huge timeout does not fire at once', () => {
    expect(timeoutOf({ timeout: 1e12 })).to.equal(2 ** 31 - 1);
  });
});

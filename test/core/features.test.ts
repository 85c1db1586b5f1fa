// The features of the shared core (docs/contract.md §1): the list a copy of
// another version checks; the core this page made reports it.

import { expect } from '@open-wc/testing';
import { FEATURES } from '../../src/core/features.js';
import { core } from '../../src/core/shared-core.js';

describe('core: features', () => {
  it('one name per feature, none twice', () => {
    expect(new Set(FEATURES).size).to.equal(FEATURES.length);
    for (const feature of FEATURES) expect(feature).to.match(/^[a-z]+(-[a-z]+)*$/);
  });

  it('the core made by this copy reports exactly these features', () => {
    expect([...core.features]).to.deep.equal([...FEATURES]);
  });
});

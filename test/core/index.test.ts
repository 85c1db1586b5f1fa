// `gigya-logout/core`: the framework-free entry exports the page's shared socialize and the site check, and loading it
// defines no element.

import { expect } from '@open-wc/testing';
import * as entry from '../../src/core/index.js';
import { core } from '../../src/core/shared-core.js';

describe('core: the gigya-logout/core entry', () => {
  it("exports socialize (the shared core's) and checkSite, and nothing else at run time", () => {
    expect(Object.keys(entry)).to.deep.equal(['checkSite', 'socialize']);
    expect(entry.checkSite).to.be.a('function');
    expect(entry.socialize === core.socialize).to.equal(true);
    expect(Object.keys(entry.socialize).sort()).to.deep.equal(['addEventHandlers', 'logout', 'removeEventHandlers']);
  });

  it('defines no element', () => {
    expect(customElements.get('gigya-logout')).to.equal(undefined);
  });
});

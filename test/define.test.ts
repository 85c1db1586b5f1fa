// src/define.ts (docs/contract.md §1, §5): importing the package defines `gigya-logout` as the class, once
// however many copies load (the guarded define), and `document` hears one bubbling `gigya-logout` per
// logout (one document relay per page).

import { expect } from '@open-wc/testing';
import '../src/index.js';
import { GigyaLogout, socialize } from '../src/index.js';
import { logoutRequests } from './helpers/emulator.js';
import { cleanup, onCleanup } from './helpers/cleanup.js';
import { place, record } from './helpers/element.js';
import { signedIn } from './helpers/session.js';

type ElementModule = typeof import('../src/gigya-logout.js');

describe('define: <gigya-logout> on the page', () => {
  afterEach(cleanup);

  it('importing it defines gigya-logout as GigyaLogout', () => {
    expect(customElements.get('gigya-logout') === GigyaLogout).to.equal(true);
    expect(document.createElement('gigya-logout') instanceof GigyaLogout, 'an upgraded GigyaLogout').to.equal(true);
  });

  it('a second copy of the module loads without error, defines nothing, and shares the core', async () => {
    const { apiKey, info } = await signedIn();
    const defined: string[] = [];
    const define = customElements.define;
    customElements.define = function (this: CustomElementRegistry, name, ...rest) {
      defined.push(name);
      return define.call(this, name, ...rest);
    };
    onCleanup(() => {
      customElements.define = define;
    });
    const errors = record(window, 'error');
    // A second copy of the class module, and of the module that defines the tag (it imports the first copy's class).
    const specifier = '../src/gigya-logout.ts?copy=2';
    const copy = (await import(specifier)) as ElementModule;
    const defineAgain = '../src/define.ts?copy=2';
    await import(defineAgain);
    customElements.define = define;

    expect(defined).to.deep.equal([]);
    expect(errors).to.have.length(0);
    expect(copy.GigyaLogout === GigyaLogout, 'a distinct module instance').to.equal(false);
    expect(customElements.get('gigya-logout') === GigyaLogout, 'the first definition stays').to.equal(true);

    // Its class, under another name, hears logouts made through this copy's core: one core per page.
    customElements.define('gigya-logout-copy', copy.GigyaLogout);
    const other = place(document.createElement('gigya-logout-copy'));
    const onOther = record(other, 'gigya-logout');
    const onDocument = record(document, 'gigya-logout');
    expect((await socialize.logout({ apiKey, apiDomain: info.origin })).errorCode).to.equal(0);
    expect(onOther).to.have.length(1);
    expect(onDocument).to.have.length(1); // the document relay was not registered twice
    expect(await logoutRequests(apiKey)).to.have.length(1);
  });
});

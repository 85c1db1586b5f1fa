// Proves the second-tab helper (test/helpers/second-tab.ts): a same-origin popup that loads its own
// copies of the library, shares BroadcastChannel and cookies with the test page, and reports back.

import { expect } from '@open-wc/testing';
import { collector, openSecondTab, type SecondTab } from './helpers/second-tab.js';

describe('test infrastructure: a second tab', () => {
  let tab: SecondTab | undefined;
  afterEach(() => tab?.close());

  it('opens a same-origin window of its own with its own copy of the library', async () => {
    tab = await openSecondTab();
    expect(tab.window.location.origin).to.equal(location.origin);
    expect(tab.window !== window, 'another window').to.equal(true);
    expect(tab.window.opener === window, 'opened by the test page').to.equal(true);
    expect(tab.libs).to.have.length(1);
    expect(typeof tab.libs[0].socialize.logout).to.equal('function');
    expect(tab.window.customElements.get('gigya-logout') === tab.libs[0].GigyaLogout, 'its own element class').to.equal(true);
    const core = Symbol.for('gigya-logout.core');
    const own = (tab.window as unknown as Record<symbol, unknown>)[core];
    expect(own !== (window as unknown as Record<symbol, unknown>)[core], 'its own shared core').to.equal(true);
  });

  it('loads the bundle copy after the ES modules: two copies, one core', async () => {
    tab = await openSecondTab({ load: ['src', 'bundle'] });
    const [src, bundle] = tab.libs;
    expect(src.GigyaLogout !== bundle.GigyaLogout, 'two module instances').to.equal(true);
    expect(src.socialize === bundle.socialize, 'one core').to.equal(true);
  });

  it('sets Global Conf before the library loads', async () => {
    tab = await openSecondTab({ conf: { apiKey: '3_tab', crossTabLogout: false } });
    expect((tab.window as unknown as { __gigyaConf: unknown }).__gigyaConf).to.deep.equal({ apiKey: '3_tab', crossTabLogout: false });
  });

  it('loads the gigya.js stand-in first when asked', async () => {
    tab = await openSecondTab({ gigya: true });
    expect(typeof (tab.window as unknown as { gigya?: { socialize?: unknown } }).gigya?.socialize).to.equal('object');
  });

  it('shares a BroadcastChannel with the test page, both ways', async () => {
    tab = await openSecondTab();
    const name = `probe-${Math.random()}`;
    const here = new BroadcastChannel(name);
    const there = new tab.window.BroadcastChannel(name);
    const heardThere = collector<unknown>();
    const heardHere = collector<unknown>();
    there.onmessage = (event) => heardThere.push(event.data);
    here.onmessage = (event) => heardHere.push(event.data);
    here.postMessage('to the tab');
    expect(await heardThere.until((items) => items.length > 0)).to.deep.equal(['to the tab']);
    there.postMessage('to the page');
    expect(await heardHere.until((items) => items.length > 0)).to.deep.equal(['to the page']);
    here.close();
    there.close();
  });
});

// docs/contract.md §9, the back/forward cache check alone (src/core/restore.ts), with the page
// transition events dispatched here; test/node/bfcache.test.mjs restores a real page from the cache.

import { expect } from '@open-wc/testing';
import { watchRestore } from '../../src/core/restore.js';
import { login } from '../helpers/emulator.js';
import { cleanup } from '../helpers/cleanup.js';
import { recordLogouts } from '../helpers/logout.js';
import { expireCookie, freshKey } from '../helpers/session.js';

const hide = () => window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
const show = () => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));

describe('back/forward cache: a session that ended while the page was frozen', () => {
  afterEach(cleanup);

  it('each site whose glt_ cookie went between pagehide and pageshow, once; a session still there, nothing', async () => {
    const [gone, kept] = [freshKey(), freshKey()];
    await login(gone);
    await login(kept);
    const ended: string[] = [];
    watchRestore((apiKey) => ended.push(apiKey));
    hide();
    expireCookie(`glt_${gone}`);
    show();
    expect(ended).to.deep.equal([gone]);
    show(); // once
    hide();
    show();
    expect(ended).to.deep.equal([gone]);
  });

  it('a cookie with no API key in its name, or an empty session cookie, is no session', async () => {
    const apiKey = freshKey();
    const ended: string[] = [];
    document.cookie = 'glt_=x; path=/';
    document.cookie = `glt_${apiKey}=; path=/`;
    watchRestore((key) => ended.push(key));
    hide();
    expireCookie('glt_');
    expireCookie(`glt_${apiKey}`);
    show();
    expect(ended).to.deep.equal([]);
  });

  it("the core announces it to onLogout handlers with source 'restored' and the site's API key", async () => {
    const apiKey = freshKey();
    await login(apiKey);
    const events = recordLogouts(); // a first use: the core listens from now on
    hide();
    expireCookie(`glt_${apiKey}`);
    show();
    expect(events).to.deep.equal([{ eventName: 'logout', fullEventName: 'logout', isGlobal: true, source: 'restored', apiKey }]);
  });
});

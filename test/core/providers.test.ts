// docs/contract.md §3.2: after a successful logout the core logs out of the providers the answer names
// (connectedProviders, samlContext + connectedSamlSessions) and waits for them before answering,
// unless forceProvidersLogout is off. The slow caps (5 s / 10 s) are in providers.caps.test.ts.

import { expect } from '@open-wc/testing';
import { login, requests } from '../helpers/emulator.js';
import type { LogoutParams } from '../../src/core/types.js';
import { onCleanup } from '../helpers/cleanup.js';
import { addHandler, logout, recordLogouts } from '../helpers/logout.js';
import { freshKey, sessionCookiesLeft } from '../helpers/session.js';
import { page } from '../helpers/stubs.js';
import { sleep } from '../helpers/timing.js';
import { setup } from '../helpers/setup.js';

/** A stand-in for the Facebook JS SDK: records each FB.logout into `log` and answers like FB. */
function fakeFacebook(log: string[]): { calls: number } {
  const fb = { calls: 0 };
  page.FB = {
    logout(done: (response: unknown) => void) {
      fb.calls++;
      log.push('FB.logout');
      setTimeout(() => done({ status: 'unknown' }), 20);
    },
  };
  onCleanup(() => delete page.FB);
  return fb;
}

const iframeCount = () => document.querySelectorAll('iframe').length;

describe('core: provider logout', () => {
  const info = setup();

  it('facebook: FB.logout is called, and answered, before the callback and onLogout', async () => {
    const apiKey = freshKey();
    await login(apiKey, { providers: 'facebook' });
    const log: string[] = [];
    const fb = fakeFacebook(log);
    const events = recordLogouts();
    addHandler(() => log.push('onLogout'));

    const response = await logout({ apiKey, apiDomain: info.origin, callback: () => log.push('callback') });

    expect(response).to.include({ errorCode: 0, connectedProviders: 'facebook' });
    expect(fb.calls).to.equal(1);
    expect(log).to.deep.equal(['FB.logout', 'onLogout', 'callback']);
    expect(events).to.have.length(1);
    expect(sessionCookiesLeft(apiKey)).to.deep.equal([]);
  });

  it('facebook connected but no Facebook SDK on the page: a plain success', async () => {
    const apiKey = freshKey();
    await login(apiKey, { providers: 'facebook' });
    const events = recordLogouts();
    const frames = iframeCount();

    // Nothing to wait for: an answer within the test's own 5 s (no raised Mocha timeout) means the
    // 5 s cap on waiting for providers was not waited out (its timer would start after the answer
    // arrived, later than the test's own).
    const response = await logout({ apiKey, apiDomain: info.origin });

    expect(response).to.include({ errorCode: 0, connectedProviders: 'facebook' });
    expect(iframeCount(), 'no SAML iframe').to.equal(frames);
    expect(events).to.have.length(1);
  });

  it('saml-idp1: a hidden iframe GETs <fidm>/saml/v2.0/<key>/sp/jsslo?name=idp1, before the answer; the iframe is removed', async () => {
    const apiKey = freshKey();
    await login(apiKey, { providers: 'saml-idp1' });
    const events = recordLogouts();
    const frames = iframeCount();

    const response = await logout({ apiKey, apiDomain: info.origin });

    expect(response).to.include({ errorCode: 0, connectedProviders: 'saml-idp1' });
    const saml = (await requests(apiKey)).filter((r) => r.method === 'GET');
    expect(saml.map((r) => r.url)).to.deep.equal([`/saml/v2.0/${apiKey}/sp/jsslo?name=idp1`]);
    expect(saml[0].fields).to.deep.equal({ name: 'idp1' });
    expect(iframeCount()).to.equal(frames);
    expect(events).to.have.length(1);
    expect(sessionCookiesLeft(apiKey)).to.deep.equal([]);
  });

  it('samlContext with sessions s1,s2: one GET per session to /idp/slo/continue/, before the answer; iframes removed', async () => {
    const apiKey = freshKey();
    await login(apiKey, { samlContext: 'ctx 1&2', samlSessions: 's1,s2' });
    const frames = iframeCount();

    const response = await logout({ apiKey, apiDomain: info.origin });

    expect(response).to.include({ errorCode: 0, samlContext: 'ctx 1&2', connectedSamlSessions: 's1,s2' });
    const saml = (await requests(apiKey)).filter((r) => r.method === 'GET');
    expect(saml.map((r) => r.path)).to.deep.equal([`/saml/v2.0/${apiKey}/idp/slo/continue/`, `/saml/v2.0/${apiKey}/idp/slo/continue/`]);
    expect(saml.map((r) => r.fields)).to.have.deep.members([
      { samlContext: 'ctx 1&2', samlSession: 's1' },
      { samlContext: 'ctx 1&2', samlSession: 's2' },
    ]);
    expect(iframeCount()).to.equal(frames);
  });

  it('the SAML iframes go to the apiDomain (fidm) origin: the cross origin here', async () => {
    const apiKey = freshKey();
    await login(apiKey, { providers: 'saml-idp2' });

    expect((await logout({ apiKey, apiDomain: info.crossOrigin })).errorCode).to.equal(0);

    const saml = (await requests(apiKey)).filter((r) => r.method === 'GET');
    expect(saml.map((r) => r.url)).to.deep.equal([`/saml/v2.0/${apiKey}/sp/jsslo?name=idp2`]);
  });

  for (const off of [false, '0'] as LogoutParams['forceProvidersLogout'][]) {
    it(`forceProvidersLogout: ${JSON.stringify(off)} skips Facebook and SAML`, async () => {
      const apiKey = freshKey();
      await login(apiKey, { providers: 'facebook,saml-idp1', samlContext: 'ctx', samlSessions: 's1' });
      const fb = fakeFacebook([]);
      const events = recordLogouts();
      const frames = iframeCount();

      const response = await logout({ apiKey, apiDomain: info.origin, forceProvidersLogout: off });

      expect(response).to.include({ errorCode: 0, connectedProviders: 'facebook,saml-idp1' });
      expect(iframeCount()).to.equal(frames);
      await sleep(300);
      expect(fb.calls).to.equal(0);
      expect((await requests(apiKey)).map((r) => r.path)).to.deep.equal(['/socialize.logout']);
      expect(events).to.have.length(1);
      expect(sessionCookiesLeft(apiKey)).to.deep.equal([]);
    });
  }
});

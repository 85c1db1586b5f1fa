// docs/contract.md §2.2 step 5: the wait for provider logout is capped, at 5 s (10 s when SAML is involved), so a
// Facebook SDK that never calls back or a SAML endpoint that never answers cannot hold the logout.
// A file of its own: these two tests take 15 s and run beside the other files.

import { expect } from '@open-wc/testing';
import { emulatorInfo, login, requests, setSamlAnswer } from '../helpers/emulator.js';
import { cleanup, onCleanup } from '../helpers/cleanup.js';
import { logout, recordLogouts } from '../helpers/logout.js';
import { freshKey, sessionCookiesLeft } from '../helpers/session.js';
import { page } from '../helpers/stubs.js';

describe('core: provider logout caps', () => {
  afterEach(cleanup);

  it('FB.logout that never calls back: the logout still answers after about 5 s', async function () {
    this.timeout(12000);
    const { origin } = await emulatorInfo();
    const apiKey = freshKey();
    await login(apiKey, { providers: 'facebook' });
    let fbCalls = 0;
    page.FB = { logout: () => void fbCalls++ };
    onCleanup(() => delete page.FB);
    const events = recordLogouts();

    const started = performance.now();
    const response = await logout({ apiKey, apiDomain: origin });
    const elapsed = performance.now() - started;

    expect(response).to.include({ errorCode: 0, status: 'OK', connectedProviders: 'facebook' });
    expect(fbCalls).to.equal(1);
    expect(elapsed).to.be.at.least(4900).and.below(8000);
    expect(events).to.have.length(1);
    expect(sessionCookiesLeft(apiKey)).to.deep.equal([]);
  });

  it('SAML endpoints that never answer: the logout answers after about 10 s, the iframes removed', async function () {
    this.timeout(16000);
    const { origin } = await emulatorInfo();
    const apiKey = freshKey();
    await login(apiKey, { providers: 'saml-idp1', samlContext: 'ctx', samlSessions: 's1' });
    await setSamlAnswer(apiKey, 'hang');
    const events = recordLogouts();
    const frames = document.querySelectorAll('iframe').length;

    const started = performance.now();
    const response = await logout({ apiKey, apiDomain: origin });
    const elapsed = performance.now() - started;

    expect(response).to.include({ errorCode: 0, status: 'OK', connectedProviders: 'saml-idp1' });
    expect(elapsed).to.be.at.least(9900).and.below(13000);
    expect(document.querySelectorAll('iframe').length).to.equal(frames);
    const saml = (await requests(apiKey)).filter((r) => r.method === 'GET');
    expect(saml.map((r) => r.fields)).to.have.deep.members([{ name: 'idp1' }, { samlContext: 'ctx', samlSession: 's1' }]);
    expect(events).to.have.length(1);
    expect(sessionCookiesLeft(apiKey)).to.deep.equal([]);
  });
});

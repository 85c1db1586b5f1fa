// docs/contract.md §2.2 step 5: the wait for provider logout is capped, at 5 s (10 s when SAML is involved), so a
// Facebook SDK that never calls back or a SAML endpoint that never answers cannot hold the logout.
// A file of its own: these two tests take 15 s and run beside the other files.
//
// "No longer than the cap" is checked without reading the clock: a timer of the cap's length is
// started right after the core started its own (a microtask after it, in the same task). HTML runs a
// page's timers of equal or shorter timeout in the order they were started, so the core's fires
// first however busy the machine, and the answer (promise callbacks only, from there) comes before
// ours. Had the core waited longer (the other cap, or no cap), ours would fire first.

import { expect } from '@open-wc/testing';
import { emulatorInfo, login, requests, setSamlAnswer } from '../helpers/emulator.js';
import { cleanup, onCleanup } from '../helpers/cleanup.js';
import { recordLogouts, start } from '../helpers/logout.js';
import { freshKey, sessionCookiesLeft } from '../helpers/session.js';
import { page } from '../helpers/stubs.js';
import { settledWithin } from '../helpers/timing.js';

describe('core: provider logout caps', () => {
  afterEach(cleanup);

  it('FB.logout that never calls back: the logout still answers after about 5 s', async function () {
    this.timeout(12000);
    const { origin } = await emulatorInfo();
    const apiKey = freshKey();
    await login(apiKey, { providers: 'facebook' });
    let fbCalls = 0;
    let beforeOurs: Promise<'settled' | 'pending'> | undefined;
    page.FB = {
      logout: () => {
        fbCalls++;
        // The core starts its cap right after this returns.
        queueMicrotask(() => (beforeOurs = settledWithin(call.promise, 5000)));
      },
    };
    onCleanup(() => delete page.FB);
    const events = recordLogouts();

    const started = performance.now();
    const call = start({ apiKey, apiDomain: origin });
    const response = await call.answered();
    const elapsed = performance.now() - started;

    expect(response).to.include({ errorCode: 0, status: 'OK', connectedProviders: 'facebook' });
    expect(fbCalls).to.equal(1);
    expect(elapsed, 'waited for FB.logout').to.be.at.least(4900);
    expect(await beforeOurs, 'answered before a 5 s timer started after the core’s cap').to.equal('settled');
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
    let beforeOurs: Promise<'settled' | 'pending'> | undefined;
    // The core starts its cap right after it appends the SAML iframes; this observer runs a microtask later.
    const observer = new MutationObserver((records) => {
      const iframes = records.some((record) => [...record.addedNodes].some((node) => node instanceof HTMLIFrameElement));
      if (iframes) beforeOurs ??= settledWithin(call.promise, 10000);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
    onCleanup(() => observer.disconnect());

    const started = performance.now();
    const call = start({ apiKey, apiDomain: origin });
    const response = await call.answered();
    const elapsed = performance.now() - started;

    expect(response).to.include({ errorCode: 0, status: 'OK', connectedProviders: 'saml-idp1' });
    expect(elapsed, 'waited for the SAML iframes').to.be.at.least(9900);
    expect(await beforeOurs, 'answered before a 10 s timer started after the core’s cap').to.equal('settled');
    expect(document.querySelectorAll('iframe').length).to.equal(frames);
    const saml = (await requests(apiKey)).filter((r) => r.method === 'GET');
    expect(saml.map((r) => r.fields)).to.have.deep.members([{ name: 'idp1' }, { samlContext: 'ctx', samlSession: 's1' }]);
    expect(events).to.have.length(1);
    expect(sessionCookiesLeft(apiKey)).to.deep.equal([]);
  });
});

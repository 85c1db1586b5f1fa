// Logouts started at the same time share one request (docs/contract.md §1),
// and the seed's own code sample runs unchanged.

import { expect } from '@open-wc/testing';
import { socialize } from '../../src/core/index.js';
import { emulatorInfo, logoutRequests, release, waitForRequests, type EmulatorInfo } from '../helpers/emulator.js';
import type { LogoutResponse } from '../../src/core/types.js';
import { cleanup, onCleanup } from '../helpers/cleanup.js';
import { recordLogouts, start } from '../helpers/logout.js';
import { sessionCookiesLeft, signedIn } from '../helpers/session.js';
import { page, setGlobalConf } from '../helpers/stubs.js';
import { setup } from '../helpers/setup.js';

describe('core: logouts at the same time share one request', () => {
  const info = setup();

  it("one request with the first call's cid; each caller its own response, context and callback; onLogout once", async () => {
    const { apiKey, session } = await signedIn('hold');
    const events = recordLogouts();
    const firstContext = { caller: 1 };
    const secondContext = { caller: 2 };

    const first = start({ apiKey, apiDomain: info.origin, cid: 'first', context: firstContext });
    const second = start({ apiKey, apiDomain: info.origin, cid: 'second', context: secondContext });
    expect(await waitForRequests(apiKey, (recorded) => recorded.length === 1)).to.have.length(1);
    expect(sessionCookiesLeft(apiKey)).to.deep.equal([]);
    expect(await release(apiKey)).to.equal(1);
    const [one, two] = await Promise.all([first.answered(), second.answered()]);

    const recorded = await logoutRequests(apiKey);
    expect(recorded.map((r) => [r.fields.cid, r.fields.login_token])).to.deep.equal([['first', session.token]]);
    expect(one).not.to.equal(two);
    expect(one).to.include({ errorCode: 0, status: 'OK' });
    expect(two).to.include({ errorCode: 0, status: 'OK' });
    expect(one.callId).to.equal(two.callId);
    expect(one.context).to.equal(firstContext);
    expect(two.context).to.equal(secondContext);
    expect(one.requestParams.cid).to.equal('first');
    expect(two.requestParams.cid).to.equal('second');
    expect(first.callbacks).to.deep.equal([one]);
    expect(second.callbacks).to.deep.equal([two]);
    expect(first.callbacks[0]).to.equal(one);
    expect(second.callbacks[0]).to.equal(two);
    expect(events).to.have.length(1);
    expect(events[0].context).to.equal(firstContext);
  });

  it('a call after the shared one has answered makes a request of its own', async () => {
    const { apiKey, session } = await signedIn();
    await start({ apiKey, apiDomain: info.origin }).answered();
    document.cookie = `glt_${apiKey}=${session.cookie}; path=/`;

    await start({ apiKey, apiDomain: info.origin, cid: 'again' }).answered();

    expect((await logoutRequests(apiKey)).map((r) => r.fields.cid)).to.deep.equal([undefined, 'again']);
  });
});

describe("core: the seed's code sample", () => {
  let info: EmulatorInfo;
  let alerts: unknown[];

  before(async () => {
    info = await emulatorInfo();
  });

  beforeEach(() => {
    alerts = [];
    const original = page.alert;
    page.alert = (message) => void alerts.push(message);
    onCleanup(() => (page.alert = original));
  });

  afterEach(cleanup);

  /** The sample as the seed writes it, with `gigya.socialize` being this core. */
  function runSample(): Promise<LogoutResponse> {
    function printResponse(response: LogoutResponse) {
      if (response.errorCode == 0) {
        alert('User has logged out');
      } else {
        alert('Error :' + response.errorMessage);
      }
    }

    return socialize.logout({ callback: printResponse });
  }

  it('logs out and alerts "User has logged out" (API key and domain from Global Conf)', async () => {
    const { apiKey } = await signedIn();
    setGlobalConf({ apiKey, apiDomain: info.origin });

    const response = await runSample();

    expect(response.errorCode).to.equal(0);
    expect(alerts).to.deep.equal(['User has logged out']);
    expect(await logoutRequests(apiKey)).to.have.length(1);
    expect(sessionCookiesLeft(apiKey)).to.deep.equal([]);
  });

  it('alerts "Error :Network error" when the service cannot be reached', async () => {
    const { apiKey } = await signedIn();
    setGlobalConf({ apiKey, apiDomain: info.closedOrigin });

    const response = await runSample();

    expect(response.errorCode).to.equal(500026);
    expect(alerts).to.deep.equal(['Error :Network error']);
    expect(sessionCookiesLeft(apiKey)).to.deep.equal([]);
  });
});

// SPEC §1/§2: logouts started at the same time share one request; every copy of the library on a
// page shares one core; and the seed's own code sample runs unchanged.

import { expect } from '@open-wc/testing';
import { socialize } from '../../src/core/index.js';
import * as sharedCore from '../../src/core/shared-core.js';
import { emulatorInfo, login, logoutRequests, release, setAnswer, waitForRequests, type EmulatorInfo } from '../helpers/emulator.js';
import type { LogoutResponse, Socialize } from '../../src/core/types.js';
import { FEATURES } from '../../src/core/features.js';
import { VERSION } from '../../src/core/version.js';
import { cleanup, freshKey, onCleanup, page, recordLogouts, sessionCookiesLeft, setGlobalConf, start, stubConsoleWarn } from './support.js';

describe('core: logouts at the same time share one request', () => {
  let info: EmulatorInfo;

  before(async () => {
    info = await emulatorInfo();
  });

  afterEach(cleanup);

  it("one request with the first call's cid; each caller its own response, context and callback; onLogout once", async () => {
    const apiKey = freshKey();
    const session = await login(apiKey);
    await setAnswer(apiKey, 'hold');
    const events = recordLogouts();
    const firstContext = { caller: 1 };
    const secondContext = { caller: 2 };

    const first = start({ apiKey, apiDomain: info.origin, cid: 'first', context: firstContext });
    const second = start({ apiKey, apiDomain: info.origin, cid: 'second', context: secondContext });
    expect(await waitForRequests(apiKey, (recorded) => recorded.length === 1)).to.have.length(1);
    expect(sessionCookiesLeft(apiKey)).to.deep.equal([]);
    expect(await release(apiKey)).to.equal(1);
    const [one, two] = await Promise.all([first.promise, second.promise]);

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
    const apiKey = freshKey();
    const session = await login(apiKey);
    await start({ apiKey, apiDomain: info.origin }).promise;
    document.cookie = `glt_${apiKey}=${session.cookie}; path=/`;

    await start({ apiKey, apiDomain: info.origin, cid: 'again' }).promise;

    expect((await logoutRequests(apiKey)).map((r) => r.fields.cid)).to.deep.equal([undefined, 'again']);
  });
});

describe('core: one core per page', () => {
  afterEach(cleanup);

  it("is stored under globalThis[Symbol.for('gigya-logout.core')], and socialize is its socialize", () => {
    const stored = (globalThis as Record<symbol, { socialize?: Socialize } | undefined>)[Symbol.for('gigya-logout.core')];
    expect(stored).to.be.an('object');
    expect(stored!.socialize).to.equal(socialize);
  });

  it('a second copy of the module (another URL) reuses it', async () => {
    const copy = (await import(`../../src/core/shared-core.ts?copy=${Math.random()}`)) as { core: { socialize: Socialize } };
    expect(copy, 'a separate module instance').not.to.equal(sharedCore);
    expect(copy.core).to.equal(sharedCore.core);
    expect(copy.core.socialize).to.equal(socialize);
  });

  it('records its version and features', () => {
    expect(sharedCore.core.version).to.equal(VERSION);
    expect(sharedCore.core.features).to.deep.equal(FEATURES);
  });

  /** Imports another copy of the module while `found` is the page's core; returns what it warned. */
  async function copyFinding(found: object): Promise<{ core: unknown; warnings: unknown[][] }> {
    const key = Symbol.for('gigya-logout.core');
    const store = globalThis as unknown as Record<symbol, unknown>;
    const original = store[key];
    store[key] = found;
    onCleanup(() => (store[key] = original));
    const warnings = stubConsoleWarn();
    const copy = (await import(`../../src/core/shared-core.ts?copy=${Math.random()}`)) as { core: unknown };
    return { core: copy.core, warnings };
  }

  it('a copy that finds an older core lacking a feature uses it and warns once, naming both versions and the feature', async () => {
    const older = { version: '0.0.9', features: FEATURES.slice(1), socialize, done: new Set() };

    const { core, warnings } = await copyFinding(older);

    expect(core).to.equal(older);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0][0])).to.contain('0.0.9').and.contain(VERSION).and.contain(FEATURES[0]);
  });

  it('a copy that finds a core of another version with every feature it needs uses it without a warning', async () => {
    const newer = { version: '9.9.9', features: [...FEATURES, 'cross-tab'], socialize, done: new Set() };

    const { core, warnings } = await copyFinding(newer);

    expect(core).to.equal(newer);
    expect(warnings).to.deep.equal([]);
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
    const apiKey = freshKey();
    await login(apiKey);
    setGlobalConf({ apiKey, apiDomain: info.origin });

    const response = await runSample();

    expect(response.errorCode).to.equal(0);
    expect(alerts).to.deep.equal(['User has logged out']);
    expect(await logoutRequests(apiKey)).to.have.length(1);
    expect(sessionCookiesLeft(apiKey)).to.deep.equal([]);
  });

  it('alerts "Error :Network error" when the service cannot be reached', async () => {
    const apiKey = freshKey();
    await login(apiKey);
    setGlobalConf({ apiKey, apiDomain: info.closedOrigin });

    const response = await runSample();

    expect(response.errorCode).to.equal(500026);
    expect(alerts).to.deep.equal(['Error :Network error']);
    expect(sessionCookiesLeft(apiKey)).to.deep.equal([]);
  });
});

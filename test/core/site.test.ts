// docs/contract.md §1 (two sites on one page), §2.4, §3.3: logouts share a request only for the same sharing
// key; onLogout says which site; gigya.js is used only for its own API key.

import { expect } from '@open-wc/testing';
import { sameSite, sharingKey } from '../../src/core/site.js';
import { heldRequests, login, logoutRequests, release, setAnswer } from '../helpers/emulator.js';
import { installStandIn } from '../helpers/gigya-js.js';
import { logout, recordLogouts, start } from '../helpers/logout.js';
import { freshKey, sessionCookiesLeft, signedIn } from '../helpers/session.js';
import { setup } from '../helpers/setup.js';

describe('core: two sites on one page', () => {
  const info = setup();

  it('two API keys at the same time: two requests, each its own token; each cookie goes; onLogout once per site, with its apiKey', async () => {
    const [keyA, keyB] = [freshKey(), freshKey()];
    const [sessionA, sessionB] = [await login(keyA), await login(keyB)];
    await setAnswer(keyA, 'hold', 1);
    const events = recordLogouts();

    const a = start({ apiKey: keyA, apiDomain: info.origin });
    const b = start({ apiKey: keyB, apiDomain: info.origin });
    const responseB = await b.answered(); // B does not wait for A's held request
    expect(await heldRequests(keyA)).to.equal(1);
    await release(keyA);
    const responseA = await a.answered();

    expect([responseA.errorCode, responseB.errorCode]).to.deep.equal([0, 0]);
    expect((await logoutRequests(keyA)).map((r) => r.fields.login_token)).to.deep.equal([sessionA.token]);
    expect((await logoutRequests(keyB)).map((r) => r.fields.login_token)).to.deep.equal([sessionB.token]);
    expect([...sessionCookiesLeft(keyA), ...sessionCookiesLeft(keyB)]).to.deep.equal([]);
    expect(events.map((e) => e.apiKey)).to.deep.equal([keyB, keyA]);
  });

  it('the same key with another forceProvidersLogout does not join: it runs on its own', async () => {
    const { apiKey } = await signedIn('hold', 1);

    const first = start({ apiKey, apiDomain: info.origin });
    expect(await heldRequests(apiKey)).to.equal(1);
    const second = await start({ apiKey, apiDomain: info.origin, forceProvidersLogout: false }).answered();
    await release(apiKey);
    await first.answered();

    expect(second.errorCode).to.equal(0);
    expect(await logoutRequests(apiKey)).to.have.length(2);
  });

  it('a call for another key than gigya.js its own goes by REST; a call for its key is bridged', async () => {
    const [keyA, keyB] = [freshKey(), freshKey()];
    const sessionB = await login(keyB);
    const standIn = installStandIn({}, keyA);
    const events = recordLogouts();

    const viaRest = await logout({ apiKey: keyB, apiDomain: info.origin });
    expect(standIn.logoutCalls).to.have.length(0);
    expect((await logoutRequests(keyB)).map((r) => r.fields.login_token)).to.deep.equal([sessionB.token]);

    await logout({ apiKey: keyA, apiDomain: info.origin });
    expect(standIn.logoutCalls).to.have.length(1);
    expect(await logoutRequests(keyA)).to.have.length(0);
    expect(viaRest.errorCode).to.equal(0);
    expect(events.map((e) => e.apiKey)).to.deep.equal([keyB, keyA]);
  });

  it("a logout gigya.js starts by itself carries gigya.js's API key", async () => {
    const keyA = freshKey();
    const standIn = installStandIn({}, keyA);
    const events = recordLogouts();
    await logout({ apiKey: keyA }); // registers the mirror

    standIn.logsOutByItself('screen-set');

    expect(events.map((e) => [e.apiKey, e.source ?? ''])).to.deep.equal([
      [keyA, ''],
      [keyA, 'screen-set'],
    ]);
  });

  it('sameSite: equal keys, or one unknown', () => {
    expect([sameSite('a', 'a'), sameSite('a', undefined), sameSite(undefined, 'b'), sameSite('', 'b'), sameSite('a', 'b')]).to.deep.equal([
      true,
      true,
      true,
      true,
      false,
    ]);
  });

  it('sharingKey: API key, route, forceProvidersLogout and alwaysSend each make it differ', () => {
    const base = { apiKey: 'k', forceProvidersLogout: true };
    const keys = [
      sharingKey(base, 'https://socialize.us1.gigya.com'),
      sharingKey({ ...base, apiKey: 'other' }, 'https://socialize.us1.gigya.com'),
      sharingKey(base, 'gigya.js'),
      sharingKey({ ...base, forceProvidersLogout: 'false' }, 'https://socialize.us1.gigya.com'),
      sharingKey({ ...base, alwaysSend: true }, 'https://socialize.us1.gigya.com'),
    ];
    expect(new Set(keys).size).to.equal(keys.length);
    expect(sharingKey({ ...base, forceProvidersLogout: 'yes', cid: 'x' }, 'gigya.js')).to.equal(keys[2]);
  });
});

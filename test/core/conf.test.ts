// Global Conf (docs/contract.md §2.1): window.__gigyaConf is merged under the call's
// params, key by key, at call time.

import { expect } from '@open-wc/testing';
import { mergeParams } from '../../src/core/conf.js';
import { login, logoutRequests } from '../helpers/emulator.js';
import { cleanup, onCleanup } from '../helpers/cleanup.js';
import { logout } from '../helpers/logout.js';
import { cookieValue, freshKey, sessionCookiesLeft, signedIn } from '../helpers/session.js';
import { page, setGlobalConf } from '../helpers/stubs.js';
import { setup } from '../helpers/setup.js';

describe('core: Global Conf (window.__gigyaConf)', () => {
  const info = setup();

  it('is merged under the call: the call wins key by key', async () => {
    const { apiKey, session } = await signedIn();
    setGlobalConf({ apiKey, apiDomain: info.origin, cid: 'from-conf', timeout: 4000, unrelated: 'x' });

    const response = await logout({ cid: 'from-call' });

    expect(response.errorCode).to.equal(0);
    const { callback, ...requestParams } = response.requestParams;
    expect(callback).to.be.a('function');
    expect(requestParams).to.deep.equal({ apiKey, apiDomain: info.origin, cid: 'from-call', timeout: 4000 });
    const [recorded] = await logoutRequests(apiKey);
    expect(recorded.fields.cid).to.equal('from-call');
    expect(recorded.fields.login_token).to.equal(session.token);
  });

  it('a call key set to undefined does not override Global Conf', async () => {
    const { apiKey } = await signedIn();
    setGlobalConf({ apiKey, apiDomain: info.origin, cid: 'from-conf' });

    const response = await logout({ apiKey: undefined, apiDomain: undefined, cid: undefined });

    expect(response.errorCode).to.equal(0);
    expect(response.requestParams).to.include({ apiKey, apiDomain: info.origin, cid: 'from-conf' });
    const [recorded] = await logoutRequests(apiKey);
    expect(recorded.fields.cid).to.equal('from-conf');
  });

  it("takes gigya.js's APIKey spelling, in Global Conf and in the call", async () => {
    const confKey = freshKey();
    await login(confKey);
    setGlobalConf({ APIKey: confKey, apiDomain: info.origin });
    expect((await logout()).errorCode).to.equal(0);
    expect((await logoutRequests(confKey)).map((r) => r.fields.APIKey)).to.deep.equal([confKey]);

    const callKey = freshKey();
    await login(callKey);
    expect((await logout({ APIKey: callKey })).errorCode).to.equal(0);
    expect((await logoutRequests(callKey)).map((r) => r.fields.APIKey)).to.deep.equal([callKey]);
    expect(await logoutRequests(confKey)).to.have.length(1);
  });

  it('is read at call time, not at import', async () => {
    const first = freshKey();
    const second = freshKey();
    await login(first);
    await login(second);

    setGlobalConf({ apiKey: first, apiDomain: info.origin });
    expect((await logout()).errorCode).to.equal(0);
    setGlobalConf({ apiKey: second, apiDomain: info.origin, cid: 'later' });
    expect((await logout()).errorCode).to.equal(0);

    expect((await logoutRequests(first)).map((r) => r.fields.cid)).to.deep.equal([undefined]);
    expect((await logoutRequests(second)).map((r) => r.fields.cid)).to.deep.equal(['later']);
    expect(sessionCookiesLeft(first)).to.deep.equal([]);
    expect(sessionCookiesLeft(second)).to.deep.equal([]);
  });

  it('an element with id "__gigyaConf" (named access on window) is ignored', async () => {
    const { apiKey } = await signedIn();
    // DOM clobbering: form.apiKey, form.cid and form.apiDomain would be its <input>s.
    const form = document.createElement('form');
    form.id = '__gigyaConf';
    form.innerHTML =
      '<input name="apiKey" value="3_evil"><input name="cid" value="evil"><input name="apiDomain" value="https://evil.example">';
    document.body.append(form);
    onCleanup(() => form.remove());
    expect(page.__gigyaConf, 'named access is in effect').to.equal(form);

    const missing = await logout();
    expect(missing.errorCode).to.equal(400002);
    expect(cookieValue(`glt_${apiKey}`), 'no request, the session stays').to.be.a('string');

    const ok = await logout({ apiKey, apiDomain: info.origin });
    expect(ok.errorCode).to.equal(0);
    expect(ok.requestParams).not.to.have.property('cid');
    const [recorded, ...more] = await logoutRequests(apiKey);
    expect(more).to.have.length(0);
    expect(recorded.fields).not.to.have.property('cid');
  });
});

describe('core: mergeParams (docs/contract.md §2.1)', () => {
  afterEach(cleanup);

  it('Global Conf under the call, key by key; undefined and null in the call do not override; APIKey becomes apiKey', () => {
    setGlobalConf({ APIKey: 'conf-key', cid: 'conf', timeout: 1000, unrelated: 'x' });
    const { params, unreadable } = mergeParams({ cid: 'call', timeout: undefined, dataCenter: null });
    expect({ ...params }).to.deep.equal({ apiKey: 'conf-key', cid: 'call', timeout: 1000 });
    expect(unreadable).to.equal(undefined);
  });

  it('has no prototype, so nothing inherited is a param', () => {
    expect(Object.getPrototypeOf(mergeParams({ cid: 'x' }).params)).to.equal(null);
  });

  it('call params that cannot be read: the 400006 answer naming the key', () => {
    const call = Object.defineProperty({}, 'cid', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    expect(mergeParams(call).unreadable).to.include({ errorCode: 400006, errorDetails: 'params.cid could not be read' });
  });

  it('what is not an object counts as no params', () => {
    for (const call of [undefined, null, 'apiKey', 42]) expect({ ...mergeParams(call).params }).to.deep.equal({});
  });
});

// SPEC §2.3 (the response object) and §2.1 (Global Conf merged under the call's params).

import { expect } from '@open-wc/testing';
import { emulatorInfo, login, logoutRequests, requests, setAnswer, type EmulatorInfo } from '../helpers/emulator.js';
import { HEX32, cleanup, cookieValue, freshKey, logout, onCleanup, page, sessionCookiesLeft, setGlobalConf, spyFetch } from './support.js';

describe('core: the response object', () => {
  let info: EmulatorInfo;

  before(async () => {
    info = await emulatorInfo();
  });

  afterEach(cleanup);

  it('a success: exactly the documented fields, the server callId/time/apiVersion/connectedProviders, no statusCode/statusReason', async () => {
    const apiKey = freshKey();
    await login(apiKey, { providers: 'twitter' });
    const context = { from: 'test' };
    const fetches = spyFetch();

    const response = await logout({ apiKey, apiDomain: info.origin, cid: 'shape', context });

    const [{ body: server }] = fetches;
    expect(server).to.include({ errorCode: 0, statusCode: 200, statusReason: 'OK' });
    expect(Object.keys(response).sort()).to.deep.equal([
      'apiVersion',
      'callId',
      'connectedProviders',
      'context',
      'errorCode',
      'errorMessage',
      'operation',
      'requestParams',
      'status',
      'statusMessage',
      'time',
    ]);
    expect(response).to.include({
      errorCode: 0,
      errorMessage: '',
      status: 'OK',
      statusMessage: '',
      operation: 'logout',
      apiVersion: 2,
      connectedProviders: 'twitter',
    });
    expect(response.callId).to.match(HEX32);
    expect(response.callId).to.equal(server!.callId);
    expect(response.time).to.equal(server!.time);
    expect(response.context).to.equal(context);
    const { callback, ...requestParams } = response.requestParams;
    expect(callback).to.be.a('function');
    expect(requestParams).to.deep.equal({ apiKey, apiDomain: info.origin, cid: 'shape', context });
    expect(requestParams.context).to.equal(context);
  });

  it('without a context, context is null (as the seed documents)', async () => {
    const apiKey = freshKey();
    await login(apiKey);

    const response = await logout({ apiKey, apiDomain: info.origin });

    expect(response.errorCode).to.equal(0);
    expect(response.context).to.equal(null);
  });

  it('a string context comes back as is, and a falsy one (0) is not turned into null', async () => {
    const apiKey = freshKey();
    await login(apiKey);
    expect((await logout({ apiKey, apiDomain: info.origin, context: 'page-header' })).context).to.equal('page-header');
    expect((await logout({ apiKey, apiDomain: info.origin, context: 0 })).context).to.equal(0);
  });

  it('no request made: a local 32-hex callId, success shape', async () => {
    const apiKey = freshKey();
    const context = {};

    const response = await logout({ apiKey, apiDomain: info.origin, context });

    expect(Object.keys(response).sort()).to.deep.equal([
      'callId',
      'context',
      'errorCode',
      'errorMessage',
      'operation',
      'requestParams',
      'status',
      'statusMessage',
    ]);
    expect(response).to.include({ errorCode: 0, errorMessage: '', status: 'OK', statusMessage: '', operation: 'logout' });
    expect(response.callId).to.match(HEX32);
    expect(response.context).to.equal(context);
    expect(await requests(apiKey)).to.deep.equal([]);
  });

  it('a failure keeps the server fields too (errorDetails, callId, time) and drops statusCode/statusReason', async () => {
    const apiKey = freshKey();
    await login(apiKey);
    await setAnswer(apiKey, 'error:500001');
    const fetches = spyFetch();

    const response = await logout({ apiKey, apiDomain: info.origin });

    const [{ body: server }] = fetches;
    expect(response).to.include({
      errorCode: 500001,
      errorMessage: 'General Server Error',
      errorDetails: 'Emulated general server error',
      status: 'FAIL',
      operation: 'logout',
    });
    expect(response.callId).to.equal(server!.callId);
    expect(response.time).to.equal(server!.time);
    expect(response).not.to.have.property('statusCode');
    expect(response).not.to.have.property('statusReason');
  });
});

describe('core: Global Conf (window.__gigyaConf)', () => {
  let info: EmulatorInfo;

  before(async () => {
    info = await emulatorInfo();
  });

  afterEach(cleanup);

  it('is merged under the call: the call wins key by key', async () => {
    const apiKey = freshKey();
    const session = await login(apiKey);
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
    const apiKey = freshKey();
    await login(apiKey);
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
    const apiKey = freshKey();
    await login(apiKey);
    // DOM clobbering: form.apiKey, form.cid and form.apiDomain would be its <input>s.
    const form = document.createElement('form');
    form.id = '__gigyaConf';
    form.innerHTML = '<input name="apiKey" value="3_evil"><input name="cid" value="evil"><input name="apiDomain" value="https://evil.example">';
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

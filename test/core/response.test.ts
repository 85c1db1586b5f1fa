// The response object (docs/contract.md §2.3).

import { expect } from '@open-wc/testing';
import { toResponse } from '../../src/core/response.js';
import { login, logoutRequests, requests } from '../helpers/emulator.js';
import type { LogoutResponse } from '../../src/core/types.js';
import { HEX32, logout, responseFields, SUCCESS } from '../helpers/logout.js';
import { freshKey, signedIn } from '../helpers/session.js';
import { spyFetch } from '../helpers/stubs.js';
import { setup } from '../helpers/setup.js';

describe('core: the response object', () => {
  const info = setup();

  it('a success: exactly the documented fields, the server callId/time/apiVersion/connectedProviders, no statusCode/statusReason', async () => {
    const apiKey = freshKey();
    await login(apiKey, { providers: 'twitter' });
    const context = { from: 'test' };
    const fetches = spyFetch();

    const response = await logout({ apiKey, apiDomain: info.origin, cid: 'shape', context });

    const [{ body: server }] = fetches;
    expect(server).to.include({ errorCode: 0, statusCode: 200, statusReason: 'OK' });
    expect(Object.keys(response).sort()).to.deep.equal(responseFields('apiVersion', 'connectedProviders', 'time'));
    expect(response).to.include({
      ...SUCCESS,
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
    // a plain object, as gigya.js gives: code written for it calls its methods
    expect(Object.getPrototypeOf(response.requestParams)).to.equal(Object.prototype);
    // eslint-disable-next-line no-prototype-builtins -- what code written for gigya.js does
    expect(response.requestParams.hasOwnProperty('cid')).to.equal(true);
    expect(String(response.requestParams)).to.equal('[object Object]');
  });

  it('requestParams holds only own fields: a polluted Object.prototype key is not one, and "__proto__" in JSON params stays a field', async () => {
    const apiKey = freshKey();
    const params = JSON.parse(`{"apiKey":"${apiKey}","apiDomain":"${info.origin}","__proto__":{"alwaysSend":true}}`);
    (Object.prototype as Record<string, unknown>).cid = 'polluted';
    let response: LogoutResponse;
    try {
      response = await logout(params);
    } finally {
      delete (Object.prototype as Record<string, unknown>).cid;
    }
    expect(Object.prototype.hasOwnProperty.call(response.requestParams, 'cid')).to.equal(false);
    expect(Object.getPrototypeOf(response.requestParams)).to.equal(Object.prototype);
    expect((response.requestParams as { alwaysSend?: unknown }).alwaysSend).to.equal(undefined);
    expect(await logoutRequests(apiKey)).to.have.length(0);
  });

  it('without a context, context is null (as the seed documents)', async () => {
    const { apiKey } = await signedIn();

    const response = await logout({ apiKey, apiDomain: info.origin });

    expect(response.errorCode).to.equal(0);
    expect(response.context).to.equal(null);
  });

  it('a string context comes back as is, and a falsy one (0) is not turned into null', async () => {
    const { apiKey } = await signedIn();
    expect((await logout({ apiKey, apiDomain: info.origin, context: 'page-header' })).context).to.equal('page-header');
    expect((await logout({ apiKey, apiDomain: info.origin, context: 0 })).context).to.equal(0);
  });

  it('no request made: a local 32-hex callId, success shape', async () => {
    const apiKey = freshKey();
    const context = {};

    const response = await logout({ apiKey, apiDomain: info.origin, context });

    expect(Object.keys(response).sort()).to.deep.equal(responseFields());
    expect(response).to.include(SUCCESS);
    expect(response.callId).to.match(HEX32);
    expect(response.context).to.equal(context);
    expect(await requests(apiKey)).to.deep.equal([]);
  });

  it('a failure keeps the server fields too (errorDetails, callId, time) and drops statusCode/statusReason', async () => {
    const { apiKey } = await signedIn('error:500001');
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

describe('core: toResponse (a pure function)', () => {
  const params = { apiKey: '3_k', context: 'ctx' };

  it('a success: errorCode 0, status OK, empty messages, no errorDetails or HTTP status fields', () => {
    const response = toResponse(
      { errorCode: 0, errorDetails: 'x', statusCode: 200, statusReason: 'OK', callId: 'c'.repeat(32), time: 't' },
      params,
    );
    expect(response).to.deep.equal({
      errorCode: 0,
      errorMessage: '',
      callId: 'c'.repeat(32),
      time: 't',
      status: 'OK',
      statusMessage: '',
      operation: 'logout',
      requestParams: params,
      context: 'ctx',
    });
  });

  it('403005 (no such session) is a success', () => {
    expect(toResponse({ errorCode: 403005, errorMessage: 'Unauthorized user' }, params)).to.include({
      errorCode: 0,
      status: 'OK',
      errorMessage: '',
    });
  });

  it('a failure keeps its code, message and details; statusMessage repeats the message', () => {
    const response = toResponse({ errorCode: 500026, errorMessage: 'Network error', errorDetails: 'reset' }, {});
    expect(response).to.include({
      errorCode: 500026,
      errorMessage: 'Network error',
      errorDetails: 'reset',
      status: 'FAIL',
      statusMessage: 'Network error',
      context: null,
    });
  });

  it('a missing or empty callId becomes a local 32-hex one; a missing message an empty string', () => {
    const response = toResponse({ errorCode: 500001, callId: '' }, {});
    expect(response.callId).to.match(HEX32);
    expect(response.errorMessage).to.equal('');
  });
});

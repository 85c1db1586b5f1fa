// SPEC §2.2/§2.5: how the core maps what the service does (or does not) answer: network failures and
// timeouts are retried once, answers never; server codes pass through; 403005 is a success; a token
// the server never confirmed is sent again by the next logout.

import { expect } from '@open-wc/testing';
import {
  emulatorInfo,
  login,
  logoutRequests,
  requests,
  setAnswer,
  type EmulatorInfo,
} from '../helpers/emulator.js';
import type { LogoutResponse } from '../../src/core/types.js';
import { HEX32, cleanup, cookieValue, freshKey, logout, recordLogouts, sessionCookiesLeft } from './support.js';

function expectFailure(response: LogoutResponse, errorCode: number, errorMessage: string): void {
  expect(response.errorCode).to.equal(errorCode);
  expect(response.errorMessage).to.equal(errorMessage);
  expect(response.status).to.equal('FAIL');
  expect(response.operation).to.equal('logout');
  expect(response.callId).to.match(HEX32);
  expect(response.errorDetails).to.be.a('string').and.not.equal('');
}

describe('core: answers and failures of the service', () => {
  let info: EmulatorInfo;

  before(async () => {
    info = await emulatorInfo();
  });

  afterEach(cleanup);

  it('connection reset: 500026 Network error after exactly 2 attempts; the cookies are gone', async () => {
    const apiKey = freshKey();
    const session = await login(apiKey);
    await setAnswer(apiKey, 'reset');
    const events = recordLogouts();

    const response = await logout({ apiKey, apiDomain: info.origin });

    expectFailure(response, 500026, 'Network error');
    expect(events).to.have.length(0);
    const attempts = await logoutRequests(apiKey);
    expect(attempts.map((r) => r.fields.login_token)).to.deep.equal([session.token, session.token]);
    expect(sessionCookiesLeft(apiKey)).to.deep.equal([]);
  });

  it('connection refused (closed origin): 500026 Network error; the cookies are gone', async () => {
    const apiKey = freshKey();
    await login(apiKey);
    const events = recordLogouts();

    const response = await logout({ apiKey, apiDomain: info.closedOrigin });

    expectFailure(response, 500026, 'Network error');
    expect(events).to.have.length(0);
    expect(await requests(apiKey)).to.deep.equal([]);
    expect(sessionCookiesLeft(apiKey)).to.deep.equal([]);
  });

  it('CORS failure (an answer without CORS headers on another origin): 500026 after 2 attempts', async () => {
    const apiKey = freshKey();
    const session = await login(apiKey);
    await setAnswer(apiKey, 'nocors');
    const events = recordLogouts();

    const response = await logout({ apiKey, apiDomain: info.crossOrigin });

    expectFailure(response, 500026, 'Network error');
    expect(events).to.have.length(0);
    const attempts = await logoutRequests(apiKey);
    expect(attempts.map((r) => r.fields.login_token)).to.deep.equal([session.token, session.token]);
    expect(attempts.map((r) => r.origin)).to.deep.equal([location.origin, location.origin]);
    expect(sessionCookiesLeft(apiKey)).to.deep.equal([]);
  });

  it('no answer within timeout: 504002 Request timeout after 2 attempts of 300 ms', async () => {
    const apiKey = freshKey();
    await login(apiKey);
    await setAnswer(apiKey, 'hang');
    const events = recordLogouts();

    const started = performance.now();
    const response = await logout({ apiKey, apiDomain: info.origin, timeout: 300 });
    const elapsed = performance.now() - started;

    expectFailure(response, 504002, 'Request timeout');
    expect(elapsed).to.be.within(590, 3000);
    expect(events).to.have.length(0);
    expect(await logoutRequests(apiKey)).to.have.length(2);
    expect(sessionCookiesLeft(apiKey)).to.deep.equal([]);
  });

  for (const mode of ['html500', 'malformed', 'no-error-code'] as const) {
    it(`${mode}: 500001 General server error after 1 attempt (an answer is never retried)`, async () => {
      const apiKey = freshKey();
      await login(apiKey);
      await setAnswer(apiKey, mode);
      const events = recordLogouts();

      const response = await logout({ apiKey, apiDomain: info.origin });

      expectFailure(response, 500001, 'General server error');
      expect(events).to.have.length(0);
      expect(await logoutRequests(apiKey)).to.have.length(1);
      expect(sessionCookiesLeft(apiKey)).to.deep.equal([]);
    });
  }

  it('a server error code is passed through with its message (400093), not retried', async () => {
    const apiKey = freshKey();
    await login(apiKey);
    await setAnswer(apiKey, 'error:400093');
    const events = recordLogouts();

    const response = await logout({ apiKey, apiDomain: info.origin });

    expect(response).to.include({
      errorCode: 400093,
      errorMessage: 'Invalid ApiKey parameter',
      errorDetails: 'Invalid ApiKey parameter',
      status: 'FAIL',
      operation: 'logout',
    });
    expect(response.callId).to.match(HEX32);
    expect(response).not.to.have.property('statusCode');
    expect(response).not.to.have.property('statusReason');
    expect(events).to.have.length(0);
    expect(await logoutRequests(apiKey)).to.have.length(1);
    expect(sessionCookiesLeft(apiKey)).to.deep.equal([]);
  });

  it('403005 (no such session) has the success shape and fires onLogout', async () => {
    const apiKey = freshKey();
    document.cookie = `glt_${apiKey}=st2.unknownToTheServer|UUID=0; path=/`;
    const events = recordLogouts();

    const response = await logout({ apiKey, apiDomain: info.origin });

    expect(response).to.include({ errorCode: 0, errorMessage: '', status: 'OK', statusMessage: '', operation: 'logout' });
    expect(response).not.to.have.property('errorDetails');
    expect(response.callId).to.match(HEX32);
    expect(events).to.have.length(1);
    const [recorded, ...more] = await logoutRequests(apiKey);
    expect(more).to.have.length(0);
    expect(recorded.fields.login_token).to.equal('st2.unknownToTheServer');
    expect(sessionCookiesLeft(apiKey)).to.deep.equal([]);
  });

  it('retry: a reset first attempt, then ok: success after exactly 2 attempts with the same token', async () => {
    const apiKey = freshKey();
    const session = await login(apiKey);
    await setAnswer(apiKey, 'reset', 1);
    const events = recordLogouts();

    const response = await logout({ apiKey, apiDomain: info.origin });

    expect(response).to.include({ errorCode: 0, errorMessage: '', status: 'OK' });
    expect(events).to.have.length(1);
    const attempts = await logoutRequests(apiKey);
    expect(attempts.map((r) => r.fields.login_token)).to.deep.equal([session.token, session.token]);
    expect(sessionCookiesLeft(apiKey)).to.deep.equal([]);
  });

  it('an unconfirmed token (network failure) is sent again by the next logout, a confirmed one is not', async () => {
    const apiKey = freshKey();
    const session = await login(apiKey);
    await setAnswer(apiKey, 'reset', 2);
    const events = recordLogouts();

    const failed = await logout({ apiKey, apiDomain: info.origin });
    expect(failed.errorCode).to.equal(500026);
    expect(cookieValue(`glt_${apiKey}`)).to.equal(undefined);
    expect(events).to.have.length(0);

    const confirmed = await logout({ apiKey, apiDomain: info.origin });
    expect(confirmed.errorCode).to.equal(0);
    expect(events).to.have.length(1);
    const afterSecond = await logoutRequests(apiKey);
    expect(afterSecond.map((r) => r.fields.login_token)).to.deep.equal([session.token, session.token, session.token]);
    expect(afterSecond[2].fields.loginTokenExp).to.equal(String(session.exp));

    const third = await logout({ apiKey, apiDomain: info.origin });
    expect(third.errorCode).to.equal(0);
    expect(third.callId).to.match(HEX32);
    expect(events).to.have.length(2);
    expect(await logoutRequests(apiKey)).to.have.length(3);
    expect(sessionCookiesLeft(apiKey)).to.deep.equal([]);
  });

  it('an unconfirmed token after a server error (500001 answer) is sent again too', async () => {
    const apiKey = freshKey();
    const session = await login(apiKey);
    await setAnswer(apiKey, 'error:500001', 1);

    expect((await logout({ apiKey, apiDomain: info.origin })).errorCode).to.equal(500001);
    expect((await logout({ apiKey, apiDomain: info.origin })).errorCode).to.equal(0);

    const attempts = await logoutRequests(apiKey);
    expect(attempts.map((r) => r.fields.login_token)).to.deep.equal([session.token, session.token]);
  });
});

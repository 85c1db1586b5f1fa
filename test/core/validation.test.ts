// docs/contract.md §2.1/§2.5: invalid params get 400006 and a missing API key 400002, each with no request
// (the login token must never go to a host a stray param names) and no change to the session.

import { expect } from '@open-wc/testing';
import { requests, type EmulatorInfo } from '../helpers/emulator.js';
import type { LogoutParams, LogoutResponse } from '../../src/core/types.js';
import { HEX32, logout, recordLogouts } from '../helpers/logout.js';
import { cookieValue, signedIn } from '../helpers/session.js';
import { setGlobalConf, spyFetch } from '../helpers/stubs.js';
import { setup } from '../helpers/setup.js';

function expectClientError(response: LogoutResponse, errorCode: number, errorMessage: string, field: string): void {
  expect(response.errorCode).to.equal(errorCode);
  expect(response.errorMessage).to.equal(errorMessage);
  expect(response.status).to.equal('FAIL');
  expect(response.operation).to.equal('logout');
  expect(response.callId).to.match(HEX32);
  expect(response.errorDetails).to.be.a('string');
  expect(response.errorDetails).to.match(new RegExp(`\\b${field}\\b`));
}

describe('core: invalid params (400006) and no API key (400002)', () => {
  const info = setup();

  const rows: [string, (info: EmulatorInfo) => LogoutParams, string][] = [
    ['cid of 101 characters', (i) => ({ apiDomain: i.origin, cid: 'c'.repeat(101) }), 'cid'],
    ['a cid that is not a string', (i) => ({ apiDomain: i.origin, cid: 42 as unknown as string }), 'cid'],
    ["timeout 'abc'", (i) => ({ apiDomain: i.origin, timeout: 'abc' }), 'timeout'],
    ['timeout 0', (i) => ({ apiDomain: i.origin, timeout: 0 }), 'timeout'],
    ['timeout -1', (i) => ({ apiDomain: i.origin, timeout: -1 }), 'timeout'],
    ["dataCenter 'evil.com'", (i) => ({ apiDomain: i.origin, dataCenter: 'evil.com' }), 'dataCenter'],
    ["dataCenter 'us1.evil.com'", (i) => ({ apiDomain: i.origin, dataCenter: 'us1.evil.com' }), 'dataCenter'],
    ["apiDomain 'https://evil.example/path' (not a bare origin)", () => ({ apiDomain: 'https://evil.example/path' }), 'apiDomain'],
    ["apiDomain 'http://evil.example' (http, not loopback)", () => ({ apiDomain: 'http://evil.example' }), 'apiDomain'],
    ["apiDomain 'javascript:alert(1)'", () => ({ apiDomain: 'javascript:alert(1)' }), 'apiDomain'],
    ["apiDomain 'login.example.com/path' (a host with a path)", () => ({ apiDomain: 'login.example.com/path' }), 'apiDomain'],
    ["apiDomain 'evil.example:8443' (a host with a port is not a bare host)", () => ({ apiDomain: 'evil.example:8443' }), 'apiDomain'],
  ];

  for (const [title, paramsOf, field] of rows) {
    it(`${title}: 400006 naming ${field}, no request, the session stays`, async () => {
      const { apiKey, session } = await signedIn();
      const events = recordLogouts();
      const fetches = spyFetch();

      const response = await logout({ apiKey, ...paramsOf(info) });

      expectClientError(response, 400006, 'Invalid parameter value', field);
      expect(events).to.have.length(0);
      expect(fetches, 'fetches to /socialize.logout').to.have.length(0);
      expect(await requests(apiKey)).to.deep.equal([]);
      expect(cookieValue(`glt_${apiKey}`)).to.equal(session.cookie);
      expect(cookieValue(`gltexp_${apiKey}`)).to.equal(String(session.exp));
    });
  }

  it('an invalid value in Global Conf counts too (cid of 101 characters there)', async () => {
    const { apiKey, session } = await signedIn();
    setGlobalConf({ apiKey, apiDomain: info.origin, cid: 'g'.repeat(101) });
    const events = recordLogouts();

    const response = await logout();

    expectClientError(response, 400006, 'Invalid parameter value', 'cid');
    expect(events).to.have.length(0);
    expect(await requests(apiKey)).to.deep.equal([]);
    expect(cookieValue(`glt_${apiKey}`)).to.equal(session.cookie);
  });

  it('the limits themselves are valid: a 100-character cid, timeout "2000", dataCenter eu1.gigya.com', async () => {
    const { apiKey, session } = await signedIn();
    const cid = 'c'.repeat(100);

    const response = await logout({ apiKey, apiDomain: info.origin, cid, timeout: '2000', dataCenter: 'eu1.gigya.com' });

    expect(response.errorCode).to.equal(0);
    const [recorded, ...more] = await requests(apiKey);
    expect(more).to.have.length(0);
    expect(recorded.fields.cid).to.equal(cid);
    expect(recorded.fields.login_token).to.equal(session.token);
  });

  it('no API key anywhere: 400002 naming apiKey, no request, the session stays', async () => {
    const { apiKey, session } = await signedIn();
    const events = recordLogouts();
    const fetches = spyFetch();

    const response = await logout({ apiDomain: info.origin });

    expectClientError(response, 400002, 'Missing required parameter', 'apiKey');
    expect(events).to.have.length(0);
    expect(fetches, 'fetches to /socialize.logout').to.have.length(0);
    expect(await requests(apiKey)).to.deep.equal([]);
    expect(cookieValue(`glt_${apiKey}`)).to.equal(session.cookie);
    expect(cookieValue(`gltexp_${apiKey}`)).to.equal(String(session.exp));
  });
});

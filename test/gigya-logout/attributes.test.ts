// <gigya-logout> attributes and properties become the params of a real logout (HTTP to the Gigya
// emulator): what the emulator records, what the request event carries, what comes back.

import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { GigyaLogout } from '../../src/index.js';
import { expectBothAttempts, login, logoutRequests, requests } from '../helpers/emulator.js';
import { cleanup } from '../helpers/cleanup.js';
import { clickAndWait, logoutElement, record } from '../helpers/element.js';
import { hasSession, newKey, signedIn } from '../helpers/session.js';
import { setGlobalConf, stubConsoleWarn, stubLogoutFetch } from '../helpers/stubs.js';
import { packageJson } from '../helpers/package.js';

describe('<gigya-logout> attributes → params', () => {
  /** What the requests name this library: `<name>_<version>` of package.json. */
  let sdk: string;
  before(async () => {
    const { name, version } = await packageJson();
    sdk = `${name}_${version}`;
  });
  afterEach(cleanup);

  it('api-key, api-domain and cid reach the request; nothing else is sent', async () => {
    const { apiKey, info, session } = await signedIn();
    const el = await logoutElement(apiKey, info.origin, { cid: 'header-1' });
    const { request, response } = await clickAndWait(el);
    expect(request.detail.params).to.deep.equal({
      apiKey,
      apiDomain: info.origin,
      cid: 'header-1',
      forceProvidersLogout: true,
    });
    expect(response.errorCode).to.equal(0);
    const recorded = await logoutRequests(apiKey);
    expect(recorded).to.have.length(1);
    expect(recorded[0].method).to.equal('POST');
    expect(recorded[0].contentType).to.match(/^application\/x-www-form-urlencoded/);
    expect(recorded[0].fields).to.deep.equal({
      APIKey: apiKey,
      authMode: 'cookie',
      format: 'json',
      sdk,
      login_token: session.token,
      cid: 'header-1',
      loginTokenExp: String(session.exp),
    });
    expect(hasSession(apiKey)).to.equal(false);
  });

  it('api-domain decides the origin the POST goes to (the cross-origin emulator)', async () => {
    const { apiKey, info, session } = await signedIn();
    const el = await logoutElement(apiKey, info.crossOrigin);
    const { response } = await clickAndWait(el);
    expect(response.errorCode).to.equal(0);
    expect(response.requestParams.apiDomain).to.equal(info.crossOrigin);
    const recorded = await logoutRequests(apiKey);
    expect(recorded.map((r) => r.fields.login_token)).to.deep.equal([session.token]);
    const urls = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => name.endsWith('/socialize.logout'));
    expect(urls).to.include(`${info.crossOrigin}/socialize.logout`);
  });

  it('attributes override Global Conf key by key; Global Conf fills the rest', async () => {
    const { apiKey, info } = await signedIn();
    setGlobalConf({ apiKey: '3_tNotThisOne', apiDomain: info.closedOrigin, cid: 'from-conf', timeout: 9000 });
    const el = await logoutElement(apiKey, info.origin);
    const { request, response } = await clickAndWait(el);
    expect(request.detail.params).to.deep.equal({
      apiKey,
      apiDomain: info.origin,
      cid: 'from-conf',
      timeout: 9000,
      forceProvidersLogout: true,
    });
    expect(response.errorCode).to.equal(0);
    const recorded = await logoutRequests(apiKey);
    expect(recorded).to.have.length(1);
    expect(recorded[0].fields.cid).to.equal('from-conf');
  });

  it('data-center picks https://socialize.<data center> when there is no api-domain; it overrides Global Conf', async () => {
    const { apiKey } = await signedIn();
    setGlobalConf({ dataCenter: 'au1' });
    const calls = stubLogoutFetch();
    const el = await fixture<GigyaLogout>(html`<gigya-logout api-key=${apiKey} data-center="eu1"></gigya-logout>`);
    const first = await clickAndWait(el);
    expect(first.request.detail.params.dataCenter).to.equal('eu1');
    expect(first.response.errorCode).to.equal(0);
    el.removeAttribute('data-center');
    await login(apiKey);
    const second = await clickAndWait(el);
    expect(second.request.detail.params.dataCenter).to.equal('au1');
    expect(calls.map((c) => c.url)).to.deep.equal([
      'https://socialize.eu1.gigya.com/socialize.logout',
      'https://socialize.au1.gigya.com/socialize.logout',
    ]);
    expect(new URLSearchParams(calls[0].body).get('APIKey')).to.equal(apiKey);
  });

  it('always-send: the request goes without a session cookie (and without a login_token)', async () => {
    const { apiKey, info } = await newKey();
    const el = await logoutElement(apiKey, info.origin);
    expect(el.alwaysSend).to.equal(false);
    const without = await clickAndWait(el);
    expect(without.response.errorCode).to.equal(0);
    expect(await logoutRequests(apiKey)).to.have.length(0);

    el.setAttribute('always-send', '');
    expect(el.alwaysSend).to.equal(true);
    const withIt = await clickAndWait(el);
    expect(withIt.request.detail.params.alwaysSend).to.equal(true);
    expect(withIt.response.errorCode).to.equal(0); // the emulator's 403005 (no such session) is a success
    const recorded = await logoutRequests(apiKey);
    expect(recorded).to.have.length(1);
    expect(recorded[0].fields).to.deep.equal({ APIKey: apiKey, authMode: 'cookie', format: 'json', sdk });
  });

  it('timeout: each attempt waits that long, then one retry, then 504002', async () => {
    // 1 s: far below the test's 5 s and the default 15 s, long enough for each attempt to reach the
    // emulator on a busy machine (a 300 ms attempt could be aborted before the server read it).
    const timeout = 1000;
    const { apiKey, info, session } = await signedIn('hang');
    const el = await logoutElement(apiKey, info.origin);
    el.setAttribute('timeout', String(timeout));
    const start = performance.now();
    const answered = clickAndWait(el);
    await expectBothAttempts(apiKey, session.token); // each attempt as the emulator saw it, then the answer
    const { request, response } = await answered;
    const elapsed = performance.now() - start;
    expect(request.detail.params.timeout).to.equal(String(timeout));
    expect(response).to.include({ errorCode: 504002, errorMessage: 'Request timeout', status: 'FAIL' });
    // Which timer fired: the attribute's, not the default 15 s (which the test's 5 s could not wait for).
    expect(response.errorDetails).to.equal(`${info.origin}/socialize.logout: no answer in ${timeout} ms`);
    expect(elapsed, 'each of the two attempts waited the timeout').to.be.at.least(2 * timeout - 20);
    expect(await logoutRequests(apiKey), 'two attempts, no third').to.have.length(2);
  });

  describe('force-providers-logout', () => {
    const cases: [string | null, boolean][] = [
      ['FALSE', false],
      ['0', false],
      ['false', false],
      ['', true],
      ['true', true],
      ['yes', true],
      [null, true],
    ];
    for (const [value, on] of cases) {
      it(`${value === null ? 'absent' : `"${value}"`} → ${on ? 'on' : 'off'} (SAML logout ${on ? 'done' : 'skipped'}; never sent)`, async () => {
        const { apiKey, info } = await newKey();
        await login(apiKey, { providers: 'saml-idp1' });
        const el = await logoutElement(apiKey, info.origin);
        if (value !== null) el.setAttribute('force-providers-logout', value);
        expect(el.forceProvidersLogout).to.equal(on);
        const { request, response } = await clickAndWait(el);
        expect(request.detail.params.forceProvidersLogout).to.equal(on);
        expect(response.errorCode).to.equal(0);
        const recorded = await requests(apiKey);
        expect(recorded.map((r) => r.path)).to.deep.equal(
          on ? ['/socialize.logout', `/saml/v2.0/${apiKey}/sp/jsslo`] : ['/socialize.logout'],
        );
        expect(recorded[0].fields).not.to.have.property('forceProvidersLogout');
      });
    }

    it('removing the attribute turns it back on', async () => {
      const el = await fixture<GigyaLogout>(html`<gigya-logout force-providers-logout="false"></gigya-logout>`);
      expect(el.forceProvidersLogout).to.equal(false);
      el.removeAttribute('force-providers-logout');
      expect(el.forceProvidersLogout).to.equal(true);
    });
  });

  describe('context', () => {
    const values: [string, () => unknown][] = [
      ['an object', () => ({ from: 'header' })],
      ['an array', () => [1, 2]],
      ['a function', () => () => 1],
      ['a symbol', () => Symbol('ctx')],
      ['a DOM node', () => document.createElement('div')],
      ['0', () => 0],
      ['false', () => false],
      ['the empty string', () => ''],
    ];
    for (const [name, make] of values) {
      it(`${name} comes back by reference in both events, the promise; never sent`, async () => {
        const { apiKey, info } = await signedIn();
        const el = await logoutElement(apiKey, info.origin);
        const context = make();
        el.context = context;
        const requested = record(el, 'gigya-logout-request');
        const loggedOut = record(el, 'gigya-logout');
        const responded = record(el, 'gigya-logout-response');
        const response = await el.logout();
        expect(requested).to.have.length(1);
        expect(Object.is(requested[0].detail.params.context, context)).to.equal(true);
        expect(loggedOut).to.have.length(1);
        expect(Object.is(loggedOut[0].detail.context, context)).to.equal(true);
        expect(responded).to.have.length(1);
        expect(responded[0].detail).to.equal(response);
        expect(response.errorCode).to.equal(0);
        expect(Object.is(response.context, context)).to.equal(true);
        const recorded = await logoutRequests(apiKey);
        expect(recorded).to.have.length(1);
        expect(recorded[0].fields).not.to.have.property('context');
      });
    }

    it('the context attribute is a string context', async () => {
      const { apiKey, info } = await newKey();
      const el = await fixture<GigyaLogout>(
        html`<gigya-logout api-key=${apiKey} api-domain=${info.origin} context="from-footer"></gigya-logout>`,
      );
      expect(el.context).to.equal('from-footer');
      const loggedOut = record(el, 'gigya-logout');
      const response = await el.logout();
      expect(response.context).to.equal('from-footer');
      expect(loggedOut.map((e) => e.detail.context)).to.deep.equal(['from-footer']);
    });

    it('without a context the response has context null and the event none', async () => {
      const { apiKey, info } = await newKey();
      const el = await logoutElement(apiKey, info.origin);
      const loggedOut = record(el, 'gigya-logout');
      const response = await el.logout();
      expect(response.context).to.equal(null);
      expect(loggedOut).to.have.length(1);
      expect(loggedOut[0].detail).to.deep.equal({ eventName: 'logout', fullEventName: 'logout', isGlobal: true, apiKey });
    });
  });

  describe('invalid values: a console warning when set, 400006 at click, no request', () => {
    const cases: [string, string, string][] = [
      ['timeout', 'abc', 'timeout'],
      ['cid', 'x'.repeat(101), 'cid'],
      ['api-domain', 'http://evil.example', 'apiDomain'],
      ['data-center', 'mars', 'dataCenter'],
    ];
    for (const [attribute, value, param] of cases) {
      it(`${attribute}="${value.length > 20 ? `${value.slice(0, 5)}… (${value.length} chars)` : value}"`, async () => {
        const { apiKey, info } = await signedIn();
        const warnings = stubConsoleWarn();
        const el = await logoutElement(apiKey, info.origin);
        expect(warnings).to.have.length(0);
        el.setAttribute(attribute, value);
        await el.updateComplete;
        expect(warnings).to.have.length(1);
        expect(String(warnings[0][0]))
          .to.match(/^gigya-logout: /)
          .and.contain(param)
          .and.contain('400006');

        const loggedOut = record(document, 'gigya-logout');
        const { response } = await clickAndWait(el);
        expect(response).to.include({ errorCode: 400006, errorMessage: 'Invalid parameter value', status: 'FAIL' });
        expect(response.errorDetails).to.contain(param);
        expect(await requests(apiKey)).to.have.length(0);
        expect(hasSession(apiKey)).to.equal(true);
        expect(loggedOut).to.have.length(0);
        expect(warnings).to.have.length(1);
      });
    }

    it('a warning each time an invalid value is set, none for valid ones (100-character cid is fine)', async () => {
      const { apiKey, info } = await signedIn();
      const warnings = stubConsoleWarn();
      const el = await fixture<GigyaLogout>(html`<gigya-logout api-key=${apiKey} api-domain=${info.origin} timeout="abc"></gigya-logout>`);
      expect(warnings).to.have.length(1);
      el.timeout = '-5';
      await el.updateComplete;
      expect(warnings).to.have.length(2);
      el.timeout = '2000';
      el.cid = 'y'.repeat(100);
      await el.updateComplete;
      expect(warnings).to.have.length(2);
      const { response } = await clickAndWait(el);
      expect(response.errorCode).to.equal(0);
      const recorded = await logoutRequests(apiKey);
      expect(recorded.map((r) => r.fields.cid)).to.deep.equal(['y'.repeat(100)]);
    });
  });
});

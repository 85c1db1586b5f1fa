// docs/contract.md §2.2 and §3.1: what goes on the wire (one POST with exactly the documented form fields, the
// token only in the body), when nothing goes (no session), and the session cookies going at once,
// while the request is still pending.

import { expect, waitUntil } from '@open-wc/testing';
import { logoutRequests, release, requests, setAnswer, waitForRequests } from '../helpers/emulator.js';
import { HEX32, logout, recordLogouts, start } from '../helpers/logout.js';
import { cookieValue, freshKey, replaceDocumentCookie, sessionCookiesLeft, sessionGone, signedIn } from '../helpers/session.js';
import { RECHECK_MS } from '../../src/core/session.js';
import { spyFetch, stubConsoleWarn, stubLogoutFetch } from '../helpers/stubs.js';
import { expectPending, nextTask } from '../helpers/timing.js';
import { onCleanup } from '../helpers/cleanup.js';
import { packageJson, type PackageJson } from '../helpers/package.js';
import { setup } from '../helpers/setup.js';

describe('core, REST route: the request on the wire', () => {
  const info = setup();
  let pkg: PackageJson;

  before(async () => {
    pkg = await packageJson();
  });

  it('one POST /socialize.logout, form-encoded, with exactly the documented fields', async () => {
    const { apiKey, session } = await signedIn();
    const fetches = spyFetch();

    const response = await logout({ apiKey, apiDomain: info.origin, cid: 'wire', context: { not: 'sent' } });

    expect(response.errorCode).to.equal(0);
    const [recorded, ...more] = await requests(apiKey);
    expect(more).to.have.length(0);
    expect(recorded).to.include({ method: 'POST', path: '/socialize.logout', url: '/socialize.logout' });
    expect(recorded.contentType).to.match(/^application\/x-www-form-urlencoded\b/);
    expect(recorded.fields).to.deep.equal({
      APIKey: apiKey,
      login_token: session.token,
      authMode: 'cookie',
      format: 'json',
      sdk: recorded.fields.sdk,
      cid: 'wire',
      loginTokenExp: String(session.exp),
    });
    expect(fetches.map((f) => f.url)).to.deep.equal([`${info.origin}/socialize.logout`]);
    expect(fetches[0].init?.credentials).to.equal('include');
  });

  it('the login token is the glt_ cookie value up to the first "|", and appears in no URL', async () => {
    const { apiKey, session } = await signedIn();
    expect(cookieValue(`glt_${apiKey}`)).to.equal(session.cookie);
    const token = session.cookie.slice(0, session.cookie.indexOf('|'));

    await logout({ apiKey, apiDomain: info.origin });

    const [recorded] = await logoutRequests(apiKey);
    expect(recorded.fields.login_token).to.equal(token);
    expect(recorded.url).not.to.include(token);
    const urls = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(urls.filter((url) => url.includes(token) || url.includes(encodeURIComponent(token)))).to.deep.equal([]);
  });

  it('a URL-encoded glt_ cookie: the token is the decoded value up to the first "|"', async () => {
    const apiKey = freshKey();
    document.cookie = `glt_${apiKey}=st2.encoded%7CUUID%3Dabc; path=/`;
    document.cookie = `gltexp_${apiKey}=1900000000; path=/`;

    await logout({ apiKey, apiDomain: info.origin });

    const [recorded] = await logoutRequests(apiKey);
    expect(recorded.fields.login_token).to.equal('st2.encoded');
    expect(recorded.fields.loginTokenExp).to.equal('1900000000');
    expect(sessionCookiesLeft(apiKey)).to.deep.equal([]);
  });

  it('sdk names this library with the version in package.json', async () => {
    const { apiKey } = await signedIn();

    await logout({ apiKey, apiDomain: info.origin });

    const [recorded] = await logoutRequests(apiKey);
    expect(recorded.fields.sdk).to.include(pkg.name);
    expect(recorded.fields.sdk).to.include(pkg.version);
  });

  for (const [title, extra] of [
    ['forceProvidersLogout: false, an object context', { forceProvidersLogout: false, context: { a: 1 } }],
    ['forceProvidersLogout: true, a string context', { forceProvidersLogout: true, context: 'header-button' }],
  ] as const) {
    it(`sends no forceProvidersLogout, callback or context (${title})`, async () => {
      const { apiKey } = await signedIn();

      await logout({ apiKey, apiDomain: info.origin, ...extra });

      const [recorded] = await logoutRequests(apiKey);
      expect(Object.keys(recorded.fields).sort()).to.deep.equal(['APIKey', 'authMode', 'format', 'loginTokenExp', 'login_token', 'sdk']);
      expect(Object.values(recorded.fields)).not.to.include('header-button');
    });
  }

  it('cross-origin (apiDomain on another origin): the request carries Origin and the answer is readable', async () => {
    const { apiKey, session } = await signedIn();
    const fetches = spyFetch();
    const events = recordLogouts();

    const response = await logout({ apiKey, apiDomain: info.crossOrigin });

    expect(response).to.include({ errorCode: 0, status: 'OK', apiVersion: 2 });
    expect(response.callId).to.equal(fetches[0].body!.callId);
    expect(fetches[0].init?.credentials).to.equal('include');
    const [recorded, ...more] = await logoutRequests(apiKey);
    expect(more).to.have.length(0);
    expect(recorded.origin).to.equal(location.origin);
    expect(recorded.fields.login_token).to.equal(session.token);
    expect(events).to.have.length(1);
    expect(sessionCookiesLeft(apiKey)).to.deep.equal([]);
  });

  it('no session: no request, a success, and onLogout fires (the user is logged out already)', async () => {
    const apiKey = freshKey();
    const events = recordLogouts();
    const fetches = spyFetch();

    const response = await logout({ apiKey, apiDomain: info.origin });

    expect(response).to.include({ errorCode: 0, errorMessage: '', status: 'OK' });
    expect(response.callId).to.match(HEX32);
    expect(events).to.have.length(1);
    expect(fetches).to.have.length(0);
    expect(await requests(apiKey)).to.deep.equal([]);
  });

  it('alwaysSend: the request goes without a visible session, with no login_token', async () => {
    const apiKey = freshKey();
    const events = recordLogouts();

    const response = await logout({ apiKey, apiDomain: info.origin, alwaysSend: true });

    expect(response).to.include({ errorCode: 0, errorMessage: '', status: 'OK' });
    expect(events).to.have.length(1);
    const [recorded, ...more] = await logoutRequests(apiKey);
    expect(more).to.have.length(0);
    expect(Object.keys(recorded.fields).sort()).to.deep.equal(['APIKey', 'authMode', 'format', 'sdk']);
  });

  it('the session cookies (and _gig_lt) are gone while the request is still pending', async () => {
    const { apiKey, session } = await signedIn();
    document.cookie = '_gig_lt=lt.value; path=/';
    await setAnswer(apiKey, 'hold');
    const events = recordLogouts();

    const call = start({ apiKey, apiDomain: info.origin });
    const arrived = await waitForRequests(apiKey, (recorded) => recorded.length === 1);
    expect(arrived.map((r) => r.fields.login_token)).to.deep.equal([session.token]);
    await expectPending(call.promise, 50);
    expect(sessionCookiesLeft(apiKey)).to.deep.equal([]);
    expect(document.cookie).not.to.match(new RegExp(`\\bglt(exp)?_${apiKey}=`));
    expect(events).to.have.length(0);

    expect(await release(apiKey)).to.equal(1);
    const response = await call.answered();
    expect(response.errorCode).to.equal(0);
    expect(events).to.have.length(1);
    expect(call.callbacks).to.deep.equal([response]);
  });

  it('a session cookie that survives removal is named in a console warning, once it is still there a second later', async () => {
    const { apiKey, session } = await signedIn();
    const warnings = stubConsoleWarn();
    // A cookie jar that ignores writes (as for a cookie set with attributes the page cannot match),
    // through document.cookie and through the Cookie Store API alike.
    const jar = replaceDocumentCookie(() => `glt_${apiKey}=${session.token}`, false);
    const store = { getAll: async () => [{ name: `glt_${apiKey}`, value: session.token }], delete: async () => {} };
    Object.defineProperty(window, 'cookieStore', { configurable: true, value: store });
    onCleanup(() => delete (window as { cookieStore?: unknown }).cookieStore);

    expect((await logout({ apiKey, apiDomain: info.origin })).errorCode).to.equal(0);
    // The check runs once the answer is delivered, off the path the caller waits on: a read, and the second a second later.
    await waitUntil(() => jar.reads == 3, `${jar.reads} reads`, { timeout: 3 * RECHECK_MS });
    await waitUntil(() => warnings.length, 'no warning');
    expect(warnings).to.have.length(1);
    expect(String(warnings[0][0])).to.contain(`glt_${apiKey}`);
    expect(String(warnings[0][0])).not.to.contain(session.token);
  });

  it("no warning for a cookie seen once after removal and gone at the second look (WebKit's late notice of an earlier write)", async () => {
    const { apiKey, session } = await signedIn();
    const warnings = stubConsoleWarn();
    // Read 1: the session, before the request; read 2: the removed cookie shown again; read 3: gone.
    const jar = replaceDocumentCookie((n, real) => (n <= 2 ? `glt_${apiKey}=${session.token}` : real));

    expect((await logout({ apiKey, apiDomain: info.origin })).errorCode).to.equal(0);
    await waitUntil(() => jar.reads == 3, `${jar.reads} reads`, { timeout: 3 * RECHECK_MS });
    await nextTask(); // the warning would follow the read in the same task
    expect(warnings).to.deep.equal([]);
  });

  it('no warning for a session cookie set anew right after the answer (a new sign-in is not a survivor)', async () => {
    const { apiKey, session } = await signedIn();
    const warnings = stubConsoleWarn();
    const jar = replaceDocumentCookie();
    const call = start({ apiKey, apiDomain: info.origin });
    // The page signs in again as soon as the answer is given, before the check's task runs.
    await call.promise;
    document.cookie = `glt_${apiKey}=${session.token}-new; path=/`;
    onCleanup(() => void (document.cookie = `glt_${apiKey}=; path=/; max-age=0`));
    expect((await call.answered()).errorCode).to.equal(0);
    await waitUntil(() => jar.reads == 2, `${jar.reads} reads`); // before the request, then the check
    await nextTask();
    expect(warnings).to.deep.equal([]);
  });

  it('no warning when the cookies are removed as they should be (the check reads once, and stops)', async () => {
    const { apiKey } = await signedIn();
    const warnings = stubConsoleWarn();
    const jar = replaceDocumentCookie();
    expect((await logout({ apiKey, apiDomain: info.origin })).errorCode).to.equal(0);
    await waitUntil(() => jar.reads == 2, `${jar.reads} reads`); // before the request, then the check
    await nextTask();
    expect(warnings).to.deep.equal([]);
    await sessionGone(apiKey);
  });

  for (const [where, params, url] of [
    ['the default data center', {}, 'https://socialize.us1.gigya.com/socialize.logout'],
    ["dataCenter 'eu1'", { dataCenter: 'eu1' }, 'https://socialize.eu1.gigya.com/socialize.logout'],
    ["dataCenter 'au1.gigya.com'", { dataCenter: 'au1.gigya.com' }, 'https://socialize.au1.gigya.com/socialize.logout'],
    ["dataCenter 'cn1.sapcdm.cn'", { dataCenter: 'cn1.sapcdm.cn' }, 'https://socialize.cn1.sapcdm.cn/socialize.logout'],
    [
      'an apiDomain (over dataCenter)',
      { dataCenter: 'eu1', apiDomain: 'https://login.example.com' },
      'https://login.example.com/socialize.logout',
    ],
    ["an apiDomain with a trailing '/'", { apiDomain: 'https://login.example.com/' }, 'https://login.example.com/socialize.logout'],
    [
      "a bare-host apiDomain of a data center, 'us1.gigya.com'",
      { apiDomain: 'us1.gigya.com' },
      'https://socialize.us1.gigya.com/socialize.logout',
    ],
    [
      "a bare-host apiDomain 'eu1.gigya.com' (over dataCenter)",
      { dataCenter: 'au1', apiDomain: 'eu1.gigya.com' },
      'https://socialize.eu1.gigya.com/socialize.logout',
    ],
    ["a bare-host apiDomain 'cn1.sapcdm.cn'", { apiDomain: 'cn1.sapcdm.cn' }, 'https://socialize.cn1.sapcdm.cn/socialize.logout'],
    ["a bare-host custom apiDomain 'login.example.com'", { apiDomain: 'login.example.com' }, 'https://login.example.com/socialize.logout'],
  ] as const) {
    it(`goes to ${url} for ${where}`, async () => {
      const apiKey = freshKey();
      document.cookie = `glt_${apiKey}=st2.routing|UUID=0; path=/`;
      const urls = stubLogoutFetch();

      const response = await logout({ apiKey, ...params });

      expect(urls.map((c) => c.url)).to.deep.equal([url]);
      expect(response).to.include({ errorCode: 0, callId: 'f'.repeat(32) });
      await sessionGone(apiKey); // expired before the answer (the order is pinned by session.test.ts)
    });
  }
});

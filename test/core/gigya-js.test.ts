// docs/contract.md §3.3: when the page has the official gigya.js, the core hands the call to it and mirrors its
// onLogout; the core's guarantees (validation, exactly one answer within `timeout`) still hold; a
// gigya.js <script> still loading is waited for; a page's own onGigyaServiceReady is kept.

import { expect, waitUntil } from '@open-wc/testing';
import { requests } from '../helpers/emulator.js';
import { isSdkScript } from '../../src/core/gigya-js.js';
import type { Socialize } from '../../src/core/types.js';
import { onCleanup } from '../helpers/cleanup.js';
import { type Handler, installStandIn, type LogoutCall } from '../helpers/gigya-js.js';
import { logout, recordLogouts, start } from '../helpers/logout.js';
import { cookieValue, freshKey, signedIn } from '../helpers/session.js';
import { page, spyFetch } from '../helpers/stubs.js';
import { settledWithin, sleep } from '../helpers/timing.js';
import { setup } from '../helpers/setup.js';

describe('core: bridge to gigya.js', () => {
  it('a gigya.js <script> is one whose URL path ends in /gigya.js (query and fragment aside); inline scripts and other paths are not', () => {
    const script = (src?: string) => Object.assign(document.createElement('script'), src == null ? {} : { src });
    expect(isSdkScript(script('https://cdns.gigya.com/js/gigya.js?apiKey=3_x'))).to.equal(true);
    expect(isSdkScript(script('/js/gigya.js#top'))).to.equal(true);
    expect(isSdkScript(script())).to.equal(false);
    expect(isSdkScript(script('https://example.test/loader.js?then=/gigya.js'))).to.equal(false);
    expect(isSdkScript(script('https://example.test/gigya.jsx'))).to.equal(false);
    expect(isSdkScript(script('https://example.test/gigya.js/'))).to.equal(false);
    expect(isSdkScript({ src: 'https://cdns.gigya.com/js/gigya.js' })).to.equal(false);
  });

  const info = setup();

  it('hands the call to gigya.js (cid, forceProvidersLogout; no context), makes no request, relays its answer', async () => {
    const { apiKey, session } = await signedIn();
    const standIn = installStandIn();
    const events = recordLogouts();
    const fetches = spyFetch();
    const context = { from: 'bridge' };

    const response = await logout({ apiKey, apiDomain: info.origin, cid: 'b1', context });

    expect(standIn.logoutCalls).to.have.length(1);
    const [call] = standIn.logoutCalls;
    expect(Object.keys(call).sort()).to.deep.equal(['callback', 'cid', 'forceProvidersLogout']);
    expect(call).to.include({ cid: 'b1', forceProvidersLogout: true });
    expect(response).to.include({ errorCode: 0, errorMessage: '', status: 'OK', callId: 'x', operation: 'logout' });
    expect(response.context).to.equal(context);
    expect(events).to.have.length(1);
    expect(events[0]).to.deep.equal({ eventName: 'logout', fullEventName: 'logout', isGlobal: true, context });
    expect(fetches).to.have.length(0);
    expect(await requests(apiKey)).to.deep.equal([]);
    expect(cookieValue(`glt_${apiKey}`), 'the session is gigya.js’s business').to.equal(session.cookie);
  });

  for (const off of [false, '0'] as const) {
    it(`forceProvidersLogout: ${JSON.stringify(off)} reaches gigya.js as false`, async () => {
      const standIn = installStandIn();

      await logout({ apiKey: freshKey(), forceProvidersLogout: off });

      expect(standIn.logoutCalls.map((call) => call.forceProvidersLogout)).to.deep.equal([false]);
    });
  }

  it('the onLogout mirror is registered once, and each logout is announced once', async () => {
    const standIn = installStandIn();
    const events = recordLogouts();

    await logout({ apiKey: freshKey() });
    await logout({ apiKey: freshKey() });
    (page.onGigyaServiceReady as (name: string) => void)('socialize');

    expect(standIn.handlers).to.have.length(1);
    expect(standIn.logoutCalls).to.have.length(2);
    expect(events).to.have.length(2);
  });

  it('a logout gigya.js starts by itself reaches our handlers (handler context, its source)', async () => {
    const standIn = installStandIn();
    (page.onGigyaServiceReady as (name: string) => void)('socialize');
    expect(standIn.handlers).to.have.length(1);
    const handlerContext = { registered: true };
    const withContext = recordLogouts(handlerContext);
    const without = recordLogouts();

    standIn.logsOutByItself('showScreenSet');

    expect(withContext).to.deep.equal([
      { eventName: 'logout', fullEventName: 'logout', isGlobal: true, context: handlerContext, source: 'showScreenSet' },
    ]);
    expect(without).to.deep.equal([{ eventName: 'logout', fullEventName: 'logout', isGlobal: true, source: 'showScreenSet' }]);
    expect('context' in without[0]).to.equal(false);
  });

  it('validation still applies: 400006 without calling gigya.js', async () => {
    const standIn = installStandIn();
    const events = recordLogouts();

    const response = await logout({ cid: 'c'.repeat(101) });

    expect(response).to.include({ errorCode: 400006, errorMessage: 'Invalid parameter value', status: 'FAIL' });
    expect(response.errorDetails).to.match(/\bcid\b/);
    expect(standIn.logoutCalls).to.have.length(0);
    expect(events).to.have.length(0);
  });

  it('no API key is needed: gigya.js has its own', async () => {
    const standIn = installStandIn();

    const response = await logout();

    expect(response.errorCode).to.equal(0);
    expect(standIn.logoutCalls).to.have.length(1);
  });

  it('gigya.js never calls back: 504002 Request timeout after `timeout`, no onLogout', async () => {
    const standIn = installStandIn({ never: true });
    const events = recordLogouts();

    const started = performance.now();
    const response = await logout({ timeout: 300 });
    const elapsed = performance.now() - started;

    expect(response).to.include({ errorCode: 504002, errorMessage: 'Request timeout', status: 'FAIL' });
    // Which timer fired: this call's 300 ms, not the default 15 s (which the test's 5 s could not wait for).
    expect(response.errorDetails).to.equal('gigya.js: no answer in 300 ms');
    expect(elapsed, 'waited the timeout').to.be.at.least(295);
    expect(standIn.logoutCalls).to.have.length(1);
    expect(events).to.have.length(0);
  });

  it('gigya.js calling back after our timeout: still one answer (504002), one callback', async () => {
    installStandIn({ after: 400, with: { errorCode: 0, callId: 'late' } });

    const call = start({ timeout: 200 });
    const response = await call.answered();
    await sleep(400);

    expect(response.errorCode).to.equal(504002);
    expect(call.callbacks).to.deep.equal([response]);
  });

  it('a gigya.js error is passed through, without onLogout', async () => {
    installStandIn({ with: { errorCode: 500026, errorMessage: 'Network error', callId: 'e1' } });
    const events = recordLogouts();

    const response = await logout();

    expect(response).to.include({ errorCode: 500026, errorMessage: 'Network error', status: 'FAIL', callId: 'e1' });
    expect(events).to.have.length(0);
  });

  it('a gigya.js <script> still loading: the call waits for it and goes to it, not to REST', async () => {
    const { apiKey, session } = await signedIn();
    const events = recordLogouts();
    const script = document.createElement('script');
    script.src = `/test/core/fixtures/gigya.js?delay=800&n=${Math.random()}`;
    document.head.append(script);
    onCleanup(() => {
      script.remove();
      delete page.gigya;
      delete (window as { __gigyaStandIn?: unknown }).__gigyaStandIn;
    });
    const context = { waited: true };

    const started = performance.now();
    const response = await logout({ apiKey, apiDomain: info.origin, cid: 'early', context });
    const elapsed = performance.now() - started;

    const record = (window as { __gigyaStandIn?: { logoutCalls: LogoutCall[]; handlers: Handler[] } }).__gigyaStandIn;
    expect(record, 'the stand-in loaded').to.be.an('object');
    expect(elapsed).to.be.at.least(700);
    expect(record!.logoutCalls.map((call) => call.cid)).to.deep.equal(['early']);
    expect(record!.handlers).to.have.length(1);
    expect(response).to.include({ errorCode: 0, callId: 'fixture-call-id', operation: 'logout' });
    expect(response.context).to.equal(context);
    expect(events.map((event) => event.context)).to.deep.equal([context]);
    expect(await requests(apiKey)).to.deep.equal([]);
    expect(cookieValue(`glt_${apiKey}`)).to.equal(session.cookie);
  });

  it('a gigya.js <script> that takes longer than `timeout` is waited for only that long, then REST', async () => {
    const { apiKey, session } = await signedIn();
    const script = document.createElement('script');
    // Answers 404 after 20 s: it never defines window.gigya, so nothing leaks into later tests.
    script.src = `/test/core/fixtures/missing/gigya.js?delay=20000&n=${Math.random()}`;
    let settled = false;
    for (const type of ['load', 'error']) script.addEventListener(type, () => (settled = true));
    document.head.append(script);
    onCleanup(() => script.remove());

    const started = performance.now();
    // 2 s: short against the script's 20 s, long enough for the REST attempt on a busy machine.
    const response = await logout({ apiKey, apiDomain: info.origin, timeout: 2000 });
    const elapsed = performance.now() - started;

    expect(response.errorCode).to.equal(0);
    expect(elapsed, 'waited for the script for the timeout').to.be.at.least(1990);
    expect(settled, 'answered by REST while the script was still loading').to.equal(false);
    const recorded = await requests(apiKey);
    expect(recorded.map((r) => r.fields.login_token)).to.deep.equal([session.token]);
  });

  it('a gigya.js <script> that failed to load is not waited for', async function () {
    this.timeout(15000);
    const { apiKey } = await signedIn();
    const script = document.createElement('script');
    script.src = `${info.closedOrigin}/js/gigya.js?n=${Math.random()}`;
    const failed = new Promise((resolve) => script.addEventListener('error', resolve));
    document.head.append(script);
    onCleanup(() => script.remove());
    await failed;

    const call = start({ apiKey, apiDomain: info.origin, timeout: 10000 });
    // A wait for the script would start its 10 s timer in the call; a timer of 10 s started after it
    // fires after it (HTML runs a page's timers of equal timeout in the order they were started), so
    // with such a wait ours would fire before the answer, however busy the machine.
    expect(await settledWithin(call.promise, 10000), 'answered before a wait for the script could have ended').to.equal('settled');
    const response = await call.answered();

    expect(response.errorCode).to.equal(0);
    expect(await requests(apiKey)).to.have.length(1);
  });

  it("a page's own window.onGigyaServiceReady is still called (and the mirror registered then)", () => {
    const standIn = installStandIn();
    const calls: unknown[][] = [];
    page.onGigyaServiceReady = function (this: unknown, ...args: unknown[]) {
      calls.push([this, ...args]);
      return 'page result';
    };
    onCleanup(() => (page.onGigyaServiceReady = undefined));

    const result = (page.onGigyaServiceReady as (name: string) => unknown).call(window, 'socialize');

    expect(calls).to.deep.equal([[window, 'socialize']]);
    expect(result).to.equal('page result');
    expect(standIn.handlers).to.have.length(1);
  });

  it('a page that declared `function onGigyaServiceReady` before loading the library: it loads, and both hooks run', async () => {
    const iframe = document.createElement('iframe');
    const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    iframe.src = '/test/core/fixtures/service-ready.html';
    document.body.append(iframe);
    onCleanup(() => iframe.remove());
    await loaded;
    const frame = iframe.contentWindow as Window & {
      coreSocialize?: Socialize;
      pageHookCalls: string[];
      onGigyaServiceReady: (name: string) => void;
      gigya?: unknown;
    };
    const errors: string[] = [];
    frame.addEventListener('error', (event) => errors.push(event.message));
    await waitUntil(() => frame.coreSocialize, 'the core did not load in a page with a declared onGigyaServiceReady', {
      timeout: 3000,
    });
    const registered: unknown[] = [];
    frame.gigya = { socialize: { logout() {}, addEventHandlers: (params: unknown) => void registered.push(params) } };

    frame.onGigyaServiceReady('socialize');

    expect(frame.pageHookCalls).to.deep.equal(['socialize']);
    expect(registered, 'the mirror was registered when gigya.js announced itself').to.have.length(1);
    expect(errors).to.deep.equal([]);
  });
});

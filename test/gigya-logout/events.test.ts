// The three DOM events of <gigya-logout>: gigya-logout-request, gigya-logout (per element and once on
// document) and gigya-logout-response, with real logouts against the Gigya emulator.

import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { socialize } from '../../src/index.js';
import { login, logoutRequests, release, requests, waitForRequests } from '../helpers/emulator.js';
import { cleanup } from '../helpers/cleanup.js';
import { clickAndWait, listen, logoutElement, nextResponse, record, twoLogoutElements } from '../helpers/element.js';
import { hasSession, newKey, signedIn } from '../helpers/session.js';
import { setGlobalConf } from '../helpers/stubs.js';
import { HEX32, SUCCESS } from '../helpers/logout.js';

describe('<gigya-logout> events', () => {
  afterEach(cleanup);

  describe('gigya-logout-request', () => {
    it('bubbles, is composed and cancelable, comes before anything is sent, with the merged params', async () => {
      const { apiKey, info } = await signedIn();
      setGlobalConf({ cid: 'conf-cid', timeout: 8000, alwaysSend: false, redirectOrigins: [info.crossOrigin], lang: 'de' });
      // Inside another component's shadow root: document hears it only because it is composed.
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const root = host.attachShadow({ mode: 'open' });
      const el = document.createElement('gigya-logout');
      el.setAttribute('api-key', apiKey);
      el.setAttribute('api-domain', info.origin);
      el.context = { from: 'shadow' };
      root.append(el);
      const seen: { sessionThen: boolean; event: Event; path: EventTarget[]; target: EventTarget | null }[] = [];
      listen(document, 'gigya-logout-request', (event) =>
        seen.push({ sessionThen: hasSession(apiKey), event, path: event.composedPath(), target: event.target }),
      );
      const response = await el.logout();
      expect(seen).to.have.length(1);
      const event = seen[0].event as CustomEvent;
      expect(event).to.include({ bubbles: true, composed: true, cancelable: true });
      expect(seen[0].path[0] === el, 'composedPath starts at the element').to.equal(true);
      expect(seen[0].target === host, 'retargeted to the shadow host').to.equal(true);
      expect(seen[0].sessionThen).to.equal(true);
      expect(event.detail.params).to.deep.equal({
        apiKey,
        apiDomain: info.origin,
        cid: 'conf-cid',
        timeout: 8000,
        alwaysSend: false,
        redirectOrigins: [info.crossOrigin],
        forceProvidersLogout: true,
        context: el.context,
      });
      expect(response.requestParams).to.deep.equal(event.detail.params);
      expect(await logoutRequests(apiKey)).to.have.length(1);
      el.remove();
    });

    it('a listener may change detail.params: the change is what is sent', async () => {
      const { apiKey, info } = await signedIn();
      const el = await logoutElement(apiKey, info.origin, { cid: 'before' });
      listen(el, 'gigya-logout-request', (event) => {
        event.detail.params.cid = 'after';
      });
      const response = await el.logout();
      expect(response.errorCode).to.equal(0);
      const recorded = await logoutRequests(apiKey);
      expect(recorded.map((r) => r.fields.cid)).to.deep.equal(['after']);
    });

    it('preventDefault(): no request, no other event, session untouched, logout() → 200001', async () => {
      const { apiKey, info, session } = await signedIn();
      const el = await logoutElement(apiKey, info.origin);
      const context = { mine: true };
      el.context = context;
      listen(document, 'gigya-logout-request', (event) => event.preventDefault());
      const onElement = record(el, 'gigya-logout');
      const onDocument = record(document, 'gigya-logout');
      const responses = record(document, 'gigya-logout-response');
      const statusBefore = el.shadowRoot!.querySelector('[part~="status"]')!.textContent;

      const response = await el.logout();
      expect(response).to.include({
        errorCode: 200001,
        errorMessage: 'Operation canceled',
        status: 'FAIL',
        operation: 'logout',
      });
      expect(response.context).to.equal(context);
      expect(response.callId).to.match(/^[0-9a-f]{32}$/);
      el.click();
      await aTimeout(200);
      expect(await requests(apiKey)).to.have.length(0);
      expect(onElement).to.have.length(0);
      expect(onDocument).to.have.length(0);
      expect(responses).to.have.length(0);
      expect(el.busy).to.equal(false);
      expect(el.hasAttribute('busy')).to.equal(false);
      expect(el.shadowRoot!.querySelector('[part~="status"]')!.textContent).to.equal(statusBefore);
      expect(document.cookie).to.contain(`glt_${apiKey}=${session.cookie}`);
    });
  });

  describe('gigya-logout and gigya-logout-response', () => {
    it('one logout: gigya-logout on the element (no bubbling), once on document and window, then the response', async () => {
      const { apiKey, info } = await signedIn();
      const el = await logoutElement(apiKey, info.origin);
      el.context = 'ctx-1';
      const order: string[] = [];
      listen(el, 'gigya-logout', () => order.push('element: gigya-logout'));
      listen(document, 'gigya-logout', () => order.push('document: gigya-logout'));
      listen(el, 'gigya-logout-response', () => order.push('element: gigya-logout-response'));
      const onElement = record(el, 'gigya-logout');
      const onBody = record(document.body, 'gigya-logout');
      const onDocument = record(document, 'gigya-logout');
      const onWindow = record(window, 'gigya-logout');
      const responses = record(el, 'gigya-logout-response');
      const responsesOnWindow = record(window, 'gigya-logout-response');

      const response = await el.logout();
      await aTimeout(50);
      expect(onElement).to.have.length(1);
      expect(onElement[0]).to.include({ bubbles: false, composed: false, cancelable: false });
      expect(onElement[0].detail).to.deep.equal({ eventName: 'logout', fullEventName: 'logout', isGlobal: true, apiKey, context: 'ctx-1' });
      expect(onBody).to.have.length(0);
      expect(onDocument).to.have.length(1);
      expect(onDocument[0]).to.include({ bubbles: true, cancelable: false });
      expect(onDocument[0].target === document).to.equal(true);
      expect(onDocument[0].detail).to.deep.equal(onElement[0].detail);
      expect(onWindow).to.have.length(1);
      expect(onWindow[0] === onDocument[0]).to.equal(true);

      expect(responses).to.have.length(1);
      expect(responses[0]).to.include({ bubbles: true, composed: true, cancelable: true });
      expect(responsesOnWindow).to.have.length(1);
      expect(responses[0].detail).to.equal(response);
      // gigya-logout (on the element and on document) comes before gigya-logout-response.
      expect([...order].sort()).to.deep.equal(['document: gigya-logout', 'element: gigya-logout', 'element: gigya-logout-response']);
      expect(order[2]).to.equal('element: gigya-logout-response');
    });

    it('the response detail has the gigya.js shape', async () => {
      const { apiKey, info } = await newKey();
      await login(apiKey, { providers: 'twitter' });
      const el = await logoutElement(apiKey, info.origin, { cid: 'shape' });
      const { response } = await clickAndWait(el);
      expect(response).to.include({ ...SUCCESS, context: null, connectedProviders: 'twitter' });
      expect(response.callId).to.match(HEX32);
      expect(response).not.to.have.property('statusCode');
      expect(response).not.to.have.property('statusReason');
      expect(response).not.to.have.property('errorDetails');
      expect(response.requestParams).to.deep.equal({ apiKey, apiDomain: info.origin, cid: 'shape', forceProvidersLogout: true });
    });

    it('a failed logout: the response (once) with the server error, no gigya-logout anywhere', async () => {
      const { apiKey, info } = await signedIn('error:400093');
      const el = await logoutElement(apiKey, info.origin);
      const onElement = record(el, 'gigya-logout');
      const onDocument = record(document, 'gigya-logout');
      const responses = record(el, 'gigya-logout-response');
      const response = await el.logout();
      await aTimeout(50);
      expect(response).to.include({ errorCode: 400093, errorMessage: 'Invalid ApiKey parameter', status: 'FAIL' });
      expect(responses.map((e) => e.detail)).to.deep.equal([response]);
      expect(onElement).to.have.length(0);
      expect(onDocument).to.have.length(0);
    });

    it('no session: no request, a success, gigya-logout fired', async () => {
      const { apiKey, info } = await newKey();
      const el = await logoutElement(apiKey, info.origin);
      const onElement = record(el, 'gigya-logout');
      const response = await el.logout();
      expect(response.errorCode).to.equal(0);
      expect(onElement).to.have.length(1);
      expect(await requests(apiKey)).to.have.length(0);
    });

    it('three elements: click one → its request, gigya-logout once on each, once on document/window, response on it only', async () => {
      const { apiKey, info } = await signedIn();
      const wrap = await fixture<HTMLDivElement>(html`
        <div>
          <gigya-logout api-key=${apiKey} api-domain=${info.origin}>One</gigya-logout>
          <section><gigya-logout api-key=${apiKey} api-domain=${info.origin}>Two</gigya-logout></section>
          <gigya-logout api-key=${apiKey} api-domain=${info.origin}>Three</gigya-logout>
        </div>
      `);
      const els = [...wrap.querySelectorAll('gigya-logout')];
      expect(els).to.have.length(3);
      const requestsOn = els.map((el) => record(el, 'gigya-logout-request'));
      const logoutsOn = els.map((el) => record(el, 'gigya-logout'));
      const responsesOn = els.map((el) => record(el, 'gigya-logout-response'));
      const onDocument = record(document, 'gigya-logout');
      const onWindow = record(window, 'gigya-logout');
      const responsesOnDocument = record(document, 'gigya-logout-response');

      const responded = nextResponse(els[1]);
      els[1].click();
      await responded;
      await aTimeout(100);
      expect(requestsOn.map((list) => list.length)).to.deep.equal([0, 1, 0]);
      expect(logoutsOn.map((list) => list.length)).to.deep.equal([1, 1, 1]);
      expect(onDocument).to.have.length(1);
      expect(onWindow).to.have.length(1);
      expect(responsesOn.map((list) => list.length)).to.deep.equal([0, 1, 0]);
      expect(responsesOnDocument).to.have.length(1);
      expect(responsesOnDocument[0].target === els[1]).to.equal(true);
      expect(await logoutRequests(apiKey)).to.have.length(1);
    });

    it('socialize.logout() (the JS API) reaches every element and document once, with no request or response events', async () => {
      const { apiKey, info } = await signedIn();
      const els = await twoLogoutElements(apiKey, info.origin);
      const logoutsOn = els.map((el) => record(el, 'gigya-logout'));
      const requestEvents = record(document, 'gigya-logout-request');
      const responseEvents = record(document, 'gigya-logout-response');
      const onDocument = record(document, 'gigya-logout');
      const onWindow = record(window, 'gigya-logout');
      const context = { from: 'api' };
      const response = await socialize.logout({ apiKey, apiDomain: info.origin, context });
      await aTimeout(100);
      expect(response.errorCode).to.equal(0);
      expect(logoutsOn.map((list) => list.length)).to.deep.equal([1, 1]);
      expect(logoutsOn[0][0].detail.context).to.equal(context);
      expect(onDocument).to.have.length(1);
      expect(onDocument[0].detail.context).to.equal(context);
      expect(onWindow).to.have.length(1);
      expect(requestEvents).to.have.length(0);
      expect(responseEvents).to.have.length(0);
      expect(await logoutRequests(apiKey)).to.have.length(1);
    });

    it('a removed element hears no more logouts; put back, it hears them again', async () => {
      const { apiKey, info } = await newKey();
      const [stays, leaves] = await twoLogoutElements(apiKey, info.origin);
      const wrap = stays.parentElement!;
      const onStays = record(stays, 'gigya-logout');
      const onLeaves = record(leaves, 'gigya-logout');
      const onDocument = record(document, 'gigya-logout');
      leaves.remove();
      await stays.logout();
      await socialize.logout({ apiKey, apiDomain: info.origin });
      expect(onStays).to.have.length(2);
      expect(onLeaves).to.have.length(0);
      expect(onDocument).to.have.length(2);
      wrap.append(leaves);
      await stays.logout();
      expect(onStays).to.have.length(3);
      expect(onLeaves).to.have.length(1);
      expect(onDocument).to.have.length(3);
    });

    it('an element moved to another parent mid-request still gets its response once (and gigya-logout once)', async () => {
      const { apiKey, info } = await signedIn('hold', 1);
      const wrap = await fixture<HTMLDivElement>(html`
        <div>
          <div class="a"><gigya-logout api-key=${apiKey} api-domain=${info.origin}></gigya-logout></div>
          <div class="b"></div>
        </div>
      `);
      const el = wrap.querySelector('gigya-logout')!;
      const newParent = wrap.querySelector('.b')!;
      const responses = record(el, 'gigya-logout-response');
      const onNewParent = record(newParent, 'gigya-logout-response');
      const logouts = record(el, 'gigya-logout');
      const onDocument = record(document, 'gigya-logout');
      el.click();
      await waitForRequests(apiKey, (r) => r.length === 1);
      expect(el.busy).to.equal(true);
      newParent.append(el);
      await el.updateComplete;
      expect(el.busy).to.equal(true);
      expect(el.hasAttribute('busy')).to.equal(true);
      expect(await release(apiKey)).to.equal(1);
      await waitUntil(() => responses.length > 0, 'no response after release');
      await aTimeout(100);
      expect(responses).to.have.length(1);
      expect(responses[0].detail.errorCode).to.equal(0);
      expect(onNewParent).to.have.length(1);
      expect(logouts).to.have.length(1);
      expect(onDocument).to.have.length(1);
      expect(el.busy).to.equal(false);
      expect(await logoutRequests(apiKey)).to.have.length(1);
    });

    it('an element removed mid-request still answers its own caller, but hears no gigya-logout', async () => {
      const { apiKey, info } = await signedIn('hold', 1);
      const el = await logoutElement(apiKey, info.origin);
      const responses = record(el, 'gigya-logout-response');
      const logouts = record(el, 'gigya-logout');
      const onDocument = record(document, 'gigya-logout');
      const pending = el.logout();
      await waitForRequests(apiKey, (r) => r.length === 1);
      el.remove();
      await release(apiKey);
      const response = await pending;
      expect(response.errorCode).to.equal(0);
      expect(responses.map((e) => e.detail)).to.deep.equal([response]);
      expect(logouts).to.have.length(0);
      expect(onDocument).to.have.length(1);
    });

    it('two elements clicked at the same time share one request; each gets its own response and context', async () => {
      const { apiKey, info } = await signedIn('hold', 1);
      const wrap = await fixture<HTMLDivElement>(html`
        <div>
          <gigya-logout api-key=${apiKey} api-domain=${info.origin} cid="first" context="ctx-a"></gigya-logout>
          <gigya-logout api-key=${apiKey} api-domain=${info.origin} cid="second" context="ctx-b"></gigya-logout>
        </div>
      `);
      const [a, b] = [...wrap.querySelectorAll('gigya-logout')];
      const onA = record(a, 'gigya-logout');
      const onDocument = record(document, 'gigya-logout');
      const first = a.logout();
      const second = b.logout();
      await waitForRequests(apiKey, (r) => r.length === 1);
      expect(a.busy && b.busy).to.equal(true);
      await release(apiKey);
      const [ra, rb] = await Promise.all([first, second]);
      expect([ra.context, rb.context]).to.deep.equal(['ctx-a', 'ctx-b']);
      expect([ra.errorCode, rb.errorCode]).to.deep.equal([0, 0]);
      const recorded = await logoutRequests(apiKey);
      expect(recorded.map((r) => r.fields.cid)).to.deep.equal(['first']);
      expect(onA.map((e) => e.detail.context)).to.deep.equal(['ctx-a']);
      expect(onDocument).to.have.length(1);
    });
  });
});

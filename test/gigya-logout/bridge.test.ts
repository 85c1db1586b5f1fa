// <gigya-logout> on a page that has the official gigya.js (a stand-in with its public shapes): the
// element's logouts go through it, and logouts gigya.js makes on its own reach every element.

import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { GigyaLogout } from '../../src/index.js';
import { requests } from '../helpers/emulator.js';
import { cleanup, onCleanup } from '../helpers/cleanup.js';
import { nextResponse, record } from '../helpers/element.js';
import { newKey } from '../helpers/session.js';
import { installStandIn } from '../helpers/gigya-js.js';

/** gigya.js on the page (a stand-in): its logout answers after 20 ms; its own logouts come from a screen-set. */
const fakeGigya = () =>
  installStandIn({ after: 20, source: 'showScreenSet', with: { errorCode: 0, callId: 'f'.repeat(32), operation: 'logout' } });

describe('<gigya-logout> with gigya.js on the page', () => {
  afterEach(cleanup);

  it('connecting elements registers one mirror on gigya.js, however many elements', async () => {
    const gigya = fakeGigya();
    await fixture(html`<div><gigya-logout></gigya-logout><gigya-logout></gigya-logout><gigya-logout></gigya-logout></div>`);
    expect(gigya.handlers).to.have.length(1);
  });

  it('a logout gigya.js makes by itself reaches every element and document once, with no response event', async () => {
    const gigya = fakeGigya();
    const wrap = await fixture(html`<div><gigya-logout></gigya-logout><gigya-logout></gigya-logout></div>`);
    const els = [...wrap.querySelectorAll('gigya-logout')];
    const logoutsOn = els.map((el) => record(el, 'gigya-logout'));
    const onDocument = record(document, 'gigya-logout');
    const responses = record(document, 'gigya-logout-response');
    gigya.logsOutByItself('showScreenSet');
    expect(logoutsOn.map((list) => list.length)).to.deep.equal([1, 1]);
    expect(logoutsOn[0][0].detail).to.deep.equal({ eventName: 'logout', fullEventName: 'logout', isGlobal: true, source: 'showScreenSet' });
    expect(onDocument).to.have.length(1);
    expect(responses).to.have.length(0);
  });

  it('a click goes through gigya.js: one call (cid, forceProvidersLogout; no context), events once each, in order', async () => {
    const { apiKey, info } = await newKey();
    const gigya = fakeGigya();
    const el = await fixture<GigyaLogout>(html`
      <gigya-logout api-key=${apiKey} api-domain=${info.origin} cid="bridged" force-providers-logout="false"></gigya-logout>
    `);
    const context = { from: 'header' };
    el.context = context;
    const order: string[] = [];
    el.addEventListener('gigya-logout', (e) => order.push(`gigya-logout ${e.detail.context === context}`));
    el.addEventListener('gigya-logout-response', (e) => order.push(`response ${e.detail.errorCode}`));
    const onDocument = record(document, 'gigya-logout');
    const responded = nextResponse(el);
    el.click();
    const response = await responded;
    await aTimeout(50);
    expect(gigya.logoutCalls).to.have.length(1);
    expect(Object.keys(gigya.logoutCalls[0]).sort()).to.deep.equal(['callback', 'cid', 'forceProvidersLogout']);
    expect(gigya.logoutCalls[0]).to.include({ cid: 'bridged', forceProvidersLogout: false });
    expect(response.errorCode).to.equal(0);
    expect(response.context === context).to.equal(true);
    expect(order).to.deep.equal(['gigya-logout true', 'response 0']);
    expect(onDocument).to.have.length(1);
    expect(await requests(apiKey)).to.have.length(0);
  });

  it('gigya.js loaded after the elements: its onGigyaServiceReady registers the mirror (and calls the page hook)', async () => {
    const pageHook: unknown[] = [];
    const w = window as { onGigyaServiceReady?: (...args: unknown[]) => unknown };
    w.onGigyaServiceReady = (...args: unknown[]) => pageHook.push(args);
    onCleanup(() => {
      w.onGigyaServiceReady = undefined;
    });
    const el = await fixture<GigyaLogout>(html`<gigya-logout></gigya-logout>`);
    const gigya = fakeGigya();
    expect(gigya.handlers).to.have.length(0);
    w.onGigyaServiceReady!('ready');
    expect(gigya.handlers).to.have.length(1);
    expect(pageHook).to.deep.equal([['ready']]);
    const logouts = record(el, 'gigya-logout');
    gigya.logsOutByItself('showScreenSet');
    expect(logouts).to.have.length(1);
  });
});

// <gigya-logout> on a page that has the official gigya.js (a stand-in with its public shapes): the
// element's logouts go through it, and logouts gigya.js makes on its own reach every element.

import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { GigyaLogout } from '../../src/index.js';
import { requests } from '../helpers/emulator.js';
import { cleanup, newKey, nextResponse, onCleanup, record } from './helpers.js';

interface FakeGigya {
  /** The params of each socialize.logout call. */
  calls: Record<string, unknown>[];
  /** The onLogout handlers registered with it. */
  handlers: ((event: Record<string, unknown>) => void)[];
  /** gigya.js logs the user out by itself (a screen-set, another widget). */
  fireLogout(): void;
}

/** Puts a gigya.js stand-in on `window.gigya` until cleanup; its logout answers after 20 ms. */
function fakeGigya(): FakeGigya {
  const fake: FakeGigya = {
    calls: [],
    handlers: [],
    fireLogout() {
      for (const handler of fake.handlers) handler({ eventName: 'logout', source: 'showScreenSet' });
    },
  };
  const gigya = {
    socialize: {
      logout(params: Record<string, unknown>) {
        fake.calls.push(params);
        setTimeout(() => {
          fake.fireLogout();
          (params.callback as (r: object) => void)({ errorCode: 0, callId: 'f'.repeat(32), operation: 'logout' });
        }, 20);
      },
      addEventHandlers({ onLogout }: { onLogout: (event: Record<string, unknown>) => void }) {
        fake.handlers.push(onLogout);
      },
    },
  };
  (window as { gigya?: unknown }).gigya = gigya;
  onCleanup(() => delete (window as { gigya?: unknown }).gigya);
  return fake;
}

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
    gigya.fireLogout();
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
    expect(gigya.calls).to.have.length(1);
    expect(Object.keys(gigya.calls[0]).sort()).to.deep.equal(['callback', 'cid', 'forceProvidersLogout']);
    expect(gigya.calls[0]).to.include({ cid: 'bridged', forceProvidersLogout: false });
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
    gigya.fireLogout();
    expect(logouts).to.have.length(1);
  });
});

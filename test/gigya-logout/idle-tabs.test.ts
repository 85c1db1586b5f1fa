// docs/contract.md §8 across real tabs (the test page and same-origin popups, test/helpers/second-tab.ts):
// activity in another tab resets the timer here; the warning opens in every tab, and "Stay signed in"
// in one closes it in all; at the end exactly one logout request leaves however many tabs there are,
// also when the tab that would have signed out closes first.

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { GigyaLogout } from '../../src/index.js';
import { logoutRequests } from '../helpers/emulator.js';
import { tabElement, type SecondTab } from '../helpers/second-tab.js';
import { cleanup, onCleanup } from '../helpers/cleanup.js';
import { LOCK } from '../../src/core/idle.js';
import { idleJoined, record, secondTab, shadow, watch } from '../helpers/element.js';
import { signedIn } from '../helpers/session.js';

/** An element with these idle attributes in another tab, once it has joined that tab's idle timer. */
async function tabIdle(tab: SecondTab, apiKey: string, origin: string, timeout: string, warning: string, alwaysSend = false) {
  const attributes = { 'api-key': apiKey, 'api-domain': origin, 'idle-timeout': timeout, 'idle-warning': warning };
  const el = tabElement(tab, alwaysSend ? { ...attributes, 'always-send': '' } : attributes);
  await tab.window.customElements.whenDefined('gigya-logout');
  await (el as GigyaLogout).updateComplete;
  await new Promise((resolve) => tab.window.setTimeout(resolve, 50)); // its idle module's import
  return el as GigyaLogout;
}

async function here(apiKey: string, origin: string, timeout: string, warning: string, alwaysSend = false) {
  const el = await fixture<GigyaLogout>(
    html`<gigya-logout
      api-key=${apiKey}
      api-domain=${origin}
      idle-timeout=${timeout}
      idle-warning=${warning}
      ?always-send=${alwaysSend}
    ></gigya-logout>`,
  );
  await idleJoined();
  return el;
}

/** Delays each logout announcement `win` sends on the cross-tab channel by `ms` (a slow channel), until cleanup. */
function slowAnnouncements(win: Window & typeof globalThis, ms: number) {
  const proto = win.BroadcastChannel.prototype;
  const post = proto.postMessage;
  proto.postMessage = function (this: BroadcastChannel, data: unknown) {
    if (typeof data == 'string' && data.startsWith('logout:')) win.setTimeout(() => post.call(this, data), ms);
    else post.call(this, data);
  };
  onCleanup(() => (proto.postMessage = post));
}

describe('idle across tabs', () => {
  afterEach(cleanup);

  it('activity in the other tab resets the timer here', async function () {
    this.timeout(8000);
    const { apiKey, info } = await signedIn();
    const tab = await secondTab();
    await tabIdle(tab, apiKey, info.origin, '2', '1');
    const el = await here(apiKey, info.origin, '2', '1');
    await oneEvent(el, 'gigya-logout-idle-warning');
    const active = oneEvent(el, 'gigya-logout-active');
    tab.window.dispatchEvent(new tab.window.PointerEvent('pointerdown'));
    await active;
    expect(shadow(el).querySelector('dialog')).to.equal(null);
    expect(await logoutRequests(apiKey)).to.have.length(0);
  });

  it('the warning opens in every tab; "Stay signed in" in one closes it in all', async function () {
    this.timeout(8000);
    const { apiKey, info } = await signedIn();
    const tab = await secondTab();
    const there = await tabIdle(tab, apiKey, info.origin, '30', '1'); // a longer timeout there: this tab's warning opens it
    const el = await here(apiKey, info.origin, '1.5', '1');
    const warnedThere = oneEvent(there, 'gigya-logout-idle-warning');
    await oneEvent(el, 'gigya-logout-idle-warning');
    await warnedThere;
    const dialogThere = there.shadowRoot!.querySelector('dialog')!;
    expect(dialogThere.open).to.equal(true);
    const activeHere = oneEvent(el, 'gigya-logout-active');
    (there.shadowRoot!.querySelector('[part~="idle-stay"]') as HTMLButtonElement).click();
    await activeHere;
    expect(there.shadowRoot!.querySelector('dialog')).to.equal(null);
    expect(shadow(el).querySelector('dialog')).to.equal(null);
  });

  it('at the end exactly one logout request leaves, from three tabs; the others announce it', async function () {
    this.timeout(8000);
    const { apiKey, info } = await signedIn();
    const tabs = [await secondTab(), await secondTab()];
    const watched = tabs.map((tab) => watch(tab.window));
    for (const tab of tabs) await tabIdle(tab, apiKey, info.origin, '1.5', '0.5');
    const el = await here(apiKey, info.origin, '1.5', '0.5');
    const heard = record(el, 'gigya-logout');
    await Promise.all(watched.map((log) => log.until((items) => items.length >= 1)));
    await new Promise((resolve) => setTimeout(resolve, 300)); // a second request would have left by now
    const sources = [...heard.map((e) => e.detail.source), ...watched.map((log) => log.details[0].source)].sort();
    expect(sources).to.deep.equal(['idle', 'other-tab', 'other-tab'].filter((s) => sources.includes('idle') || s != 'idle'));
    expect(sources.filter((s) => s == 'idle')).to.have.length(1);
    expect(await logoutRequests(apiKey)).to.have.length(1);
  });

  it('always-send, three tabs, the announcement slower than the lock: still exactly one request, and each tab hears one logout', async function () {
    this.timeout(8000);
    const { apiKey, info } = await signedIn();
    const tabs = [await secondTab(), await secondTab()];
    const windows = [window, ...tabs.map((tab) => tab.window)];
    for (const win of windows) slowAnnouncements(win, 500); // the next lock holder's turn comes first
    const watched = windows.map((win) => watch(win));
    for (const tab of tabs) await tabIdle(tab, apiKey, info.origin, '1.5', '0.5', true);
    await here(apiKey, info.origin, '1.5', '0.5', true);
    await Promise.all(watched.map((log) => log.until((items) => items.length >= 1)));
    // Each tab's turn at the lock has come and gone (its logout, if it ran one, has answered).
    await Promise.all(windows.map((win) => win.navigator.locks.request(LOCK, () => undefined)));
    expect(watched.map((log) => log.details.length)).to.deep.equal([1, 1, 1]);
    expect(watched.map((log) => log.details[0].source).sort()).to.deep.equal(['idle', 'other-tab', 'other-tab']);
    expect(await logoutRequests(apiKey)).to.have.length(1);
  });

  it('the tab that would have signed out closes first: another does it, one request', async function () {
    this.timeout(8000);
    const { apiKey, info } = await signedIn();
    const tab = await secondTab();
    await tabIdle(tab, apiKey, info.origin, '1.5', '0.5'); // joined first: its timer ends first
    const el = await here(apiKey, info.origin, '1.5', '0.5');
    tab.close();
    const loggedOut = await oneEvent(el, 'gigya-logout');
    expect(loggedOut.detail.source).to.equal('idle');
    await oneEvent(el, 'gigya-logout-response');
    expect(await logoutRequests(apiKey)).to.have.length(1);
  });
});

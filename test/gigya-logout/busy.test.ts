// While a logout is in flight (the emulator holds the answer): the busy state, one logout per
// element however often it is activated, the live region, focus and layout.

import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import '../../src/index.js';
import type { GigyaLogout } from '../../src/index.js';
import { heldRequests, login, logoutRequests, release, setAnswer, setPosture, waitForRequests } from '../helpers/emulator.js';
import { forgetOrigins, stubConsoleWarn } from '../helpers/stubs.js';
import '../../src/locales/de.js';
import { cleanup, onCleanup } from '../helpers/cleanup.js';
import {
  button,
  centerOf,
  heldElement,
  inBusyState,
  layoutSettled,
  logoutElement,
  nextResponse,
  record,
  shadow,
  statusRegion,
} from '../helpers/element.js';
import { signedIn } from '../helpers/session.js';
import { settledWithin } from '../helpers/timing.js';

/** The box of `el`, measured once layout has settled. */
const rectOf = async (el: Element) => {
  await layoutSettled();
  const { x, y, width, height } = el.getBoundingClientRect();
  return { x, y, width, height };
};

describe('<gigya-logout> busy', () => {
  afterEach(async () => {
    await resetMouse();
    await cleanup();
  });

  it('while in flight: busy attribute, el.busy, :state(busy), aria-disabled (not disabled); all gone after', async () => {
    const { el, apiKey } = await heldElement();
    expect(el.busy).to.equal(false);
    expect(el.hasAttribute('busy')).to.equal(false);
    expect(inBusyState(el)).not.to.equal(true);
    expect(button(el).hasAttribute('aria-disabled')).to.equal(false);

    const responded = nextResponse(el);
    el.click();
    await waitForRequests(apiKey, (r) => r.length === 1);
    await el.updateComplete;
    expect(el.busy).to.equal(true);
    expect(el.hasAttribute('busy')).to.equal(true);
    const state = inBusyState(el);
    if (state !== undefined) expect(state).to.equal(true);
    expect(button(el).getAttribute('aria-disabled')).to.equal('true');
    expect(button(el).disabled).to.equal(false);
    expect(button(el).hasAttribute('disabled')).to.equal(false);

    await release(apiKey);
    expect((await responded).errorCode).to.equal(0);
    await el.updateComplete;
    expect(el.busy).to.equal(false);
    expect(el.hasAttribute('busy')).to.equal(false);
    if (state !== undefined) expect(inBusyState(el)).to.equal(false);
    expect(button(el).hasAttribute('aria-disabled')).to.equal(false);
  });

  it('20 fast clicks, mouse clicks and Enter/Space while busy → one request, one request event, one response', async () => {
    const { el, apiKey } = await heldElement();
    const requestEvents = record(el, 'gigya-logout-request');
    const responses = record(el, 'gigya-logout-response');
    el.focus();
    for (let i = 0; i < 20; i++) el.click();
    for (let i = 0; i < 3; i++) await sendMouse({ type: 'click', position: await centerOf(el) });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: ' ' }); // Space (BiDi knows it only by its key value)
    await sendKeys({ press: 'Enter' });
    button(el).click();
    await waitForRequests(apiKey, (r) => r.length >= 1);
    expect(el.busy).to.equal(true);
    const inFlight = el.logout(); // taken while busy: the logout in flight, not a new one
    await release(apiKey);
    await inFlight;
    await aTimeout(100);
    expect(requestEvents).to.have.length(1);
    expect(responses).to.have.length(1);
    expect(await logoutRequests(apiKey)).to.have.length(1);
  });

  it('keeps keyboard focus on the button while busy and after', async () => {
    const { el, apiKey } = await heldElement();
    el.focus();
    expect(document.activeElement === el).to.equal(true);
    expect(shadow(el).activeElement === button(el)).to.equal(true);
    const responded = nextResponse(el);
    await sendKeys({ press: 'Enter' });
    await waitForRequests(apiKey, (r) => r.length === 1);
    await el.updateComplete;
    expect(el.busy).to.equal(true);
    expect(document.activeElement === el, 'host focused while busy').to.equal(true);
    expect(shadow(el).activeElement === button(el), 'button focused while busy').to.equal(true);
    await heldRequests(apiKey);
    await release(apiKey);
    await responded;
    await el.updateComplete;
    expect(shadow(el).activeElement === button(el), 'button focused after').to.equal(true);
  });

  it('el.logout() while busy returns the same promise, which resolves with the response event detail', async () => {
    const { el, apiKey } = await heldElement();
    const responses = record(el, 'gigya-logout-response');
    el.click();
    const first = el.logout();
    const second = el.logout();
    expect(first === second, 'same promise').to.equal(true);
    expect(await settledWithin(first, 200)).to.equal('pending');
    await heldRequests(apiKey);
    await release(apiKey);
    const response = await first;
    expect(responses).to.have.length(1);
    expect(responses[0].detail === response, 'the event detail is the resolved response').to.equal(true);
    const next = el.logout();
    expect(next === first, 'a new logout after the answer').to.equal(false);
    await next;
    expect(responses).to.have.length(2);
    expect(await logoutRequests(apiKey)).to.have.length(1); // the session was over: no second request
  });

  it('the live region (role=status) says "Signing out…", then "Signed out"', async () => {
    const { el, apiKey } = await heldElement();
    const region = statusRegion(el);
    expect(region.getAttribute('role')).to.equal('status');
    expect(region.textContent!.trim()).to.equal('');
    const responded = nextResponse(el);
    el.click();
    await el.updateComplete;
    expect(region.textContent!.trim()).to.equal('Signing out…');
    // Release only what has arrived: released earlier, the hold would miss the request.
    expect(await heldRequests(apiKey)).to.equal(1);
    expect(await release(apiKey)).to.equal(1);
    await responded;
    await el.updateComplete;
    expect(region.textContent!.trim()).to.equal('Signed out');
  });

  it('the live region says "Sign-out failed" after a failure', async () => {
    const { apiKey, info } = await signedIn('error:500001');
    const el = await logoutElement(apiKey, info.origin);
    const response = await el.logout();
    await el.updateComplete;
    expect(response.errorCode).to.equal(500001);
    expect(statusRegion(el).textContent!.trim()).to.equal('Sign-out failed');
  });

  it('a logout sent whose answer cannot be read (docs/contract.md §2.2): it says so, not "Signed out", even with success-text', async () => {
    forgetOrigins();
    stubConsoleWarn();
    const { apiKey, info } = await signedIn();
    await setPosture(apiKey, 'cors=none');
    const el = await fixture<GigyaLogout>(
      html`<gigya-logout api-key=${apiKey} api-domain=${info.crossOrigin} success-text="Done"></gigya-logout>`,
    );
    const response = await el.logout();
    await el.updateComplete;
    expect(response).to.include({ errorCode: 0, confirmed: false });
    expect(statusRegion(el).textContent!.trim()).to.equal('Signed out on this device; the server did not confirm it');
    el.lang = 'de';
    await el.updateComplete;
    expect(statusRegion(el).textContent!.trim()).to.equal('Auf diesem Gerät abgemeldet; der Server hat es nicht bestätigt');
  });

  it('busy-text, success-text and failure-text override the announcements', async () => {
    const { apiKey, info } = await signedIn('hold', 1);
    await setAnswer(apiKey, 'error:500001', 1);
    const el = await fixture<GigyaLogout>(html`
      <gigya-logout
        api-key=${apiKey}
        api-domain=${info.origin}
        busy-text="Abmelden…"
        success-text="Abgemeldet"
        failure-text="Abmelden fehlgeschlagen"
      ></gigya-logout>
    `);
    const region = statusRegion(el);
    const done = el.logout();
    await el.updateComplete;
    expect(region.textContent!.trim()).to.equal('Abmelden…');
    await waitForRequests(apiKey, (r) => r.length === 1);
    await release(apiKey);
    await done;
    await el.updateComplete;
    expect(region.textContent!.trim()).to.equal('Abgemeldet');
    await login(apiKey);
    expect((await el.logout()).errorCode).to.equal(500001);
    await el.updateComplete;
    expect(region.textContent!.trim()).to.equal('Abmelden fehlgeschlagen');
  });

  it('no layout shift: the host and its button keep their boxes while busy', async () => {
    const { el, apiKey } = await heldElement();
    const wrap = el.parentElement!;
    wrap.style.font = '16px sans-serif';
    const idleHost = await rectOf(el);
    const idleButton = await rectOf(button(el));
    el.click();
    await waitForRequests(apiKey, (r) => r.length === 1);
    await el.updateComplete;
    expect(el.busy).to.equal(true);
    expect(await rectOf(el)).to.deep.equal(idleHost);
    expect(await rectOf(button(el))).to.deep.equal(idleButton);
    const spinner = shadow(el).querySelector('[part~="spinner"]')!;
    expect(getComputedStyle(spinner).visibility).to.equal('visible');
    const inFlight = el.logout();
    await release(apiKey);
    await inFlight;
    await el.updateComplete;
    expect(await rectOf(el)).to.deep.equal(idleHost);
    expect(getComputedStyle(spinner).visibility).to.equal('hidden');
  });

  it('busy is read-only for users (no setter)', async () => {
    const el = await fixture<GigyaLogout>(html`<gigya-logout></gigya-logout>`);
    const descriptor = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'busy');
    expect(typeof descriptor?.get).to.equal('function');
    expect(descriptor?.set).to.equal(undefined);
    onCleanup(() => el.remove());
  });
});

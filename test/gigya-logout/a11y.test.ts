// Accessibility of <gigya-logout>: one native button in an open shadow root, delegated focus, its
// accessible name, axe checks idle/busy/disabled, keyboard-only use and `disabled`.

import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import '../../src/index.js';
import type { GigyaLogout } from '../../src/index.js';
import { login, logoutRequests, release, requests, waitForRequests } from '../helpers/emulator.js';
import { accessibility } from '../helpers/accessibility.js';
import { cleanup } from '../helpers/cleanup.js';
import { button, centerOf, logoutElement, nextResponse, record, shadow } from '../helpers/element.js';
import { signedIn } from '../helpers/session.js';

describe('<gigya-logout> accessibility', () => {
  afterEach(async () => {
    await resetMouse();
    await cleanup();
  });

  it('renders exactly one <button type="button" part="button"> in an open shadow root', async () => {
    const el = await fixture<GigyaLogout>(html`<gigya-logout></gigya-logout>`);
    expect(el.shadowRoot).to.not.equal(null);
    expect(shadow(el).mode).to.equal('open');
    const buttons = shadow(el).querySelectorAll('button');
    expect(buttons).to.have.length(1);
    expect(buttons[0].getAttribute('type')).to.equal('button');
    expect(buttons[0].getAttribute('part')).to.equal('button');
    expect(shadow(el).querySelectorAll('[tabindex]')).to.have.length(0);
  });

  it('delegates focus: el.focus() focuses the inner button', async () => {
    const el = await fixture<GigyaLogout>(html`<gigya-logout></gigya-logout>`);
    expect(shadow(el).delegatesFocus).to.equal(true);
    el.focus();
    expect(document.activeElement === el, 'document.activeElement is the host').to.equal(true);
    expect(shadow(el).activeElement === button(el), 'shadowRoot.activeElement is the button').to.equal(true);
    expect(el.matches(':focus')).to.equal(true);
    el.blur();
    expect(shadow(el).activeElement === null, 'nothing focused inside after blur').to.equal(true);
  });

  it('accessible name: "Log out" by default, the slotted text otherwise; role button', async () => {
    const wrap = await fixture<HTMLDivElement>(html`
      <div>
        <gigya-logout></gigya-logout>
        <gigya-logout>Sign out</gigya-logout>
        <gigya-logout><span>Bye</span> now</gigya-logout>
      </div>
    `);
    const names = [...wrap.querySelectorAll('gigya-logout')].map((el) => accessibility(button(el)));
    expect(names).to.deep.equal([
      { name: 'Log out', role: 'button' },
      { name: 'Sign out', role: 'button' },
      { name: 'Bye now', role: 'button' },
    ]);
  });

  it('aria-label on the host is forwarded to the button (and removed with it)', async () => {
    const el = await fixture<GigyaLogout>(html`<gigya-logout aria-label="Sign out of Example">Out</gigya-logout>`);
    expect(button(el).getAttribute('aria-label')).to.equal('Sign out of Example');
    expect(accessibility(button(el)).name).to.equal('Sign out of Example');
    el.setAttribute('aria-label', 'Leave');
    await el.updateComplete;
    expect(button(el).getAttribute('aria-label')).to.equal('Leave');
    el.removeAttribute('aria-label');
    await el.updateComplete;
    expect(button(el).hasAttribute('aria-label')).to.equal(false);
    expect(accessibility(button(el)).name).to.equal('Out');
  });

  it('passes axe idle, busy and disabled', async () => {
    const { apiKey, info } = await signedIn('hold', 1);
    const el = await logoutElement(apiKey, info.origin, { label: 'Sign out' });
    await expect(el).to.be.accessible();
    const done = el.logout();
    await waitForRequests(apiKey, (r) => r.length === 1);
    await el.updateComplete;
    expect(el.busy).to.equal(true);
    await expect(el).to.be.accessible();
    await release(apiKey);
    await done;
    el.disabled = true;
    await el.updateComplete;
    await expect(el).to.be.accessible();
    // The visible text must be part of an aria-label (WCAG 2.5.3 Label in Name).
    const labelled = await fixture<GigyaLogout>(html`<gigya-logout aria-label="Log out of Example"></gigya-logout>`);
    await expect(labelled).to.be.accessible();
  });

  it('keyboard only: Tab from the field before it, then Enter logs out; Space too', async () => {
    const { apiKey, info } = await signedIn();
    const wrap = await fixture<HTMLDivElement>(html`
      <div><input aria-label="search" /><gigya-logout api-key=${apiKey} api-domain=${info.origin}></gigya-logout></div>
    `);
    const input = wrap.querySelector('input')!;
    const el = wrap.querySelector('gigya-logout')!;
    const requestEvents = record(el, 'gigya-logout-request');
    input.focus();
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement === button(el), 'Tab reaches the button').to.equal(true);
    let responded = nextResponse(el);
    await sendKeys({ press: 'Enter' });
    expect((await responded).errorCode).to.equal(0);
    expect(await logoutRequests(apiKey)).to.have.length(1);

    await login(apiKey);
    responded = nextResponse(el);
    await sendKeys({ press: ' ' }); // Space
    expect((await responded).errorCode).to.equal(0);
    expect(requestEvents).to.have.length(2);
    expect(await logoutRequests(apiKey)).to.have.length(2);
  });

  it('disabled: the button is disabled and skipped by Tab', async () => {
    const wrap = await fixture<HTMLDivElement>(html`
      <div><input aria-label="search" /><gigya-logout disabled></gigya-logout><input aria-label="after" /></div>
    `);
    const [before, after] = wrap.querySelectorAll('input');
    const el = wrap.querySelector('gigya-logout')!;
    expect(button(el).disabled).to.equal(true);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement === after, 'focus skipped the disabled element').to.equal(true);
    el.disabled = false;
    await el.updateComplete;
    expect(button(el).disabled).to.equal(false);
    expect(el.hasAttribute('disabled')).to.equal(false);
  });

  it('disabled: a mouse click, el.click() and keys do nothing, but el.logout() still works', async () => {
    const { apiKey, info } = await signedIn();
    const el = await fixture<GigyaLogout>(html`
      <gigya-logout api-key=${apiKey} api-domain=${info.origin} disabled>Sign out</gigya-logout>
    `);
    const requestEvents = record(el, 'gigya-logout-request');
    const responses = record(el, 'gigya-logout-response');
    await sendMouse({ type: 'click', position: await centerOf(el) });
    await sendMouse({ type: 'click', position: await centerOf(button(el)) });
    el.click();
    button(el).click();
    el.focus();
    await sendKeys({ press: 'Enter' });
    await aTimeout(200);
    expect(requestEvents).to.have.length(0);
    expect(responses).to.have.length(0);
    expect(await requests(apiKey)).to.have.length(0);
    expect(el.busy).to.equal(false);

    const response = await el.logout();
    expect(response.errorCode).to.equal(0);
    expect(requestEvents).to.have.length(1);
    expect(responses).to.have.length(1);
    expect(await logoutRequests(apiKey)).to.have.length(1);
  });
});

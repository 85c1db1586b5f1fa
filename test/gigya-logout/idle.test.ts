// docs/contract.md §8 through the element in one tab: `idle-timeout` signs out after the warning, by
// the normal path with source 'idle' (one request); the warning's dialog opens on time, counts down
// and announces; activity resets; a deadline passed during "sleep" signs out on waking with no
// warning; the custom-UI path; bad values. Several tabs: idle-tabs.test.ts; the dialog's a11y:
// test/element/idle-dialog.test.ts.

import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { GigyaLogout } from '../../src/index.js';
import { clock } from '../../src/core/idle.js';
import { logoutRequests } from '../helpers/emulator.js';
import { cleanup, onCleanup } from '../helpers/cleanup.js';
import { idleJoined, record, shadow } from '../helpers/element.js';
import { hasSession, signedIn } from '../helpers/session.js';
import { answerLogoutFetch, stubConsoleError } from '../helpers/stubs.js';

/** A signed-in element with these idle attributes, pointed at the emulator. */
async function idleElement(timeout: string, warning?: string, alwaysSend = false) {
  const { apiKey, info } = await signedIn();
  const el = await fixture<GigyaLogout>(
    html`<gigya-logout
      api-key=${apiKey}
      api-domain=${info.origin}
      idle-timeout=${timeout}
      idle-warning=${warning ?? ''}
      ?always-send=${alwaysSend}
    ></gigya-logout>`,
  );
  if (warning === undefined) el.removeAttribute('idle-warning');
  await idleJoined();
  return { el, apiKey };
}

const dialogOf = (el: GigyaLogout) => shadow(el).querySelector<HTMLDialogElement>('dialog');
const part = (el: GigyaLogout, name: string) => shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`)!;

describe('<gigya-logout idle-timeout>', () => {
  afterEach(cleanup);

  it('opens the warning on time, counts down, announces, then signs out once with source idle', async function () {
    this.timeout(8000);
    const t0 = Date.now();
    const { el, apiKey } = await idleElement('4', '3'); // a warning of 3 s: a busy machine's late timer still opens it at 3
    const warning = await oneEvent(el, 'gigya-logout-idle-warning');
    expect(Date.now() - t0, 'not before timeout − warning').to.be.at.least(900);
    expect(warning.detail).to.deep.equal({ secondsLeft: 3 });
    expect(warning.cancelable && warning.bubbles && warning.composed).to.equal(true);
    expect(dialogOf(el)?.open).to.equal(true);
    expect(part(el, 'idle-countdown').textContent).to.equal('0:03');
    expect(part(el, 'idle-status').textContent).to.equal('');
    await waitUntil(() => part(el, 'idle-countdown').textContent != '0:03', 'the countdown did not go on', { timeout: 3000 });
    expect(part(el, 'idle-countdown').textContent).to.equal('0:02');
    expect(part(el, 'idle-status').textContent).to.equal('You will be signed out in 2 seconds.');
    const loggedOut = await oneEvent(el, 'gigya-logout');
    expect(loggedOut.detail.source).to.equal('idle');
    const response = await oneEvent(el, 'gigya-logout-response');
    expect(response.detail.errorCode).to.equal(0);
    expect(dialogOf(el), 'the dialog is gone').to.equal(null);
    expect(hasSession(apiKey)).to.equal(false);
    expect(await logoutRequests(apiKey)).to.have.length(1);
  });

  it('activity resets the timer and ends the warning (gigya-logout-active); no sign-out while active', async function () {
    this.timeout(8000);
    const { el, apiKey } = await idleElement('2', '1.2');
    const active = record(el, 'gigya-logout-active');
    await oneEvent(el, 'gigya-logout-idle-warning');
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    expect(active).to.have.length(1);
    expect(dialogOf(el)).to.equal(null);
    await oneEvent(el, 'gigya-logout-idle-warning'); // a new warning after a whole new wait
    expect(await logoutRequests(apiKey)).to.have.length(0);
  });

  it('a deadline passed during "sleep": signs out at once on waking, with no warning', async () => {
    const { el, apiKey } = await idleElement('600', '60');
    const warnings = record(el, 'gigya-logout-idle-warning');
    const real = clock.now;
    clock.now = () => real() + 700_000;
    onCleanup(() => (clock.now = real));
    const loggedOut = oneEvent(el, 'gigya-logout');
    document.dispatchEvent(new Event('visibilitychange'));
    expect((await loggedOut).detail.source).to.equal('idle');
    expect(warnings).to.have.length(0);
    expect(dialogOf(el)).to.equal(null);
    await oneEvent(el, 'gigya-logout-response');
    expect(await logoutRequests(apiKey)).to.have.length(1);
  });

  it('custom UI: canceling the warning event shows no dialog; stayActive() ends it, logout() signs out', async function () {
    this.timeout(8000);
    const { el, apiKey } = await idleElement('2', '1.5');
    el.addEventListener('gigya-logout-idle-warning', (event) => event.preventDefault());
    await oneEvent(el, 'gigya-logout-idle-warning');
    expect(dialogOf(el)).to.equal(null);
    const active = oneEvent(el, 'gigya-logout-active');
    el.stayActive();
    await active;
    await oneEvent(el, 'gigya-logout-idle-warning');
    const loggedOut = oneEvent(el, 'gigya-logout');
    await el.logout();
    expect((await loggedOut).detail.source, 'a choice, not idle').to.equal(undefined);
    expect(await logoutRequests(apiKey)).to.have.length(1);
  });

  it('a failed idle logout that signed out here (network error): no gigya-logout, and the timer ends cleanly (an element joining starts a new one)', async function () {
    this.timeout(8000);
    const { el, apiKey } = await idleElement('1.5', '0.5');
    answerLogoutFetch(async () => {
      throw new TypeError('Failed to fetch');
    });
    const heard = record(el, 'gigya-logout');
    const response = await oneEvent(el, 'gigya-logout-response');
    expect(response.detail.errorCode).to.equal(500026);
    expect(heard).to.have.length(0);
    expect(hasSession(apiKey), 'the session cookie went before the answer (section 2.2)').to.equal(false);
    expect(dialogOf(el)).to.equal(null);
    await idleElement('1.5', '0.5'); // signed in again; an element joins
    await oneEvent(document, 'gigya-logout-idle-warning'); // a new timer (in the first element: the one still there)
  });

  it('a failed idle logout that left the session (the request event canceled): the timer re-arms, a whole new round', async function () {
    this.timeout(8000);
    const { el, apiKey } = await idleElement('1.5', '0.5');
    let t0 = 0;
    el.addEventListener('gigya-logout-request', (event) => {
      t0 = Date.now();
      event.preventDefault(); // the logout answers 200001, with no other event (section 4)
    });
    await oneEvent(el, 'gigya-logout-idle-warning');
    await oneEvent(el, 'gigya-logout-idle-warning');
    expect(t0, 'the idle logout was asked for').to.be.above(0);
    expect(hasSession(apiKey)).to.equal(true);
    expect(Date.now() - t0, 'timeout − warning after the failure, not at once').to.be.at.least(700);
    expect(await logoutRequests(apiKey)).to.have.length(0);
  });

  it('a failed idle logout with always-send (a session the page cannot see): the timer re-arms', async function () {
    this.timeout(8000);
    const { el } = await idleElement('1.5', '0.5', true);
    answerLogoutFetch(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect((await oneEvent(el, 'gigya-logout-response')).detail.errorCode).to.equal(500026);
    await oneEvent(el, 'gigya-logout-idle-warning');
  });

  it('bad values: one console error each, no timer; nothing else breaks', async () => {
    const errors = stubConsoleError();
    for (const [timeout, warning] of [
      ['-5', '1'],
      ['abc', '1'],
      ['10', '20'],
      ['10', 'NaN'],
    ]) {
      const { el, apiKey } = await idleElement(timeout, warning);
      const warnings = record(el, 'gigya-logout-idle-warning');
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings).to.have.length(0);
      expect((await el.logout()).errorCode, 'the button still works').to.equal(0);
      expect(await logoutRequests(apiKey)).to.have.length(1);
    }
    await new Promise((resolve) => setTimeout(resolve)); // the idle module's import
    expect(errors.map(([message]) => String(message).replace(/".*?"/, '"…"'))).to.deep.equal([
      'gigya-logout: idle-timeout="…" is not a number of seconds above 0 and up to 86400; no idle sign-out',
      'gigya-logout: idle-timeout="…" is not a number of seconds above 0 and up to 86400; no idle sign-out',
      'gigya-logout: idle-warning="…" is not a number of seconds from 0 to less than idle-timeout (10); no idle sign-out',
      'gigya-logout: idle-warning="…" is not a number of seconds from 0 to less than idle-timeout (10); no idle sign-out',
    ]);
  });
});

// docs/contract.md §8, the elements of one page (src/element/idle.ts): several share one timer and
// one warning; the shortest timeout wins; a removed element stops its part; the last one leaves no
// listener behind.

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { GigyaLogout } from '../../src/index.js';
import { ACTIVITY, WAKE } from '../../src/core/idle.js';
import { logoutRequests } from '../helpers/emulator.js';
import { cleanup } from '../helpers/cleanup.js';
import { countWindowListeners, recordUncaught } from '../helpers/stubs.js';
import { idleJoined, record, shadow } from '../helpers/element.js';
import { signedIn } from '../helpers/session.js';

async function three(timeouts: [string, string, string], warning = '1') {
  const { apiKey, info } = await signedIn();
  const wrap = await fixture<HTMLDivElement>(html`
    <div>
      ${timeouts.map((t) => html`<gigya-logout api-key=${apiKey} api-domain=${info.origin} idle-timeout=${t} idle-warning=${warning}></gigya-logout>`)}
    </div>
  `);
  await idleJoined();
  return { apiKey, els: [...wrap.querySelectorAll('gigya-logout')] as GigyaLogout[] };
}

describe('idle: the elements of one page', () => {
  afterEach(cleanup);

  it('share one timer (the shortest) and one warning, in the first element; one logout, each element hears it', async function () {
    this.timeout(6000);
    const { apiKey, els } = await three(['30', '1.5', '60']);
    const warnings = els.map((el) => record(el, 'gigya-logout-idle-warning'));
    const heard = els.map((el) => record(el, 'gigya-logout'));
    await oneEvent(els[0], 'gigya-logout-idle-warning');
    expect(warnings.map((w) => w.length)).to.deep.equal([1, 0, 0]);
    expect(els.map((el) => !!shadow(el).querySelector('dialog'))).to.deep.equal([true, false, false]);
    await oneEvent(els[0], 'gigya-logout-response');
    expect(heard.map((events) => events.map((e) => e.detail.source))).to.deep.equal([['idle'], ['idle'], ['idle']]);
    expect(await logoutRequests(apiKey)).to.have.length(1);
  });

  it('a removed element stops its part: the others keep their own timeout', async function () {
    this.timeout(6000);
    const { els } = await three(['1.5', '2.5', '60']);
    const t0 = Date.now();
    els[0].remove();
    await oneEvent(els[1], 'gigya-logout-idle-warning');
    expect(Date.now() - t0).to.be.above(1000);
  });

  it('the element showing the warning removed: the next one takes the open warning over (same deadline, no reset) and signs out', async function () {
    this.timeout(6000);
    const { apiKey, els } = await three(['3', '3', '3'], '2');
    const active = els.map((el) => record(el, 'gigya-logout-active'));
    await oneEvent(els[0], 'gigya-logout-idle-warning');
    const t0 = Date.now();
    const takenOver = oneEvent(els[1], 'gigya-logout-idle-warning');
    els[0].remove();
    expect((await takenOver).detail.secondsLeft).to.be.within(1, 2);
    expect(shadow(els[0]).querySelector('dialog'), 'gone from the removed element').to.equal(null);
    expect(shadow(els[1]).querySelector('dialog')?.open).to.equal(true);
    expect(shadow(els[2]).querySelector('dialog')).to.equal(null);
    const loggedOut = await oneEvent(els[1], 'gigya-logout');
    expect(loggedOut.detail.source).to.equal('idle');
    expect(Date.now() - t0, 'the deadline of the open warning, not a new wait').to.be.below(2500);
    expect(active.map((events) => events.length)).to.deep.equal([0, 0, 0]);
    expect(await logoutRequests(apiKey)).to.have.length(1);
  });

  it('the element showing the warning removed, and with it the shortest timeout: the warning ends, none opens elsewhere', async function () {
    this.timeout(6000);
    const { els } = await three(['2', '30', '30']);
    const warnings = els.map((el) => record(el, 'gigya-logout-idle-warning'));
    await oneEvent(els[0], 'gigya-logout-idle-warning');
    els[0].remove();
    await els[1].updateComplete;
    expect(warnings.map((events) => events.length)).to.deep.equal([1, 0, 0]);
    expect(els.map((el) => shadow(el).querySelector('dialog'))).to.deep.equal([null, null, null]);
  });

  it('a warning listener that takes its element off the page: no dialog there, no uncaught error, the next element warns', async function () {
    this.timeout(6000);
    const uncaught = recordUncaught();
    const { els } = await three(['2', '2', '2'], '1');
    els[0].addEventListener('gigya-logout-idle-warning', () => els[0].remove(), { once: true });
    await oneEvent(els[1], 'gigya-logout-idle-warning');
    expect(shadow(els[0]).querySelector('dialog')).to.equal(null);
    expect(uncaught).to.deep.equal([]);
  });

  it('the last element gone, no listener is left (window listeners added = removed)', async () => {
    await idleJoined(); // the elements of the tests before have left
    const tracked = [...ACTIVITY, ...WAKE];
    const counts = countWindowListeners(tracked);
    const { els } = await three(['30', '40', '50']);
    expect(counts.size).to.equal(tracked.length);
    for (const el of els) el.remove();
    await idleJoined();
    expect(
      [...counts.values()].every((n) => n == 0),
      JSON.stringify([...counts]),
    ).to.equal(true);
  });
});

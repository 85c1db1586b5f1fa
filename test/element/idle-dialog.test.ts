// docs/contract.md §8, the warning itself (src/element/idle-dialog.ts) in a real element: a modal
// native <dialog> that axe finds nothing wrong with, focus in and back, keyboard only (Tab, Enter,
// Escape), parts, the live region's rhythm, and right-to-left.

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import '../../src/index.js';
import '../../src/locales/ar.js';
import { announces } from '../../src/element/idle-dialog.js';
import { logoutRequests } from '../helpers/emulator.js';
import { accessibility } from '../helpers/accessibility.js';
import { cleanup } from '../helpers/cleanup.js';
import { idleJoined, record, shadow } from '../helpers/element.js';
import { signedIn } from '../helpers/session.js';

interface AxeResults {
  violations: { id: string; nodes: unknown[] }[];
}
const axe = () => (window as unknown as { axe: { run(node: Node): Promise<AxeResults> } }).axe;

/** A focused page button, then a signed-in element whose warning opens after 0.3 s and lasts 3.5 s. */
async function warned(lang?: string) {
  const { apiKey, info } = await signedIn();
  const wrap = await fixture<HTMLDivElement>(html`
    <div lang=${lang ?? 'en'}>
      <button id="before">before</button>
      <gigya-logout api-key=${apiKey} api-domain=${info.origin} idle-timeout="3.8" idle-warning="3.5"></gigya-logout>
    </div>
  `);
  const before = wrap.querySelector('button')!;
  before.focus();
  const el = wrap.querySelector('gigya-logout')!;
  await idleJoined();
  await oneEvent(el, 'gigya-logout-idle-warning');
  const dialog = shadow(el).querySelector('dialog')!;
  return { el, apiKey, before, dialog, part: (name: string) => shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`)! };
}

/** The element focused, inside shadow roots too. */
function deepFocus(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('idle warning dialog', () => {
  afterEach(cleanup);

  it('is a modal native dialog named by its title, described by its message, focus on "Stay signed in"', async () => {
    const { dialog, part } = await warned();
    expect(dialog.open && dialog.matches(':modal')).to.equal(true);
    expect(accessibility(dialog)).to.deep.equal({ name: 'Are you still there?', role: 'dialog' });
    expect(part('idle-message').textContent).to.match(/signed out soon/);
    expect(deepFocus() === part('idle-stay'), 'focus is on "Stay signed in"').to.equal(true);
    for (const name of [
      'idle-dialog',
      'idle-title',
      'idle-message',
      'idle-countdown',
      'idle-actions',
      'idle-stay',
      'idle-leave',
      'idle-status',
    ])
      expect(part(name), name).to.exist;
    expect(part('idle-status').getAttribute('role')).to.equal('status');
  });

  it('axe finds nothing in the open dialog', async () => {
    const { el } = await warned();
    const results = await axe().run(el);
    expect(results.violations.map((v) => v.id)).to.deep.equal([]);
  });

  it('keyboard only: Escape stays signed in, gives focus back, and fires gigya-logout-active', async () => {
    const { el, before, apiKey } = await warned();
    const active = record(el, 'gigya-logout-active');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(shadow(el).querySelector('dialog')).to.equal(null);
    expect(active).to.have.length(1);
    expect(deepFocus() === before, 'focus is back where it was').to.equal(true);
    expect(await logoutRequests(apiKey)).to.have.length(0);
  });

  it('keyboard only: Tab to "Sign out now", Enter signs out (a choice: no idle source)', async () => {
    const { el, apiKey, part } = await warned();
    await sendKeys({ press: 'Tab' });
    expect(deepFocus() === part('idle-leave')).to.equal(true);
    const loggedOut = oneEvent(el, 'gigya-logout');
    await sendKeys({ press: 'Enter' });
    expect((await loggedOut).detail.source).to.equal(undefined);
    expect(shadow(el).querySelector('dialog')).to.equal(null);
    expect(await logoutRequests(apiKey)).to.have.length(1);
  });

  it('Enter on "Stay signed in" ends the warning', async () => {
    const { el } = await warned();
    const active = oneEvent(el, 'gigya-logout-active');
    await sendKeys({ press: 'Enter' });
    await active;
    expect(shadow(el).querySelector('dialog')).to.equal(null);
  });

  it('right-to-left in Arabic: the dialog says so, in Arabic', async () => {
    const { dialog, part } = await warned('ar');
    expect(dialog.lang).to.equal('ar');
    expect(getComputedStyle(dialog).direction).to.equal('rtl');
    expect(part('idle-stay').textContent).to.equal('البقاء مسجّلاً الدخول');
    const [stay, leave] = [part('idle-stay').getBoundingClientRect(), part('idle-leave').getBoundingClientRect()];
    expect(stay.left > leave.left, 'the first action is on the right').to.equal(true);
  });

  it('the live region speaks at the first second, then at whole minutes, 30 s and 10 s only', () => {
    const spoken = Array.from({ length: 200 }, (_, i) => 200 - i).filter(announces);
    expect(spoken).to.deep.equal([180, 120, 60, 30, 10]);
  });
});

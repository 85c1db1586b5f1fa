// The demo page (demo/index.html) works end to end: loaded in an iframe from the same dev server
// (with the Gigya emulator), a newcomer's path through it (sign in, log out) shows the right events
// in its log and ends the session, also when the network is down. Each test uses its own API key
// (`?demoKey=`), so concurrent runs do not share emulator state or cookies.

import { expect, waitUntil } from '@open-wc/testing';
import type { GigyaLogout } from '../src/index.js';
import { logoutRequests } from './helpers/emulator.js';
import { cleanup, onCleanup } from './helpers/cleanup.js';
import { layoutSettled } from './helpers/element.js';
import { freshKey, hasSession } from './helpers/session.js';

type FrameWindow = Window & typeof globalThis;

interface Demo {
  /** The iframe it is in (none when opened as a tab). */
  iframe?: HTMLIFrameElement;
  win: FrameWindow;
  doc: Document;
  /** console.error calls, uncaught errors and unhandled rejections inside the iframe. */
  errors: string[];
}

/** The demo in an iframe of the test page, or (`tab`) in a window of its own: a second tab. */
async function openDemo(search: string, tab = false): Promise<Demo> {
  const url = `/demo/index.html${search}`;
  let win: FrameWindow;
  let iframe: HTMLIFrameElement | undefined;
  if (tab) {
    const popup = (win = window.open(url, '_blank', 'popup,width=1024,height=768') as FrameWindow);
    expect(win, 'window.open').to.exist;
    onCleanup(() => popup.close());
    await waitUntil(() => win.location.href.endsWith(url) && win.document.readyState === 'complete', 'the demo tab did not load');
  } else {
    const frame = (iframe = document.createElement('iframe'));
    frame.title = 'demo page';
    frame.style.width = '1024px';
    frame.style.height = '768px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = url;
    document.body.append(frame);
    onCleanup(() => frame.remove());
    await loaded;
    win = frame.contentWindow as FrameWindow;
  }

  const doc = win.document;
  const errors: string[] = [];
  const original = win.console.error;
  win.console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
    original.apply(win.console, args);
  };
  win.addEventListener('error', (event) => errors.push(`uncaught: ${event.message}`));
  win.addEventListener('unhandledrejection', (event) => errors.push(`unhandled rejection: ${String(event.reason)}`));

  await waitUntil(
    () => !!win.customElements.get('gigya-logout') && doc.documentElement.dataset.demoReady === 'true',
    'the demo did not start (no <gigya-logout> definition or no data-demo-ready)',
    { timeout: 8000 },
  );
  return { iframe, win, doc, errors };
}

function entries(demo: Demo, event?: string): HTMLLIElement[] {
  const selector = event ? `#log-list > li[data-event="${event}"]` : '#log-list > li[data-event]';
  return [...demo.doc.querySelectorAll<HTMLLIElement>(selector)];
}

function byId<T extends HTMLElement>(demo: Demo, id: string): T {
  const el = demo.doc.getElementById(id);
  expect(el, `#${id} in the demo`).to.exist;
  return el as T;
}

async function signIn(demo: Demo, apiKey: string): Promise<void> {
  const button = byId<HTMLButtonElement>(demo, 'sign-in');
  expect(button.hidden, 'the sign-in button shows while signed out').to.equal(false);
  expect(button.textContent).to.contain('Sign in as a demo user');
  button.click();
  await waitUntil(() => hasSession(apiKey, demo.doc), `no glt_${apiKey} cookie after signing in`, { timeout: 4000 });
  const logout = byId<GigyaLogout>(demo, 'account-logout');
  await waitUntil(() => !logout.hidden, 'the header did not show the logout button after signing in', { timeout: 2000 });
  expect(byId(demo, 'account-user').textContent).to.contain('demo@example.com');
}

function clickLogout(demo: Demo): void {
  const logout = byId<GigyaLogout>(demo, 'account-logout');
  const inner = logout.shadowRoot?.querySelector('button');
  expect(inner, 'the inner <button> of <gigya-logout>').to.exist;
  inner!.click();
}

async function chooseAnswer(demo: Demo, answer: string): Promise<void> {
  const select = byId<HTMLSelectElement>(demo, 'answer');
  select.value = answer;
  expect(select.value, `the answer control offers "${answer}"`).to.equal(answer);
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await waitUntil(() => select.dataset.applied === answer, `the emulator did not take the answer ${answer}`, { timeout: 4000 });
}

/**
 * The demo on a key of its own whose logout the emulator answers with `answer`: signed in
 * (`beforeLogout` runs then), logged out with a click, once the log shows the response.
 */
async function logOutWithAnswer(answer: string, beforeLogout?: (demo: Demo) => void): Promise<{ apiKey: string; demo: Demo }> {
  const apiKey = freshKey();
  const demo = await openDemo(`?demoKey=${apiKey}`);
  await chooseAnswer(demo, answer);
  await signIn(demo, apiKey);
  beforeLogout?.(demo);
  clickLogout(demo);
  await waitUntil(() => entries(demo, 'gigya-logout-response').length > 0, 'no gigya-logout-response in the log', { timeout: 8000 });
  return { apiKey, demo };
}

/** The notice after a failed logout says, in words, where the user stands. */
function expectUnconfirmedNotice(demo: Demo, reason: string): void {
  const notice = byId(demo, 'unconfirmed');
  expect(notice.hidden, 'the unconfirmed-logout notice shows').to.equal(false);
  expect(notice.getAttribute('role')).to.equal('status');
  const text = notice.textContent ?? '';
  for (const words of ['Signed out on this device', 'Gigya did not confirm', reason, 'sent again at the next logout'])
    expect(text).to.contain(words);
}

describe('demo page', () => {
  afterEach(cleanup);

  it('shows the part-styling CSS that is really applied to the styled variant', async function () {
    this.timeout(10000);
    const demo = await openDemo(`?demoKey=${freshKey()}`);
    const shown = byId<HTMLElement>(demo, 'part-css');
    await waitUntil(() => shown.textContent !== '', 'the demo did not show its CSS');
    const css = shown.textContent ?? '';
    expect(css).to.match(/^\.pill-logout \{/);
    expect(css).to.contain('.pill-logout::part(button)');
    // What is shown is what styles the element: its radius comes from the shown custom property.
    const radius = /--gigya-logout-radius: ([^;]+);/.exec(css)?.[1];
    const styled = demo.doc.querySelector('gigya-logout.pill-logout')!;
    const button = styled.shadowRoot!.querySelector('button')!;
    expect(radius).to.equal('999px');
    expect(demo.win.getComputedStyle(button).borderTopLeftRadius).to.equal(radius);
    expect(demo.errors).to.deep.equal([]);
  });

  it('the language picker loads a language and both elements speak it; the styled one keeps its own label', async function () {
    this.timeout(10000);
    const demo = await openDemo(`?demoKey=${freshKey()}`);
    const select = byId<HTMLSelectElement>(demo, 'language');
    const header = byId<GigyaLogout>(demo, 'account-logout');
    const styled = demo.doc.querySelector<GigyaLogout>('gigya-logout.pill-logout')!;
    const label = (el: GigyaLogout) => el.shadowRoot!.querySelector('[part~="label"]')!.textContent!.trim();
    expect(label(header)).to.equal('Log out');
    expect(select.options.length, 'the page’s language and the 40 of Gigya').to.equal(41);
    for (const [code, expected] of [
      ['he', 'התנתקות'],
      ['', 'Log out'],
    ]) {
      select.value = code;
      select.dispatchEvent(new Event('change'));
      await waitUntil(() => select.dataset.applied === code, `the picker did not apply "${code}"`, { timeout: 4000 });
      await header.updateComplete;
      expect(label(header)).to.equal(expected);
      expect(styled.textContent!.trim(), 'the slotted label stays').to.equal('Sign out');
      expect(styled.getAttribute('lang')).to.equal(code || null);
    }
    expect(demo.errors).to.deep.equal([]);
  });

  it('signs in, logs out and logs request, logout and response once each', async function () {
    this.timeout(20000);
    const apiKey = freshKey();
    const demo = await openDemo(`?demoKey=${apiKey}`);
    expect(byId(demo, 'emulator-api-key').textContent).to.equal(apiKey);
    expect(entries(demo)).to.have.length(0);

    await signIn(demo, apiKey);
    clickLogout(demo);

    await waitUntil(
      () =>
        entries(demo, 'gigya-logout-request').length > 0 &&
        entries(demo, 'gigya-logout').length > 0 &&
        entries(demo, 'gigya-logout-response').length > 0,
      'the log did not show request, logout and response',
      { timeout: 5000 },
    );
    // Newest first; gigya-logout comes before gigya-logout-response (docs/contract.md §1, Events).
    expect(entries(demo).map((li) => li.dataset.event)).to.deep.equal(['gigya-logout-response', 'gigya-logout', 'gigya-logout-request']);
    const [response] = entries(demo, 'gigya-logout-response');
    expect(response.querySelector('pre')?.textContent).to.contain('"errorCode": 0');
    expect(response.dataset.outcome).to.equal('ok');
    expect(entries(demo, 'gigya-logout-request')[0].querySelector('pre')?.textContent).to.contain(`"apiKey": "${apiKey}"`);
    // The result shows where the person is looking, and links to its log entry.
    const latest = byId(demo, 'latest');
    expect(latest.hidden).to.equal(false);
    expect(latest.dataset.outcome).to.equal('ok');
    expect(byId(demo, 'latest-text').textContent).to.contain('errorCode 0');
    expect(latest.querySelector('a')?.getAttribute('href')).to.equal(`#${response.id}`);

    await waitUntil(() => !hasSession(apiKey, demo.doc), 'the session cookie is still there', { timeout: 2000 });
    await waitUntil(() => !byId(demo, 'sign-in').hidden, 'the header did not go back to signed out', { timeout: 2000 });
    const posts = await logoutRequests(apiKey);
    expect(posts, 'logout POSTs the emulator received').to.have.length(1);
    expect(posts[0].fields.login_token).to.be.a('string').and.not.empty;

    byId<HTMLButtonElement>(demo, 'log-clear').click();
    expect(entries(demo)).to.have.length(0);
    expect(demo.errors).to.deep.equal([]);
  });

  it('logging out in one tab changes the header and the log of another tab at once, with no request there', async function () {
    this.timeout(20000);
    const apiKey = freshKey();
    const first = await openDemo(`?demoKey=${apiKey}`);
    await signIn(first, apiKey);
    const second = await openDemo(`?demoKey=${apiKey}`, true);
    expect(byId(second, 'sign-in').hidden, 'the second tab starts signed in').to.equal(true);

    clickLogout(first);

    await waitUntil(() => entries(second, 'gigya-logout').length > 0, 'no gigya-logout in the second tab', { timeout: 5000 });
    const [entry] = entries(second, 'gigya-logout');
    expect(entry.textContent).to.contain('logged out in another tab');
    expect(entry.querySelector('pre')?.textContent).to.contain('"source": "other-tab"');
    expect(byId(second, 'sign-in').hidden, 'the second tab shows signed out').to.equal(false);
    expect(byId(second, 'account-status').textContent).to.equal('You are signed out.');
    expect(entries(second), 'nothing else in its log').to.have.length(1);
    expect(await logoutRequests(apiKey), 'the first tab asked the server; the second did not').to.have.length(1);
    expect(first.errors).to.deep.equal([]);
    expect(second.errors).to.deep.equal([]);
  });

  it('shows 500026 when the network is down, and the session ends anyway', async function () {
    this.timeout(20000);
    const { apiKey, demo } = await logOutWithAnswer('reset');
    const [response] = entries(demo, 'gigya-logout-response');
    expect(response.querySelector('pre')?.textContent).to.contain('"errorCode": 500026');
    expect(response.dataset.outcome).to.equal('fail');
    expect(byId(demo, 'latest').dataset.outcome).to.equal('fail');
    expect(byId(demo, 'latest-text').textContent).to.contain('500026');
    expect(entries(demo, 'gigya-logout-request')).to.have.length(1);
    expect(entries(demo, 'gigya-logout-response')).to.have.length(1);
    expect(entries(demo, 'gigya-logout'), 'no onLogout on failure').to.have.length(0);

    expect(hasSession(apiKey, demo.doc), 'the SDK removes the cookies before the answer').to.equal(false);
    await waitUntil(() => !byId(demo, 'sign-in').hidden, 'the header did not go back to signed out', { timeout: 2000 });
    expectUnconfirmedNotice(demo, 'Network error');
    expect(await logoutRequests(apiKey)).to.have.length.at.least(1);
    expect(demo.errors).to.deep.equal([]);
  });

  it('says in words what an HTML 500 answer means: signed out here, not confirmed, sent again next time', async function () {
    this.timeout(20000);
    const { demo } = await logOutWithAnswer('html500', (demo) => expect(byId(demo, 'unconfirmed').hidden).to.equal(true));

    expectUnconfirmedNotice(demo, 'General server error');
    expect(demo.errors).to.deep.equal([]);
  });

  it('with ?apiKey=&dataCenter= talks to real Gigya, hides the emulator and shows the SDK refusing bad values', async function () {
    this.timeout(20000);
    const demo = await openDemo('?apiKey=3_notARealKey&dataCenter=mars');
    expect(byId(demo, 'real-notice').hidden).to.equal(false);
    expect(byId(demo, 'real-api-key').textContent).to.equal('3_notARealKey');
    expect(byId(demo, 'real-warning').hidden, 'a warning about the data center').to.equal(false);
    expect(byId(demo, 'sign-in').hidden).to.equal(true);
    expect(byId(demo, 'answer').closest('fieldset')?.hidden).to.equal(true);
    expect(byId(demo, 'styled').innerText, 'no word of the hidden Slow control').not.to.contain('Slow');
    const conf = (demo.win as unknown as { __gigyaConf?: Record<string, unknown> }).__gigyaConf;
    expect(conf).to.deep.equal({ apiKey: '3_notARealKey', dataCenter: 'mars' });

    // Bad values never leave the page: the SDK answers 400006 without a request.
    clickLogout(demo);
    await waitUntil(() => entries(demo, 'gigya-logout-response').length > 0, 'no gigya-logout-response in the log', {
      timeout: 4000,
    });
    const text = entries(demo, 'gigya-logout-response')[0].querySelector('pre')?.textContent ?? '';
    expect(text).to.contain('"errorCode": 400006');
    expect(text).to.contain('dataCenter');
    expect(demo.errors).to.deep.equal([]);
  });

  it('keeps the log short: the 30 newest entries, earlier logouts folded, whole JSON lines indented on a phone', async function () {
    this.timeout(20000);
    const demo = await openDemo(`?demoKey=${freshKey()}`);
    demo.iframe!.style.width = '390px';
    const fire = (type: string, detail: unknown) => demo.doc.dispatchEvent(new demo.win.CustomEvent(type, { detail }));
    const long = { errorCode: 0, callId: 'f'.repeat(32), requestParams: { apiDomain: `https://${'x'.repeat(60)}.example` } };
    for (let i = 0; i < 12; i++) {
      fire('gigya-logout-request', { params: { cid: `n${i}` } });
      fire('gigya-logout-response', long);
      fire('gigya-logout', { eventName: 'logout' });
    }
    const all = entries(demo);
    expect(all).to.have.length(30);
    expect(all.map((li) => li.querySelector('details')!.open)).to.deep.equal([true, true, true, ...Array(27).fill(false)]);
    // The newest logout's request is the last of the three open entries.
    expect(all[2].querySelector('pre')?.textContent).to.contain('"cid": "n11"');

    const pre = all[1].querySelector('pre')!;
    expect(pre.textContent).to.equal(JSON.stringify(long, null, 2));
    // Each line is a block indented by its depth; a wrapped line stays right of its own start.
    const lines = [...pre.querySelectorAll<HTMLElement>('.json-line')];
    const apiDomain = lines.find((line) => line.textContent!.trimStart().startsWith('"apiDomain"'))!;
    const key = lines.find((line) => line.textContent!.trimStart().startsWith('"requestParams"'))!;
    const left = (el: HTMLElement) => parseFloat(demo.win.getComputedStyle(el).paddingLeft);
    expect(left(apiDomain)).to.be.greaterThan(left(key));
    await layoutSettled(demo.win);
    expect(
      apiDomain.getClientRects().length === 1 &&
        apiDomain.getBoundingClientRect().height > 1.5 * parseFloat(demo.win.getComputedStyle(apiDomain).lineHeight),
      'the long line wraps',
    ).to.equal(true);
    expect(demo.errors).to.deep.equal([]);
  });
});

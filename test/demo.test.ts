// The demo page (demo/index.html) works end to end: loaded in an iframe from the same dev server
// (with the Gigya emulator), a newcomer's path through it (sign in, log out) shows the right events
// in its log and ends the session, also when the network is down. Each test uses its own API key
// (`?demoKey=`), so concurrent runs do not share emulator state or cookies.

import { expect, waitUntil } from '@open-wc/testing';
import type { GigyaLogout } from '../src/index.js';
import { emulatorInfo, login, logoutRequests } from './helpers/emulator.js';
import { cleanup, onCleanup } from './helpers/cleanup.js';
import { layoutSettled } from './helpers/element.js';
import { expireCookie, freshKey, hasSession } from './helpers/session.js';

/**
 * Waits for what a test means, with the test's own budget as the only real limit: on a busy machine
 * (two runs at once) a demo tab or a sign-in is slow, not wrong.
 */
const until = (predicate: () => unknown, message: string): Promise<void> => waitUntil(predicate, message, { timeout: 15000 });

type FrameWindow = Window & typeof globalThis;

interface Demo {
  /** The iframe it is in (none when opened as a tab). */
  iframe?: HTMLIFrameElement;
  win: FrameWindow;
  doc: Document;
  /** console.error calls, uncaught errors, unhandled rejections and CSP violations inside the iframe. */
  errors: string[];
}

/** Records in `errors` what goes wrong in `win`, then waits for the demo to have started there. */
async function watch(win: FrameWindow, errors: string[]): Promise<void> {
  const original = win.console.error;
  win.console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
    original.apply(win.console, args);
  };
  win.addEventListener('error', (event) => errors.push(`uncaught: ${event.message}`));
  win.addEventListener('unhandledrejection', (event) => errors.push(`unhandled rejection: ${String(event.reason)}`));
  win.document.addEventListener('securitypolicyviolation', (event) =>
    errors.push(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
  );
  await until(
    () => !!win.customElements.get('gigya-logout') && win.document.documentElement.dataset.demoReady === 'true',
    'the demo did not start (no <gigya-logout> definition or no data-demo-ready)',
  );
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
    await until(() => win.location.href.endsWith(url) && win.document.readyState === 'complete', 'the demo tab did not load');
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

  const errors: string[] = [];
  await watch(win, errors);
  return { iframe, win, doc: win.document, errors };
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
  // The demo's sign-in is over (its request answered, the cookie looked for) when the button is
  // enabled again: wait for that, however busy the machine, then say what it found.
  expect(button.getAttribute('aria-disabled'), 'the sign-in button is busy while signing in').to.equal('true');
  await until(() => !button.hasAttribute('aria-disabled'), 'the demo never finished signing in');
  const problem = byId(demo, 'problem');
  expect(problem.hidden, `the demo's notice: ${problem.textContent}`).to.equal(true);
  expect(hasSession(apiKey, demo.doc), `glt_${apiKey} after signing in`).to.equal(true);
  const logout = byId<GigyaLogout>(demo, 'account-logout');
  expect(logout.hidden, 'the header shows the logout button after signing in').to.equal(false);
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
  await until(() => select.dataset.applied === answer, `the emulator did not take the answer ${answer}`);
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
  await until(() => entries(demo, 'gigya-logout-response').length > 0, 'no gigya-logout-response in the log');
  return { apiKey, demo };
}

const KEPT = 'the login token is kept and sent again at the next logout';

/**
 * After a failed logout that ended the session here, one message says where the user stands: a plain
 * sentence (`sentence`, then that they are signed out on this device), then a line for developers with
 * the code, the server's or client's message (`reason`) and that the token goes again next time; said
 * once on the whole page, no second box repeating it.
 */
function expectOneFailureMessage(demo: Demo, sentence: string, code: number, reason: string): void {
  const latest = byId(demo, 'latest');
  expect(latest.hidden, 'the result shows').to.equal(false);
  expect(latest.dataset.outcome).to.equal('fail');
  expect(byId(demo, 'latest-sentence').textContent).to.equal(`${sentence} You are signed out on this device.`);
  expect(byId(demo, 'latest-detail').textContent).to.equal(`errorCode ${code} · ${reason} · ${KEPT}`);
  const said = demo.doc.body.innerText.split('sent again at the next logout').length - 1;
  expect(said, 'the token’s fate is said once on the page').to.equal(1);
}

/** Picks a posture in the demo's control, which reloads the page; resolves with the reloaded demo once it applied it. */
async function choosePosture(demo: Demo, posture: string): Promise<Demo> {
  const select = byId<HTMLSelectElement>(demo, 'posture');
  select.value = posture;
  expect(select.value, `the posture control offers "${posture}"`).to.equal(posture);
  const reloaded = new Promise((resolve) => demo.iframe!.addEventListener('load', resolve, { once: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await reloaded;
  const win = demo.iframe!.contentWindow as FrameWindow;
  await watch(win, demo.errors);
  const again: Demo = { ...demo, win, doc: win.document };
  expect(byId<HTMLSelectElement>(again, 'posture').dataset.applied, 'the reloaded page applied the posture').to.equal(posture);
  return again;
}

describe('demo page', () => {
  afterEach(cleanup);

  it('shows the part-styling CSS that is really applied to the styled variant', async function () {
    this.timeout(10000);
    const demo = await openDemo(`?demoKey=${freshKey()}`);
    const shown = byId<HTMLElement>(demo, 'part-css');
    await until(() => shown.textContent !== '', 'the demo did not show its CSS');
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
      await until(() => select.dataset.applied === code, `the picker did not apply "${code}"`);
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

    await until(
      () =>
        entries(demo, 'gigya-logout-request').length > 0 &&
        entries(demo, 'gigya-logout').length > 0 &&
        entries(demo, 'gigya-logout-response').length > 0,
      'the log did not show request, logout and response',
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
    expect(byId(demo, 'latest-sentence').textContent).to.equal('You are signed out.');
    expect(byId(demo, 'latest-detail').textContent, 'the codes, nothing kept').to.equal('errorCode 0 · success');
    expect(latest.querySelector('a')?.getAttribute('href')).to.equal(`#${response.id}`);

    await until(() => !hasSession(apiKey, demo.doc), 'the session cookie is still there');
    await until(() => !byId(demo, 'sign-in').hidden, 'the header did not go back to signed out');
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

    await until(() => entries(second, 'gigya-logout').length > 0, 'no gigya-logout in the second tab');
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

  it('logs the idle warning and its end by activity, then the idle sign-out', async function () {
    this.timeout(20000);
    const apiKey = freshKey();
    onCleanup(() => ['demo.idle-timeout', 'demo.idle-warning'].forEach((key) => localStorage.removeItem(key)));
    const demo = await openDemo(`?demoKey=${apiKey}`);
    await signIn(demo, apiKey);
    for (const [id, value] of [
      ['idle-warning', '1'],
      ['idle-timeout', '2'],
    ]) {
      const input = byId<HTMLInputElement>(demo, id);
      input.value = value;
      input.dispatchEvent(new Event('input'));
    }
    await until(() => entries(demo, 'gigya-logout-idle-warning').length > 0, 'no idle warning in the log');
    expect(entries(demo, 'gigya-logout-idle-warning')[0].textContent).to.contain('idle warning: 1 s left');
    demo.win.dispatchEvent(new demo.win.PointerEvent('pointerdown'));
    await until(() => entries(demo, 'gigya-logout-active').length > 0, 'no gigya-logout-active in the log');
    expect(entries(demo, 'gigya-logout-active')[0].textContent).to.contain('the user is active');
    await until(() => entries(demo, 'gigya-logout-response').length > 0, 'no idle sign-out in the log');
    expect(entries(demo, 'gigya-logout')[0].textContent).to.contain('signed out for inactivity');
    expect(entries(demo).map((li) => li.dataset.event)).to.deep.equal([
      'gigya-logout-response',
      'gigya-logout',
      'gigya-logout-request',
      'gigya-logout-idle-warning',
      'gigya-logout-active',
      'gigya-logout-idle-warning',
    ]);
    expect(demo.errors).to.deep.equal([]);
  });

  it('shows 500026 when the network is down, and the session ends anyway', async function () {
    this.timeout(20000);
    const { apiKey, demo } = await logOutWithAnswer('reset');
    const [response] = entries(demo, 'gigya-logout-response');
    expect(response.querySelector('pre')?.textContent).to.contain('"errorCode": 500026');
    expect(response.dataset.outcome).to.equal('fail');
    expect(byId(demo, 'latest').dataset.outcome).to.equal('fail');
    expect(byId(demo, 'latest-detail').textContent).to.contain('500026');
    expect(entries(demo, 'gigya-logout-request')).to.have.length(1);
    expect(entries(demo, 'gigya-logout-response')).to.have.length(1);
    expect(entries(demo, 'gigya-logout'), 'no onLogout on failure').to.have.length(0);

    expect(hasSession(apiKey, demo.doc), 'the SDK removes the cookies before the answer').to.equal(false);
    await until(() => !byId(demo, 'sign-in').hidden, 'the header did not go back to signed out');
    expectOneFailureMessage(demo, 'Gigya could not be reached (offline or blocked).', 500026, 'Network error');
    expect(await logoutRequests(apiKey)).to.have.length.at.least(1);
    expect(demo.errors).to.deep.equal([]);
  });

  it('says in words what an HTML 500 answer means: signed out here, not confirmed, sent again next time', async function () {
    this.timeout(20000);
    const { demo } = await logOutWithAnswer('html500', (demo) =>
      expect(demo.doc.body.innerText, 'nothing said about a kept token before the logout').not.to.contain('sent again'),
    );

    expectOneFailureMessage(demo, 'Gigya could not confirm the logout.', 500001, 'General server error');
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
    await until(() => entries(demo, 'gigya-logout-response').length > 0, 'no gigya-logout-response in the log');
    const text = entries(demo, 'gigya-logout-response')[0].querySelector('pre')?.textContent ?? '';
    expect(text).to.contain('"errorCode": 400006');
    expect(text).to.contain('dataCenter');
    expect(demo.errors).to.deep.equal([]);
  });

  it('real Gigya mode (here unreachable): a site-check panel with the report, a title that says what was found; a logout with no session says nothing was sent', async function () {
    this.timeout(30000);
    const demo = await openDemo('?apiKey=3_test&dataCenter=eu1');
    const report = byId(demo, 'site-check-report');
    await until(() => !report.hidden, 'no site check report');
    expect(byId(demo, 'site-check').hidden).to.equal(false);
    expect(report.textContent).to.contain('Site check for API key 3_test').and.contain('https://socialize.eu1.gigya.com');
    expect(byId(demo, 'site-check-copy').hidden).to.equal(false);
    expect(byId(demo, 'real-title').textContent).to.match(/^A real Gigya site: (reachable|not reachable from here)$/);

    clickLogout(demo);
    await until(() => entries(demo, 'gigya-logout-response').length > 0, 'no gigya-logout-response in the log');
    expect(byId(demo, 'latest-sentence').textContent).to.equal(
      'There was no session here, so nothing was sent: you were already signed out.',
    );
    expect(byId(demo, 'latest-detail').textContent).to.equal('errorCode 0 · success');
    expect(demo.errors).to.deep.equal([]);
  });

  it('a failure shows one message, a plain sentence then the code; nothing of it stays up while a new logout is in flight', async function () {
    this.timeout(20000);
    const { apiKey, demo } = await logOutWithAnswer('error:400093');
    expectOneFailureMessage(demo, 'Gigya does not know this site’s API key.', 400093, 'Invalid ApiKey parameter');
    expect(byId(demo, 'problem').hidden, 'no other notice').to.equal(true);

    await chooseAnswer(demo, 'hang');
    await signIn(demo, apiKey);
    clickLogout(demo);
    await until(() => entries(demo, 'gigya-logout-request').length == 2, 'no second request');
    expect(byId(demo, 'latest').hidden, 'no stale result').to.equal(true);
    expect(demo.doc.body.innerText, 'nor its word about the token').not.to.contain('sent again');
    expect(demo.errors).to.deep.equal([]);
  });

  describe('the posture control: the emulator on a second origin, in each CORS posture', () => {
    const signedOut = 'You are signed out.';
    const cases = [
      {
        posture: 'cors=reflect',
        outcome: 'ok',
        sentence: signedOut,
        detail: 'errorCode 0 · success',
        withToken: 1,
        tokenless: 0,
      },
      // The credentialed request cannot be read; the same form again without credentials can.
      {
        posture: 'cors=wildcard',
        outcome: 'ok',
        sentence: signedOut,
        detail: 'errorCode 0 · success',
        withToken: 2,
        tokenless: 0,
      },
      // Neither can be read; a tokenless no-cors request shows the origin answers: sent, not confirmed.
      {
        posture: 'cors=none',
        outcome: 'unconfirmed',
        sentence: 'You are signed out on this device; Gigya got the logout, but its answer could not be read to confirm it.',
        detail: `errorCode 0 · confirmed: false · ${KEPT}`,
        withToken: 2,
        tokenless: 1,
      },
      {
        posture: 'blocked',
        outcome: 'fail',
        sentence: 'Gigya could not be reached (offline or blocked). You are signed out on this device.',
        detail: `errorCode 500026 · Network error · ${KEPT}`,
        withToken: 2,
        tokenless: 1,
      },
    ];
    for (const { posture, outcome, sentence, detail, withToken, tokenless } of cases) {
      it(`${posture}: a logout goes to the second origin and the result says what the page could know`, async function () {
        this.timeout(20000);
        const apiKey = freshKey();
        let demo = await openDemo(`?demoKey=${apiKey}`);
        expect(byId<HTMLSelectElement>(demo, 'posture').dataset.applied, 'the page starts on its own origin').to.equal('same-origin');
        demo = await choosePosture(demo, posture);
        const { crossOrigin } = await emulatorInfo();
        expect(byId(demo, 'posture-origin').textContent).to.equal(crossOrigin);
        expect(byId(demo, 'posture-status').textContent).to.contain(`Logouts go to ${crossOrigin}, which`);
        for (const el of demo.doc.querySelectorAll('gigya-logout')) expect(el.getAttribute('api-domain')).to.equal(crossOrigin);

        await signIn(demo, apiKey);
        clickLogout(demo);
        const latest = byId(demo, 'latest');
        await until(() => !latest.hidden, 'no result shown');
        expect(latest.dataset.outcome).to.equal(outcome);
        expect(byId(demo, 'latest-sentence').textContent).to.equal(sentence);
        expect(byId(demo, 'latest-detail').textContent).to.equal(detail);
        expect(hasSession(apiKey, demo.doc), 'the session ends here in every posture').to.equal(false);

        const posts = await logoutRequests(apiKey);
        expect(
          posts.map((r) => r.host),
          'every request went to the second origin',
        ).to.deep.equal(Array(withToken + tokenless).fill(new URL(crossOrigin).host));
        expect(posts.filter((r) => r.fields.login_token).length, 'requests carrying the token').to.equal(withToken);
        expect(posts.filter((r) => !r.fields.login_token).length, 'tokenless reachability checks').to.equal(tokenless);
        expect(
          posts.every((r) => r.url === '/socialize.logout'),
          'never a token in a URL',
        ).to.equal(true);
        expect(demo.errors).to.deep.equal([]);
      });
    }

    it('back to this page’s own origin: no api-domain, the emulator answers with CORS for the page again', async function () {
      this.timeout(20000);
      const apiKey = freshKey();
      let demo = await openDemo(`?demoKey=${apiKey}`);
      demo = await choosePosture(demo, 'cors=none');
      demo = await choosePosture(demo, 'same-origin');
      expect(demo.win.location.search, 'the default needs no parameter').to.equal(`?demoKey=${apiKey}`);
      for (const el of demo.doc.querySelectorAll('gigya-logout')) expect(el.hasAttribute('api-domain')).to.equal(false);
      expect(byId(demo, 'posture-status').textContent).to.equal('Logouts go to this page’s own origin: CORS does not apply.');

      await signIn(demo, apiKey);
      clickLogout(demo);
      await until(() => !byId(demo, 'latest').hidden, 'no result shown');
      expect(byId(demo, 'latest-sentence').textContent).to.equal('You are signed out.');
      const posts = await logoutRequests(apiKey);
      expect(posts.map((r) => r.host)).to.deep.equal([location.host]);
      expect(demo.errors).to.deep.equal([]);
    });
  });

  it('the header follows the session cookie as another tab changes it', async function () {
    this.timeout(20000);
    const apiKey = freshKey();
    const demo = await openDemo(`?demoKey=${apiKey}`);
    expect(byId(demo, 'sign-in').hidden).to.equal(false);
    await login(apiKey); // as a sign-in in another tab: the cookie changes, this page stays visible
    await until(() => byId(demo, 'sign-in').hidden, 'the header did not follow the sign-in');
    expireCookie(`glt_${apiKey}`);
    await until(() => !byId(demo, 'sign-in').hidden, 'the header did not follow the sign-out');
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

// redirect-url, inside an <iframe> (fixtures/redirect.html) so that navigation does not end the test
// page: followed after the response event on this origin or a Global Conf `redirectOrigins` origin;
// refused with a console warning otherwise; skipped when the response is canceled or the logout failed.

import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import type { GigyaLogout, Socialize } from '../../src/index.js';
import { requests, waitForRequests } from '../helpers/emulator.js';
import { cleanup, onCleanup } from '../helpers/cleanup.js';
import { clickAndWait } from '../helpers/element.js';
import { hasSession, newKey, signedIn } from '../helpers/session.js';
import { stubConsoleWarn } from '../helpers/stubs.js';

type FrameWindow = Window & typeof globalThis;

const FIXTURE = '/test/gigya-logout/fixtures/redirect.html';
const AFTER = '/test/gigya-logout/fixtures/after.html';

interface Frame {
  iframe: HTMLIFrameElement;
  win: FrameWindow;
  el: GigyaLogout;
  /** Loads after the first one. */
  navigations: number;
  /** alert() calls inside the frame. */
  alerts: unknown[];
  /** Resolves at the next load of the iframe. */
  nextLoad(): Promise<void>;
}

/** The fixture page in an iframe, its <gigya-logout> pointed at the emulator with `apiKey`. */
async function openFrame(apiKey: string, apiDomain: string, redirectUrl?: string): Promise<Frame> {
  const iframe = document.createElement('iframe');
  let waiters: (() => void)[] = [];
  const frame = { iframe, navigations: -1, alerts: [] as unknown[] } as Frame;
  iframe.addEventListener('load', () => {
    frame.navigations++;
    for (const done of waiters.splice(0)) done();
  });
  frame.nextLoad = () => new Promise<void>((resolve) => waiters.push(resolve));
  const loaded = frame.nextLoad();
  iframe.src = FIXTURE;
  document.body.append(iframe);
  onCleanup(() => {
    waiters = [];
    iframe.remove();
  });
  await loaded;
  frame.win = iframe.contentWindow as FrameWindow;
  await waitUntil(() => !!frame.win.customElements.get('gigya-logout'), 'the fixture did not define <gigya-logout>', {
    timeout: 4000,
  });
  frame.win.alert = (message?: unknown) => void frame.alerts.push(message);
  frame.el = frame.win.document.querySelector('gigya-logout') as GigyaLogout;
  frame.el.setAttribute('api-key', apiKey);
  frame.el.setAttribute('api-domain', apiDomain);
  if (redirectUrl !== undefined) frame.el.setAttribute('redirect-url', redirectUrl);
  await frame.el.updateComplete;
  return frame;
}

/** Sets the frame's Global Conf, made in the frame's realm (a plain object there). */
function setFrameConf(win: FrameWindow, conf: Record<string, unknown>): void {
  (win as { __gigyaConf?: unknown }).__gigyaConf = win.JSON.parse(JSON.stringify(conf));
}

/** The frame's location as the parent sees it: its path, or 'cross-origin' when it cannot be read. */
function framePath(frame: Frame): string {
  try {
    return frame.iframe.contentWindow!.location.pathname + frame.iframe.contentWindow!.location.search;
  } catch {
    return 'cross-origin';
  }
}

/** Clicks the frame's element: its response's errorCode, once a navigation would have started. */
async function clickAndSettle(frame: Frame): Promise<number> {
  const { response } = await clickAndWait(frame.el);
  await aTimeout(300);
  return response.errorCode;
}

/** The frame did not navigate: it is still on the fixture page. */
function expectNoNavigation(frame: Frame): void {
  expect(frame.navigations).to.equal(0);
  expect(framePath(frame)).to.equal(FIXTURE);
}

describe('<gigya-logout> redirect-url', () => {
  afterEach(cleanup);

  it('a same-origin path: navigates there after the response event', async () => {
    const { apiKey, info } = await signedIn();
    const frame = await openFrame(apiKey, info.origin, AFTER);
    const seen: string[] = [];
    frame.el.addEventListener('gigya-logout', () => seen.push(`gigya-logout on ${frame.win.location.pathname}`));
    frame.el.addEventListener('gigya-logout-response', (event) =>
      seen.push(`response ${event.detail.errorCode} on ${frame.win.location.pathname}`),
    );
    const navigated = frame.nextLoad();
    frame.el.click();
    await navigated;
    expect(seen).to.deep.equal([`gigya-logout on ${FIXTURE}`, `response 0 on ${FIXTURE}`]);
    expect(framePath(frame)).to.equal(AFTER);
    expect(frame.navigations).to.equal(1);
    expect(hasSession(apiKey)).to.equal(false);
  });

  it('a relative URL is resolved against the page (document.baseURI)', async () => {
    const { apiKey, info } = await newKey();
    const frame = await openFrame(apiKey, info.origin, 'after.html?from=relative');
    const navigated = frame.nextLoad();
    frame.el.click();
    await navigated;
    expect(framePath(frame)).to.equal(`${AFTER}?from=relative`);
  });

  it('an origin listed in Global Conf redirectOrigins is followed', async () => {
    const { apiKey, info } = await signedIn();
    const frame = await openFrame(apiKey, info.origin, `${info.crossOrigin}/saml/v2.0/${apiKey}/sp/jsslo?name=redirected`);
    setFrameConf(frame.win, { redirectOrigins: [info.crossOrigin] });
    const warnings = stubConsoleWarn(frame.win);
    const navigated = frame.nextLoad();
    frame.el.click();
    await navigated;
    expect(framePath(frame)).to.equal('cross-origin');
    const recorded = await waitForRequests(apiKey, (r) => r.some((request) => request.method === 'GET'));
    expect(recorded.filter((r) => r.method === 'GET').map((r) => r.fields)).to.deep.equal([{ name: 'redirected' }]);
    expect(warnings).to.have.length(0);
  });

  const refused: [string, (info: { crossOrigin: string }) => string][] = [
    ['javascript:', () => 'javascript:alert(1)'],
    ['data:', () => 'data:text/html,x'],
    ['protocol-relative //evil.example/', () => '//evil.example/'],
    ['another origin', () => 'https://evil.example/'],
    ['a reachable origin not in redirectOrigins', (info) => `${info.crossOrigin}/__emulator/info`],
  ];
  for (const [name, url] of refused) {
    it(`refused with a console warning, no navigation: ${name}`, async () => {
      const { apiKey, info } = await signedIn();
      const value = url(info);
      const frame = await openFrame(apiKey, info.origin, value);
      setFrameConf(frame.win, { redirectOrigins: ['https://other.example'] });
      const warnings = stubConsoleWarn(frame.win);
      expect(await clickAndSettle(frame)).to.equal(0);
      expectNoNavigation(frame);
      expect(frame.alerts).to.have.length(0);
      expect(warnings).to.have.length(1);
      expect(String(warnings[0][0]))
        .to.match(/^gigya-logout: /)
        .and.contain(value);
      expect(hasSession(apiKey)).to.equal(false);
    });
  }

  it('a listener that cancels gigya-logout-response: no navigation, no warning', async () => {
    const { apiKey, info } = await signedIn();
    const frame = await openFrame(apiKey, info.origin, AFTER);
    const warnings = stubConsoleWarn(frame.win);
    frame.win.document.addEventListener('gigya-logout-response', (event) => event.preventDefault());
    expect(await clickAndSettle(frame)).to.equal(0);
    expectNoNavigation(frame);
    expect(warnings).to.have.length(0);
  });

  it('a failed logout: no navigation', async () => {
    const { apiKey, info } = await signedIn('error:500001');
    const frame = await openFrame(apiKey, info.origin, AFTER);
    const warnings = stubConsoleWarn(frame.win);
    expect(await clickAndSettle(frame)).to.equal(500001);
    expectNoNavigation(frame);
    expect(warnings).to.have.length(0);
  });

  it('a canceled request: no logout, no navigation', async () => {
    const { apiKey, info } = await signedIn();
    const frame = await openFrame(apiKey, info.origin, AFTER);
    frame.el.addEventListener('gigya-logout-request', (event) => event.preventDefault());
    expect((await frame.el.logout()).errorCode).to.equal(200001);
    await aTimeout(300);
    expect(frame.navigations).to.equal(0);
    expect(hasSession(apiKey)).to.equal(true);
    expect(await requests(apiKey)).to.have.length(0);
  });

  it('a logout started elsewhere (the JS API) does not navigate', async () => {
    const { apiKey, info } = await signedIn();
    const frame = await openFrame(apiKey, info.origin, AFTER);
    const heard: unknown[] = [];
    frame.el.addEventListener('gigya-logout', (event) => heard.push(event.detail));
    const frameSocialize = (frame.win as unknown as Record<symbol, { socialize: Socialize }>)[Symbol.for('gigya-logout.core')].socialize;
    expect((await frameSocialize.logout({ apiKey, apiDomain: info.origin })).errorCode).to.equal(0);
    await aTimeout(300);
    expect(heard).to.have.length(1);
    expectNoNavigation(frame);
  });
});

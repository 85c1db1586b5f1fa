// The scenario every framework app goes through (test/frameworks/<framework>.test.ts): the app, built
// from the framework's own packages by tools/test/framework-apps.mjs, renders the README's snippet,
// and a real logout goes to the emulator.

import { expect } from '@open-wc/testing';
import { login, logoutRequests, release, setAnswer, waitForRequests } from '../helpers/emulator.js';
import { cleanup, onCleanup } from '../helpers/cleanup.js';
import { button, record } from '../helpers/element.js';
import { newKey } from '../helpers/session.js';
import { recordUncaught, setGlobalConf, stubConsoleError, stubConsoleWarn } from '../helpers/stubs.js';
import type { GigyaLogout, LogoutResponse } from '../../src/index.js';

/** Renders the snippet into `container` with these props; returns the framework's unmount. */
export type Mount = (
  container: HTMLElement,
  props: { user: object; onDone: (response: LogoutResponse) => void },
) => (() => void) | Promise<() => void>;

/** Console errors and warnings, uncaught errors and unhandled rejections, from now to cleanup. */
function recordProblems(): { 'console.error': unknown[][]; 'console.warn': unknown[][]; uncaught: unknown[] } {
  return { 'console.error': stubConsoleError(), 'console.warn': stubConsoleWarn(), uncaught: recordUncaught() };
}

/** What {@link recordProblems} saw when nothing went wrong. */
const NO_PROBLEMS = { 'console.error': [], 'console.warn': [], uncaught: [] };

export function frameworkScenario(app: string): void {
  let mount: Mount;
  let container: HTMLElement;

  before(async () => {
    ({ mount } = (await import(`/__apps/${app}.js`)) as { mount: Mount });
  });
  beforeEach(() => {
    container = document.body.appendChild(document.createElement('div'));
    onCleanup(() => container.remove());
  });
  afterEach(cleanup);

  /** Mounts the app for a fresh site with a session; resolves with the rendered element. */
  async function start(onDone: (response: LogoutResponse) => void) {
    const { apiKey, info } = await newKey();
    setGlobalConf({ apiKey, apiDomain: info.origin });
    await login(apiKey);
    const user = { name: 'Ada' };
    const unmount = await mount(container, { user, onDone });
    const el = container.querySelector('gigya-logout') as GigyaLogout;
    expect(el instanceof HTMLElement && el.localName === 'gigya-logout', 'the snippet rendered <gigya-logout>').to.equal(true);
    await el.updateComplete;
    return { apiKey, user, el, unmount };
  }

  it('logs out for real: props reach the params, context by identity, one response to the framework listener, gigya-logout on document, no console error', async () => {
    const problems = recordProblems();
    const onDocument = record(document, 'gigya-logout');
    const responses: LogoutResponse[] = [];
    let answered!: () => void;
    const done = new Promise<void>((resolve) => (answered = resolve));
    const { apiKey, user, el, unmount } = await start((response) => {
      responses.push(response);
      answered();
    });
    onCleanup(unmount);

    button(el).click();
    await done;

    const [response] = responses;
    expect(response.errorCode, response.errorDetails).to.equal(0);
    expect(response.context === user, 'the context object comes back by identity').to.equal(true);
    expect(response.requestParams.forceProvidersLogout).to.equal(false);
    expect(el.forceProvidersLogout).to.equal(false);
    const posts = await logoutRequests(apiKey);
    expect(posts.map((p) => p.fields.cid)).to.deep.equal(['header']);
    expect(responses.length, 'the framework listener heard gigya-logout-response once').to.equal(1);
    expect(onDocument.map((e) => e.detail.context === user)).to.deep.equal([true]);
    expect(problems).to.deep.equal(NO_PROBLEMS);
  });

  it('unmounting mid-logout throws nothing; document still hears the logout', async () => {
    const problems = recordProblems();
    const { apiKey, el, unmount } = await start(() => undefined);
    await setAnswer(apiKey, 'hold');
    const loggedOut = new Promise((resolve) => document.addEventListener('gigya-logout', resolve, { once: true }));

    button(el).click();
    await waitForRequests(apiKey, (recorded) => recorded.some((r) => r.path === '/socialize.logout'));
    unmount();
    expect(el.isConnected).to.equal(false);
    await release(apiKey);
    await loggedOut;

    expect(problems).to.deep.equal(NO_PROBLEMS);
  });
}

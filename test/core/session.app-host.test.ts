// docs/contract.md §2.2 step 3, on a real host name (http://app.example.test): removing the session "must really
// remove" it: every copy of glt_/gltexp_/_gig_lt the page can see, host-only or on a parent domain,
// on path / or on the current path, is gone before the service answers.
//
// The logouts run in a same-origin iframe on a deep path (fixtures/account/settings/profile.html,
// with its own copy of the core), because the cookie paths of a document follow the URL it was
// loaded from (history.replaceState does not move them in Chromium). The API is reached on the
// emulator's loopback origin: an http: apiDomain on app.example.test is refused (400006), as it must be.

import { expect, waitUntil } from '@open-wc/testing';
import { emulatorInfo, login, logoutRequests, release, setAnswer, waitForRequests } from '../helpers/emulator.js';
import type { LogoutResponse, Socialize } from '../../src/core/types.js';
import { cleanup, onCleanup } from '../helpers/cleanup.js';
import { freshKey, sessionCookiesLeft, sessionGone } from '../helpers/session.js';
import { expectPending } from '../helpers/timing.js';

const PARENT = 'example.test';
const HOST = 'app.example.test';
const PAGE_PATH = '/test/core/fixtures/account/settings/profile.html';
/** Where a cookie set on that page without a path goes. */
const DEFAULT_PATH = '/test/core/fixtures/account/settings';

interface DeepPage {
  doc: Document;
  socialize: Socialize;
}

async function openDeepPage(): Promise<DeepPage> {
  const iframe = document.createElement('iframe');
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = PAGE_PATH;
  document.body.append(iframe);
  onCleanup(() => iframe.remove());
  await loaded;
  const win = iframe.contentWindow as Window & { coreSocialize?: Socialize };
  await waitUntil(() => win.coreSocialize, 'the deep page did not load the core', { timeout: 4000 });
  expect(win.location.pathname).to.equal(PAGE_PATH);
  return { doc: win.document, socialize: win.coreSocialize! };
}

/** Sets `name=value` with these attributes in `doc`, and expires that very copy at cleanup. */
function setCopy(doc: Document, name: string, value: string, attributes: { domain?: string; path?: string }): void {
  const domain = attributes.domain ? `; domain=${attributes.domain}` : '';
  const path = attributes.path ? `; path=${attributes.path}` : '';
  doc.cookie = `${name}=${value}${domain}${path}`;
  onCleanup(() => (doc.cookie = `${name}=${domain}${path}; max-age=0`));
}

const copiesIn = (doc: Document, name: string): string[] => doc.cookie.split(/;\s*/).filter((pair) => pair.startsWith(`${name}=`));

/** Starts a logout in the deep page; at cleanup, checks its callback ran once with the promise value. */
function startIn(deep: DeepPage, apiKey: string, apiDomain: string) {
  const callbacks: LogoutResponse[] = [];
  const promise = deep.socialize.logout({ apiKey, apiDomain, callback: (response) => void callbacks.push(response) });
  onCleanup(async () => {
    const response = await promise;
    expect(callbacks).to.have.length(1);
    expect(callbacks[0]).to.equal(response);
  });
  return promise;
}

// Only the app-host group runs this file on app.example.test (`npm test -- test/core/session.app-host.test.ts`);
// a plain `wtr --files 'test/core/**'` also loads it on localhost, where its cookie domains cannot exist.
const onAppHost = location.hostname === HOST;

(onAppHost ? describe : describe.skip)('core: session cookies on app.example.test', () => {
  let apiDomain: string;

  before(async () => {
    apiDomain = (await emulatorInfo()).crossOrigin;
  });

  afterEach(cleanup);

  it('every copy (host-only, domain=example.test, domain=app.example.test; path /, the default path, the page path) is gone before the answer', async () => {
    const deep = await openDeepPage();
    const apiKey = freshKey(PARENT);
    const session = await login(apiKey, { domain: PARENT }); // glt_/gltexp_ on example.test, path /
    for (const [name, value] of [
      [`glt_${apiKey}`, session.cookie],
      [`gltexp_${apiKey}`, String(session.exp)],
      ['_gig_lt', 'lt.value'],
    ]) {
      if (name === '_gig_lt') setCopy(deep.doc, name, value, { domain: PARENT, path: '/' });
      setCopy(deep.doc, name, value, { path: '/' });
      setCopy(deep.doc, name, value, {}); // host-only, on the default path
      setCopy(deep.doc, name, value, { path: PAGE_PATH });
      setCopy(deep.doc, name, value, { domain: PARENT }); // on the default path
      setCopy(deep.doc, name, value, { domain: HOST, path: '/' });
      setCopy(deep.doc, name, value, { domain: HOST, path: PAGE_PATH });
      expect(copiesIn(deep.doc, name), `copies of ${name}`).to.have.length(7);
    }
    expect(copiesIn(document, `glt_${apiKey}`), 'the top page (path /) sees only the / copies').to.have.length(3);
    await setAnswer(apiKey, 'hold');

    const pending = startIn(deep, apiKey, apiDomain);
    const arrived = await waitForRequests(apiKey, (recorded) => recorded.length === 1);
    expect(arrived.map((r) => r.fields.login_token)).to.deep.equal([session.token]);
    await expectPending(pending, 50);

    await sessionGone(apiKey, deep.doc);
    await sessionGone(apiKey, document);
    expect(await release(apiKey)).to.equal(1);
    expect((await pending).errorCode).to.equal(0);
    expect(await logoutRequests(apiKey)).to.have.length(1);
  });

  it('a session the service set on example.test (path /) and _gig_lt there are gone at once', async () => {
    const deep = await openDeepPage();
    const apiKey = freshKey(PARENT);
    const session = await login(apiKey, { domain: PARENT });
    setCopy(deep.doc, '_gig_lt', 'lt.value', { domain: PARENT, path: '/' });
    expect(sessionCookiesLeft(apiKey, deep.doc).sort()).to.deep.equal(['_gig_lt', `glt_${apiKey}`, `gltexp_${apiKey}`]);
    await setAnswer(apiKey, 'hold');

    const pending = startIn(deep, apiKey, apiDomain);
    expect(await waitForRequests(apiKey, (recorded) => recorded.length === 1)).to.have.length(1);

    await sessionGone(apiKey, deep.doc);
    await release(apiKey);
    expect((await pending).errorCode).to.equal(0);
    const [recorded] = await logoutRequests(apiKey);
    expect(recorded.fields.login_token).to.equal(session.token);
    expect(recorded.origin).to.equal(location.origin);
  });

  it('a copy on a parent directory of the page (path=/test/core/fixtures/account/) goes too', async () => {
    const deep = await openDeepPage();
    const apiKey = freshKey(PARENT);
    const session = await login(apiKey, { domain: PARENT });
    setCopy(deep.doc, `glt_${apiKey}`, session.cookie, { path: '/test/core/fixtures/account/' });
    setCopy(deep.doc, `glt_${apiKey}`, session.cookie, { path: `${DEFAULT_PATH}/` });
    expect(copiesIn(deep.doc, `glt_${apiKey}`)).to.have.length(3);

    expect((await startIn(deep, apiKey, apiDomain)).errorCode).to.equal(0);

    await sessionGone(apiKey, deep.doc);
  });

  it('no removal is tried on the top-level label alone (domain=test: Firefox logs each as invalid)', async () => {
    const deep = await openDeepPage();
    const apiKey = freshKey(PARENT);
    await login(apiKey, { domain: PARENT });
    const proto = Object.getPrototypeOf(Object.getPrototypeOf(deep.doc)) as object; // Document.prototype of the frame
    const descriptor = Object.getOwnPropertyDescriptor(proto, 'cookie')!;
    const writes: string[] = [];
    Object.defineProperty(deep.doc, 'cookie', {
      configurable: true,
      get: () => descriptor.get!.call(deep.doc),
      set: (value: string) => {
        writes.push(value);
        descriptor.set!.call(deep.doc, value);
      },
    });
    onCleanup(() => delete (deep.doc as { cookie?: string }).cookie);

    expect((await startIn(deep, apiKey, apiDomain)).errorCode).to.equal(0);

    const domains = new Set(writes.map((w) => /;\s*domain=([^;]*)/i.exec(w)?.[1] ?? ''));
    expect([...domains].sort()).to.deep.equal(['', HOST, PARENT]);
    await sessionGone(apiKey, deep.doc);
  });

  it('no glt_ cookie but leftover gltexp_ and _gig_lt (here and on example.test): no request, success, both removed', async () => {
    const deep = await openDeepPage();
    const apiKey = freshKey(PARENT);
    setCopy(deep.doc, `gltexp_${apiKey}`, '1999999999', { path: '/' });
    setCopy(deep.doc, '_gig_lt', 'lt.value', { domain: PARENT, path: '/' });
    expect(sessionCookiesLeft(apiKey, deep.doc).sort()).to.deep.equal(['_gig_lt', `gltexp_${apiKey}`]);

    expect((await startIn(deep, apiKey, apiDomain)).errorCode).to.equal(0);

    await sessionGone(apiKey, deep.doc);
    expect(await logoutRequests(apiKey)).to.have.length(0);
  });
});

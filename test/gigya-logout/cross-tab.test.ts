// docs/contract.md §5 across two real tabs (the test page and a same-origin popup, test/helpers/second-tab.ts):
// a logout that succeeds in one tab, whoever starts it, is announced once in the other (handlers,
// each element, document), with source 'other-tab', its API key and no context, and no request;
// never to the tab that sent it; once in a tab with two copies of the library; once per logout.
// Sites, opt-out, first use and bad messages: cross-tab-rules.test.ts.

import { expect } from '@open-wc/testing';
import { socialize } from '../../src/index.js';
import { login, logoutRequests, setAnswer } from '../helpers/emulator.js';
import { tabElement, type SecondTab } from '../helpers/second-tab.js';
import { cleanup, onCleanup } from '../helpers/cleanup.js';
import { logoutElement, secondTab, watch } from '../helpers/element.js';
import { newKey, signedIn } from '../helpers/session.js';

/** The gigya.js stand-in of a tab opened with `gigya`. */
const gigyaOf = (tab: SecondTab) =>
  (tab.window as unknown as { gigya: { socialize: { logout(params: object): void; addEventHandlers(params: object): void } } }).gigya;

const count = (items: string[], text: string) => items.filter((item) => item.includes(text)).length;
const sorted = (items: string[]) => [...items].sort();

describe('cross-tab logout: the other tab announces it', () => {
  afterEach(cleanup);

  it('an element logs out here: once on each element, document and handler there, with no context and no request', async () => {
    const { apiKey, info } = await signedIn();
    const tab = await secondTab();
    const b1 = tabElement(tab, { id: 'b1' });
    const b2 = tabElement(tab, { id: 'b2', 'api-key': apiKey });
    const there = watch(tab.window, { socialize: tab.libs[0].socialize, elements: [b1, b2] });
    const el = await logoutElement(apiKey, info.origin);
    el.id = 'a';
    const here = watch(window, { socialize, elements: [el] });

    el.context = { secret: 1 };
    const response = await el.logout();
    expect(response.errorCode).to.equal(0);

    await there.until((items) => items.length >= 4);
    expect(sorted(there.items)).to.deep.equal([
      `b1 other-tab ${apiKey}`,
      `b2 other-tab ${apiKey}`,
      `document other-tab ${apiKey}`,
      `handler other-tab ${apiKey}`,
    ]);
    expect(there.details[0]).to.deep.equal({ eventName: 'logout', fullEventName: 'logout', isGlobal: true, source: 'other-tab', apiKey });
    expect(await logoutRequests(apiKey), 'only the first tab asked the server').to.have.length(1);
    expect(sorted(here.items)).to.deep.equal([
      `a here ${apiKey} context`,
      `document here ${apiKey} context`,
      `handler here ${apiKey} context`,
    ]);
  });

  it('the tab that logged out does not hear its own message', async () => {
    const { apiKey, info } = await newKey();
    const { apiKey: marker } = await newKey();
    const tab = await secondTab();
    const there = watch(tab.window, { socialize: tab.libs[0].socialize });
    const here = watch(window, { socialize });

    await socialize.logout({ apiKey, apiDomain: info.origin });
    await there.until((items) => count(items, apiKey) == 2);
    // The other tab's logout comes back on the channel after ours would have, had it come.
    await tab.libs[0].socialize.logout({ apiKey: marker, apiDomain: info.origin });
    await here.until((items) => count(items, `other-tab ${marker}`) == 2);

    expect(sorted(here.items)).to.deep.equal(
      sorted([`document here ${apiKey}`, `handler here ${apiKey}`, `document other-tab ${marker}`, `handler other-tab ${marker}`]),
    );
  });

  it("the JS API logs out there, with no session (no request): announced here; a handler's own context stays", async () => {
    const { apiKey, info } = await newKey();
    const tab = await secondTab();
    const here = watch(window, { socialize });
    const ownContext = { mine: true };
    const withContext: unknown[] = [];
    const onLogout = (event: { context?: unknown }) => withContext.push(event.context);
    socialize.addEventHandlers({ onLogout, context: ownContext });
    onCleanup(() => socialize.removeEventHandlers({ onLogout }));

    const response = await tab.libs[0].socialize.logout({ apiKey, apiDomain: info.origin, context: { theirs: true } });
    expect(response.errorCode).to.equal(0);

    await here.until((items) => items.length >= 2);
    expect(sorted(here.items)).to.deep.equal([`document other-tab ${apiKey}`, `handler other-tab ${apiKey}`]);
    expect(withContext).to.have.length(1);
    expect(withContext[0] === ownContext, "the handler's own context, never the other tab's").to.equal(true);
    expect(await logoutRequests(apiKey)).to.have.length(0);
  });

  it('gigya.js there logs out by itself (through the mirror): announced here, with its site when it says which', async () => {
    const { apiKey } = await newKey();
    const tab = await secondTab({ gigya: true });
    tabElement(tab, { id: 'b' }); // registers the mirror on gigya.js
    const here = watch(window, { socialize });
    gigyaOf(tab).socialize.logout({ callback: () => undefined });

    await here.until((items) => items.length >= 2);
    expect(sorted(here.items)).to.deep.equal(['document other-tab -', 'handler other-tab -']);

    const keyed = await secondTab({ gigya: apiKey });
    tabElement(keyed, { id: 'b' });
    gigyaOf(keyed).socialize.logout({ callback: () => undefined });
    await here.until((items) => items.length >= 4);
    expect(sorted(here.items.slice(2))).to.deep.equal([`document other-tab ${apiKey}`, `handler other-tab ${apiKey}`]);
  });

  it("gigya.js in the tab that hears it is not asked to log out, and the site's own gigya.js handlers are not called", async () => {
    const { apiKey, info } = await newKey();
    const tab = await secondTab({ gigya: true });
    const stand = (tab.window as unknown as { __gigyaStandIn: { logoutCalls: unknown[]; handlers: unknown[] } }).__gigyaStandIn;
    const siteHandlerCalls: unknown[] = [];
    gigyaOf(tab).socialize.addEventHandlers({
      onLogout: (event: unknown) => siteHandlerCalls.push(event),
    });
    const b = tabElement(tab, { id: 'b' });
    const there = watch(tab.window, { elements: [b] });

    await socialize.logout({ apiKey, apiDomain: info.origin });

    await there.until((items) => items.length >= 2);
    expect(sorted(there.items)).to.deep.equal([`b other-tab ${apiKey}`, `document other-tab ${apiKey}`]);
    expect(stand.logoutCalls).to.deep.equal([]);
    expect(siteHandlerCalls).to.deep.equal([]);
  });

  it('two logouts are two announcements, in order', async () => {
    const { apiKey: first, info } = await newKey();
    const { apiKey: second } = await newKey();
    const tab = await secondTab();
    const there = watch(tab.window, { socialize: tab.libs[0].socialize });

    await socialize.logout({ apiKey: first, apiDomain: info.origin });
    await socialize.logout({ apiKey: second, apiDomain: info.origin });

    await there.until((items) => count(items, second) == 2);
    expect(there.items.map((item) => item.split(' ')[2])).to.deep.equal([first, first, second, second]);
  });

  it('a tab with the library loaded twice (modules and bundle) hears each logout once', async () => {
    const { apiKey: first, info } = await newKey();
    const { apiKey: second } = await newKey();
    const tab = await secondTab({ load: ['src', 'bundle'] });
    const b = tabElement(tab, { id: 'b' });
    const there = watch(tab.window, { socialize: tab.libs[1].socialize, elements: [b] });

    await socialize.logout({ apiKey: first, apiDomain: info.origin });
    await socialize.logout({ apiKey: second, apiDomain: info.origin });

    // A second hearing of the first logout would come before the second logout's.
    await there.until((items) => count(items, second) == 3);
    expect(sorted(there.items)).to.deep.equal(
      sorted([first, second].flatMap((key) => [`b other-tab ${key}`, `document other-tab ${key}`, `handler other-tab ${key}`])),
    );
    expect(tab.window.__channelsOpened, 'one channel for the two copies').to.have.length(1);
  });

  it('a tab with the library loaded twice sends each logout once', async () => {
    const { apiKey: first, info } = await newKey();
    const { apiKey: second } = await newKey();
    const tab = await secondTab({ load: ['src', 'bundle'] });
    tabElement(tab, { id: 'b' });
    const here = watch(window, { socialize });

    await tab.libs[1].socialize.logout({ apiKey: first, apiDomain: info.origin });
    await tab.libs[0].socialize.logout({ apiKey: second, apiDomain: info.origin });

    await here.until((items) => count(items, second) == 2);
    expect(here.items.map((item) => item.split(' ')[2])).to.deep.equal([first, first, second, second]);
  });

  it("drops the token it kept for that site unconfirmed, and only that site's", async () => {
    const { apiKey, info } = await newKey();
    const { apiKey: other } = await newKey();
    await login(apiKey);
    await login(other);
    await setAnswer(apiKey, 'error:500001');
    await setAnswer(other, 'error:500001');
    const tab = await secondTab();
    const there = watch(tab.window, { socialize: tab.libs[0].socialize });
    // Not confirmed by the server: the tab keeps both tokens to send them again.
    for (const key of [apiKey, other]) {
      const failed = await tab.libs[0].socialize.logout({ apiKey: key, apiDomain: info.origin });
      expect(failed.errorCode).to.equal(500001);
    }
    await setAnswer(apiKey, 'ok');
    await setAnswer(other, 'ok');

    // Logged out of `apiKey` here (its cookie is gone already: no request), so the other tab drops that token.
    await socialize.logout({ apiKey, apiDomain: info.origin });
    await there.until((items) => count(items, `other-tab ${apiKey}`) == 1);
    await tab.libs[0].socialize.logout({ apiKey, apiDomain: info.origin });
    await tab.libs[0].socialize.logout({ apiKey: other, apiDomain: info.origin });

    expect((await logoutRequests(apiKey)).length, 'the dropped token is not sent again').to.equal(1);
    expect((await logoutRequests(other)).length, 'the kept one is').to.equal(2);
  });
});

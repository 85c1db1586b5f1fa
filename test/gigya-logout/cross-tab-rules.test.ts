// docs/contract.md §5 across two real tabs: who announces another tab's logout (each element its own site,
// handlers and document the Global Conf's), Global Conf `crossTabLogout: false` (sending and hearing),
// the channel opened on first use only (never at import, not by the document relay), and malformed
// messages posted on the channel, ignored without an error.

import { expect } from '@open-wc/testing';
import { CHANNEL } from '../../src/core/cross-tab.js';
import { socialize } from '../../src/index.js';
import { collector, offConfRead, tabElement, type SecondTab } from '../helpers/second-tab.js';
import { cleanup, onCleanup } from '../helpers/cleanup.js';
import { secondTab, watch } from '../helpers/element.js';
import { newKey } from '../helpers/session.js';
import { setGlobalConf } from '../helpers/stubs.js';

const sorted = (items: string[]) => [...items].sort();

/** A channel of the test page on the library's channel, closed at cleanup. */
function channel(): BroadcastChannel {
  const opened = new BroadcastChannel(CHANNEL);
  onCleanup(() => opened.close());
  return opened;
}

/** Resolves when a probe channel opened now in `tab` has heard `count` messages. */
function probe(tab: SecondTab, count = 1): Promise<unknown[]> {
  const heard = collector<unknown>();
  const opened = new tab.window.BroadcastChannel(CHANNEL);
  opened.onmessage = (event) => heard.push(event.data);
  onCleanup(() => opened.close());
  return heard.until((items) => items.length == count);
}

describe('cross-tab logout: which site', () => {
  afterEach(cleanup);

  it('each element compares its own key (attribute, else Global Conf); handlers and document the Global Conf key', async () => {
    const { apiKey: siteA, info } = await newKey();
    const { apiKey: siteB } = await newKey();
    const tab = await secondTab({ conf: { apiKey: siteB } });
    const forA = tabElement(tab, { id: 'forA', 'api-key': siteA });
    const forB = tabElement(tab, { id: 'forB', 'api-key': siteB });
    const byConf = tabElement(tab, { id: 'byConf' });
    const there = watch(tab.window, { socialize: tab.libs[0].socialize, elements: [forA, forB, byConf] });

    await socialize.logout({ apiKey: siteA, apiDomain: info.origin });
    await socialize.logout({ apiKey: siteB, apiDomain: info.origin });

    // Messages of one sender arrive in order: once site B's is announced, site A's was handled.
    await there.until((items) => items.includes(`handler other-tab ${siteB}`));
    expect(sorted(there.items)).to.deep.equal(
      sorted([
        `forA other-tab ${siteA}`,
        `forB other-tab ${siteB}`,
        `byConf other-tab ${siteB}`,
        `document other-tab ${siteB}`,
        `handler other-tab ${siteB}`,
      ]),
    );
  });

  it('no Global Conf key there: handlers, document and elements without a key announce every site', async () => {
    const { apiKey: siteA, info } = await newKey();
    const { apiKey: siteB } = await newKey();
    const tab = await secondTab();
    const forB = tabElement(tab, { id: 'forB', 'api-key': siteB });
    const keyless = tabElement(tab, { id: 'keyless' });
    const there = watch(tab.window, { socialize: tab.libs[0].socialize, elements: [forB, keyless] });

    await socialize.logout({ apiKey: siteA, apiDomain: info.origin });

    await there.until((items) => items.length >= 3);
    expect(sorted(there.items)).to.deep.equal(
      sorted([`keyless other-tab ${siteA}`, `document other-tab ${siteA}`, `handler other-tab ${siteA}`]),
    );
  });

  it('a message with no key (gigya.js did not say which site) is announced by every site', async () => {
    const { apiKey: siteA } = await newKey();
    const tab = await secondTab({ conf: { apiKey: siteA } });
    const forA = tabElement(tab, { id: 'forA', 'api-key': siteA });
    const there = watch(tab.window, { socialize: tab.libs[0].socialize, elements: [forA] });

    channel().postMessage('logout:');

    await there.until((items) => items.length >= 3);
    expect(sorted(there.items)).to.deep.equal(['document other-tab -', 'forA other-tab -', 'handler other-tab -']);
  });
});

describe('cross-tab logout: Global Conf crossTabLogout: false', () => {
  afterEach(cleanup);

  it('there: no channel, so it neither hears this tab nor tells it', async () => {
    const { apiKey, info } = await newKey();
    const tab = await secondTab({ conf: { crossTabLogout: false } });
    const b = tabElement(tab, { id: 'b' });
    const there = watch(tab.window, { socialize: tab.libs[0].socialize, elements: [b] });
    const here = watch(window, { socialize });
    await tab.libs[0].socialize.logout({ apiKey, apiDomain: info.origin });
    expect(tab.window.__channelsOpened, 'after an element, a handler and a logout').to.deep.equal([]);

    const arrived = probe(tab);
    await socialize.logout({ apiKey, apiDomain: info.origin });
    await arrived;

    expect(sorted(there.items), 'its own logout only').to.deep.equal([
      `b here ${apiKey}`,
      `document here ${apiKey}`,
      `handler here ${apiKey}`,
    ]);
    expect(here.items, 'ours, not its').to.deep.equal([`document here ${apiKey}`, `handler here ${apiKey}`]);
  });

  it('here: a logout is not sent while it is off, and is once it is on again', async () => {
    const { apiKey: whileOff, info } = await newKey();
    const { apiKey: whileOn } = await newKey();
    const tab = await secondTab();
    const there = watch(tab.window, { socialize: tab.libs[0].socialize });

    setGlobalConf({ crossTabLogout: false });
    await socialize.logout({ apiKey: whileOff, apiDomain: info.origin });
    setGlobalConf({});
    await socialize.logout({ apiKey: whileOn, apiDomain: info.origin });

    await there.until((items) => items.length >= 2);
    expect(sorted(there.items)).to.deep.equal([`document other-tab ${whileOn}`, `handler other-tab ${whileOn}`]);
  });

  it('here: a message that arrives while it is off is not announced', async () => {
    const { apiKey, info } = await newKey();
    const tab = await secondTab();
    const here = watch(window, { socialize });
    const off = offConfRead();
    setGlobalConf(off.conf);

    await tab.libs[0].socialize.logout({ apiKey, apiDomain: info.origin });
    await off.read;

    expect(here.items).to.deep.equal([]);
  });
});

describe('cross-tab logout: the channel opens on first use', () => {
  afterEach(cleanup);

  it('not at import, nor for the document relay or a document listener: such a tab hears nothing', async () => {
    const { apiKey, info } = await newKey();
    const tab = await secondTab();
    const there = watch(tab.window);
    const arrived = probe(tab);

    await socialize.logout({ apiKey, apiDomain: info.origin });
    await arrived;

    expect(tab.window.__channelsOpened).to.deep.equal([CHANNEL]);
    expect(there.items).to.deep.equal([]);
  });

  for (const [use, first] of [
    ['an element connecting', (tab: SecondTab) => tabElement(tab, {})],
    ['a handler added by the page', (tab: SecondTab) => tab.libs[0].socialize.addEventHandlers({ onLogout: () => undefined })],
    ['a call', (tab: SecondTab) => tab.libs[0].socialize.logout({ apiKey: 'not-logged-in', apiDomain: location.origin })],
  ] as const) {
    it(`opened by ${use}, once`, async () => {
      const tab = await secondTab();
      expect(tab.window.__channelsOpened).to.deep.equal([]);
      await first(tab);
      await first(tab);
      expect(tab.window.__channelsOpened).to.deep.equal([CHANNEL]);
    });
  }
});

describe('cross-tab logout: messages that are not ours', () => {
  afterEach(cleanup);

  it('are ignored without an error; the next good one is announced', async () => {
    const { apiKey } = await newKey();
    const tab = await secondTab();
    const errors: unknown[] = [];
    tab.window.addEventListener('error', (event) => errors.push(event.message));
    tab.window.addEventListener('unhandledrejection', (event) => errors.push(event.reason));
    const b = tabElement(tab, { id: 'b' });
    const there = watch(tab.window, { socialize: tab.libs[0].socialize, elements: [b] });
    const posted = channel();

    for (const message of [
      null,
      42,
      'logout',
      `logout:${apiKey};`,
      'logout:<img src=x onerror=alert(1)>',
      [`logout:${apiKey}`],
      {},
      { type: 'logout', apiKey },
      new String(`logout:${apiKey}`),
      new Blob([`logout:${apiKey}`]),
    ])
      posted.postMessage(message);
    posted.postMessage(`logout:${apiKey}`);

    await there.until((items) => items.length >= 3);
    expect(sorted(there.items)).to.deep.equal(
      sorted([`b other-tab ${apiKey}`, `document other-tab ${apiKey}`, `handler other-tab ${apiKey}`]),
    );
    expect(errors).to.deep.equal([]);
  });
});

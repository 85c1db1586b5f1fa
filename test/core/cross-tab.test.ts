// docs/contract.md §5, the cross-tab link on its own (src/core/cross-tab.ts): the channel opens on first use only,
// the message carries nothing but the fact and the API key, malformed or foreign messages are ignored
// without throwing, and Global Conf `crossTabLogout: false` turns sending and hearing off.
// Wired into the core and the element, across two real tabs: test/gigya-logout/cross-tab*.test.ts.

import { expect } from '@open-wc/testing';
import { CHANNEL, createCrossTab, readMessage, type CrossTab } from '../../src/core/cross-tab.js';
import { collector, offConfRead } from '../helpers/second-tab.js';
import { cleanup, onCleanup } from '../helpers/cleanup.js';
import { setGlobalConf } from '../helpers/stubs.js';

type Heard = string | undefined;

/** A link whose hearing is recorded; closed with the test. */
function link(): { crossTab: CrossTab; heard: ReturnType<typeof collector<Heard>> } {
  const heard = collector<Heard>();
  const crossTab = createCrossTab(heard.push);
  return { crossTab, heard };
}

/** A raw channel of the test, like another tab's, closed at cleanup. */
function otherTab(): BroadcastChannel {
  const channel = new BroadcastChannel(CHANNEL);
  onCleanup(() => channel.close());
  return channel;
}

/**
 * Records `new BroadcastChannel(name)` and `close()` on this page during the test, and closes every
 * channel still open at cleanup, so no link of one test hears the next test's messages.
 */
function countChannels(): { opened: string[]; closed: number } {
  const counts = { opened: [] as string[], closed: 0 };
  const open = new Set<BroadcastChannel>();
  const Original = window.BroadcastChannel;
  window.BroadcastChannel = class extends Original {
    constructor(name: string) {
      super(name);
      counts.opened.push(name);
      open.add(this);
    }
    override close() {
      counts.closed++;
      open.delete(this);
      super.close();
    }
  };
  onCleanup(() => {
    window.BroadcastChannel = Original;
    for (const channel of open) channel.close();
  });
  return counts;
}

/** Records what arrives on the channel, as another tab would see it. */
function listenAsOtherTab(): ReturnType<typeof collector<unknown>> {
  const seen = collector<unknown>();
  otherTab().onmessage = (event) => seen.push(event.data);
  return seen;
}

const MARKER = 'logout:marker';

describe('core: cross-tab link', () => {
  let counts: ReturnType<typeof countChannels>;
  beforeEach(() => (counts = countChannels()));
  afterEach(cleanup);

  it('opens no channel until listen() or send()', async () => {
    const { crossTab } = link();
    expect(counts.opened).to.deep.equal([]);
    crossTab._listen();
    crossTab._listen();
    expect(counts).to.deep.equal({ opened: [CHANNEL], closed: 0 });
  });

  it("hears another tab's logout with its API key, or without one", async () => {
    const { crossTab, heard } = link();
    crossTab._listen();
    const tab = otherTab();
    tab.postMessage('logout:3_site-A.b');
    tab.postMessage('logout:');
    expect(await heard.until((items) => items.length == 2)).to.deep.equal(['3_site-A.b', undefined]);
  });

  it("sends only the fact and the API key: 'logout:<apiKey>'", async () => {
    const seen = listenAsOtherTab();
    const { crossTab } = link();
    crossTab._send('3_key');
    crossTab._send();
    expect(await seen.until((items) => items.length == 2)).to.deep.equal(['logout:3_key', 'logout:']);
  });

  it('a tab that does not listen yet still sends, on a channel it closes at once', async () => {
    const seen = listenAsOtherTab();
    const { crossTab } = link();
    crossTab._send('3_key');
    expect(counts).to.deep.equal({ opened: [CHANNEL, CHANNEL], closed: 1 });
    expect(await seen.until((items) => items.length == 1)).to.deep.equal(['logout:3_key']);
  });

  it('two links (two cores, say) hear each other, never themselves', async () => {
    const a = link();
    const b = link();
    a.crossTab._listen();
    b.crossTab._listen();
    a.crossTab._send('3_a');
    expect(await b.heard.until((items) => items.length == 1)).to.deep.equal(['3_a']);
    b.crossTab._send('3_b');
    // a hears b's logout after its own would have come on the same channel, had it come.
    expect(await a.heard.until((items) => items.length == 1)).to.deep.equal(['3_b']);
  });

  it('ignores malformed and foreign messages without throwing', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
    window.addEventListener('error', onError);
    onCleanup(() => window.removeEventListener('error', onError));
    const { crossTab, heard } = link();
    crossTab._listen();
    const tab = otherTab();
    const bad: unknown[] = [
      null,
      undefined,
      0,
      42,
      true,
      'logout',
      'LOGOUT:3_key',
      ' logout:3_key',
      'logout:3_key ',
      'logout:3_key\n',
      'logout:bad key;',
      'logout:3_key:more',
      'logout:<img src=x>',
      [],
      ['logout:3_key'],
      {},
      { type: 'logout', apiKey: '3_key' },
      { toString: 'logout:3_key' },
      new String('logout:3_key'),
      new Date(),
      new Map([['logout', '3_key']]),
      new Uint8Array(4),
      new Blob(['logout:3_key']),
    ];
    for (const message of bad) tab.postMessage(message);
    tab.postMessage(MARKER);
    expect(await heard.until((items) => items.length == 1)).to.deep.equal(['marker']);
    expect(errors).to.deep.equal([]);
  });

  it("readMessage: the API key of 'logout:<apiKey>' ('' for none), else undefined", () => {
    expect(readMessage('logout:3_a-b.c')).to.equal('3_a-b.c');
    expect(readMessage('logout:')).to.equal('');
    expect(readMessage('logout')).to.equal(undefined);
    expect(readMessage({ type: 'logout' })).to.equal(undefined);
  });

  describe('Global Conf crossTabLogout: false', () => {
    for (const off of [false, 0, 'false', '0']) {
      it(`${JSON.stringify(off)}: opens no channel, neither to listen nor to send`, () => {
        setGlobalConf({ crossTabLogout: off });
        const { crossTab } = link();
        crossTab._listen();
        crossTab._send('3_key');
        expect(counts.opened).to.deep.equal([]);
      });
    }

    it('true, absent or unreadable: on', () => {
      for (const conf of [
        { crossTabLogout: true },
        {},
        {
          get crossTabLogout(): boolean {
            throw new Error('getter');
          },
        },
      ]) {
        setGlobalConf(conf);
        link().crossTab._listen();
      }
      expect(counts.opened).to.have.length(3);
    });

    it('turned off after the channel opened: messages are ignored then, heard again when back on', async () => {
      const { crossTab, heard } = link();
      crossTab._listen();
      const off = offConfRead();
      setGlobalConf(off.conf);
      otherTab().postMessage('logout:while-off');
      await off.read;
      setGlobalConf({});
      otherTab().postMessage(MARKER);
      expect(await heard.until((items) => items.length == 1)).to.deep.equal(['marker']);
    });
  });
});

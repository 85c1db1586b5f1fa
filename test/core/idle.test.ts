// docs/contract.md §8, the idle clock alone (src/core/idle.ts): the limits an element's attributes
// mean, the warning window, activity, the wall clock (a jump past the deadline ends without a
// warning), other tabs' messages (hostile ones ignored) and one sign-out per end (a Web Lock).

import { expect } from '@open-wc/testing';
import { ACTIVITY, clock, idleLimits, LOCK, siteOf, startIdle, WAKE, type IdleClock, type IdleHooks } from '../../src/core/idle.js';
import { CHANNEL } from '../../src/core/cross-tab.js';
import { cleanup, onCleanup } from '../helpers/cleanup.js';
import { collector } from '../helpers/second-tab.js';
import { countWindowListeners, setGlobalConf } from '../helpers/stubs.js';

/**
 * A clock whose hooks write one line each: `warn 2`, `tick 1`, `active`, `expire`, `end`; `at`
 * holds the clock's time of the first warning and of the end.
 */
function started(
  timeout: number,
  warning: number,
  { ignore = () => false, onWarn = () => {} }: { ignore?: (event: Event) => boolean; onWarn?: () => void } = {},
) {
  const log = collector<string>();
  const at = { warn: NaN, expire: NaN };
  const hooks: IdleHooks = {
    warn: (s) => (log.push(`warn ${s}`), (at.warn = clock.now()), onWarn()),
    tick: (s) => log.push(`tick ${s}`),
    active: () => log.push('active'),
    expire: () => (log.push('expire'), (at.expire = clock.now())),
    end: async () => (log.push('end'), true),
    ignore,
    site: () => 'site',
  };
  const idle: IdleClock = startIdle({ timeout, warning }, hooks);
  onCleanup(() => (idle.stop(), localStorage.removeItem(LOCK))); // its end's record, for the next clock
  return { idle, log, at };
}

/** A warning's countdown: the warning, then ticks whose seconds only go down, none said twice. */
function expectCountdown(items: string[]) {
  const seconds = items.map((item) => +/^(?:warn|tick) (\d+)$/.exec(item)![1]);
  expect(items[0], items.join()).to.match(/^warn /);
  seconds.slice(1).forEach((s, i) => expect(s, items.join()).to.be.below(seconds[i]));
}

/** A channel of this origin's tabs, as another tab's idle clock would use it. */
function otherTab(): BroadcastChannel {
  const channel = new BroadcastChannel(CHANNEL);
  onCleanup(() => channel.close());
  return channel;
}

/** Makes the wall clock jump `ms` ahead (a laptop that slept) until cleanup. */
function jump(ms: number) {
  const real = clock.now;
  clock.now = () => real() + ms;
  onCleanup(() => (clock.now = real));
}

const press = () => window.dispatchEvent(new PointerEvent('pointerdown'));

describe('idle clock (core)', () => {
  afterEach(cleanup);

  it('limits: seconds as numbers or numeric strings; the warning defaults to 60, or half a shorter timeout', () => {
    expect(idleLimits('900', undefined)).to.deep.equal({ timeout: 900, warning: 60 });
    expect(idleLimits(30, null)).to.deep.equal({ timeout: 30, warning: 15 });
    expect(idleLimits(' 4 ', '1.5')).to.deep.equal({ timeout: 4, warning: 1.5 });
    expect(idleLimits(10, 0)).to.deep.equal({ timeout: 10, warning: 0 });
  });

  it('limits: nonsense says why (negative, zero, not a number, too long, a warning not shorter than the timeout)', () => {
    for (const [timeout, warning] of [[-5], [0], ['abc'], [NaN], [''], [86401], [{}], [10, 10], [10, 11], [10, -1], [10, 'x'], [10, '']])
      expect(idleLimits(timeout, warning), `${timeout} / ${warning}`)
        .to.be.a('string')
        .and.match(/^idle-(timeout|warning)="/);
  });

  it('opens the warning at timeout − warning, counts down, ends, and signs out once', async () => {
    const t0 = clock.now();
    const { log, at } = started(2, 1.2);
    await log.until((items) => items.includes('end'));
    // The clock is never early; how late a busy machine runs timers is not this test's business.
    expect(at.warn - t0).to.be.at.least(800);
    expect(at.expire - t0).to.be.at.least(2000);
    const [first, ...rest] = log.items;
    expect(first).to.match(/^warn [12]$/);
    expect(rest.slice(-2)).to.deep.equal(['expire', 'end']);
    expectCountdown(log.items.slice(0, -2));
  });

  it('a timer that fires before its second (a coarse clock) says no number twice', async () => {
    // From the warning on, the clock runs 150 ms behind the timers (still within the warning's 1.2 s).
    const { log } = started(2, 1.2, { onWarn: () => log.items.length == 1 && jump(-150) });
    await log.until((items) => items.includes('end'));
    expect(log.items.slice(-2)).to.deep.equal(['expire', 'end']);
    expectCountdown(log.items.slice(0, -2));
  });

  it('activity pushes the deadline back and ends a warning (active, once)', async () => {
    const { log } = started(1.6, 1);
    await log.until((items) => items.includes('warn 1'));
    press();
    await log.until((items) => items.includes('active'));
    expect(log.items).to.deep.equal(['warn 1', 'active']);
    await log.until((items) => items.filter((item) => item.startsWith('warn')).length == 2);
  });

  it('activity the hooks ignore (a press in the warning itself) does not count', async () => {
    const { log } = started(1.6, 1, { ignore: () => true });
    await log.until((items) => items.includes('warn 1'));
    press();
    await log.until((items) => items.includes('end'));
    expect(log.items).not.to.include('active');
  });

  it('stay() is activity; after the end it is too late', async () => {
    const { idle, log } = started(1.6, 1);
    await log.until((items) => items.includes('warn 1'));
    idle.stay();
    expect(log.items).to.deep.equal(['warn 1', 'active']);
  });

  it('wall clock: a deadline passed during "sleep" ends at the wake-up event, without a warning', async () => {
    for (const type of WAKE) {
      const { idle, log } = started(600, 60);
      jump(700_000);
      window.dispatchEvent(new Event(type));
      await log.until((items) => items.includes('end'));
      expect(log.items, type).to.deep.equal(['expire', 'end']);
      idle.stop();
      await cleanup();
    }
  });

  it('wall clock: a press after the deadline (the key that wakes the laptop) ends it instead of resetting', async () => {
    const { log } = started(600, 60);
    jump(700_000);
    press();
    await log.until((items) => items.includes('end'));
    expect(log.items).to.deep.equal(['expire', 'end']);
  });

  it("another tab's activity pushes the deadline back; its warning opens the warning here", async () => {
    const { log } = started(1.6, 1);
    const other = otherTab();
    await log.until((items) => items.includes('warn 1'));
    other.postMessage(`idle:active:${Date.now()}`);
    await log.until((items) => items.includes('active'));
    other.postMessage(`idle:warn:${Date.now() + 1000}`);
    await log.until((items) => items.filter((item) => item.startsWith('warn')).length == 2);
  });

  it('tells other tabs: activity (throttled) and the warning, on the cross-tab channel', async () => {
    const other = otherTab();
    const heard = collector<string>();
    other.onmessage = ({ data }) => heard.push(String(data).replace(/\d+$/, 'T'));
    const { log } = started(1.6, 1);
    press();
    press(); // within the throttle: not a second message
    await log.until((items) => items.includes('warn 1'));
    await heard.until((items) => items.includes('idle:warn:T'));
    expect(heard.items).to.deep.equal(['idle:active:T', 'idle:warn:T']);
  });

  it('hostile messages (wrong types, shapes, a time to come) change nothing or count as now', async () => {
    const t0 = Date.now();
    const { log } = started(1.6, 1);
    const other = otherTab();
    for (const data of [
      { idle: 'active' },
      42,
      null,
      'idle:active:abc',
      'idle:active:-5',
      'idle:warn:1e9',
      `idle:active:${'9'.repeat(16)}`,
      'idle:end:0',
    ])
      other.postMessage(data);
    other.postMessage(`idle:active:${'9'.repeat(15)}`); // clamped to now: activity, never a deadline in years
    await log.until((items) => items.includes('end'));
    // On time: not before the deadline; a message that had pushed it back years would leave the test's budget to fail it.
    expect(Date.now() - t0, 'not before the deadline').to.be.at.least(1500);
    expect(log.items.filter((item) => !item.startsWith('tick'))).to.deep.equal(['warn 1', 'expire', 'end']);
  });

  it('Global Conf crossTabLogout: false: no channel, no messages either way', async () => {
    setGlobalConf({ crossTabLogout: false });
    const other = otherTab();
    const heard: unknown[] = [];
    other.onmessage = ({ data }) => heard.push(data);
    const { log } = started(1.6, 1);
    other.postMessage(`idle:warn:${Date.now()}`);
    await log.until((items) => items.includes('warn 1'));
    expect(heard).to.deep.equal([]);
  });

  it('at the end the lock decides: while another holder has it, no sign-out; stopped meanwhile, none at all', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) =>
      navigator.locks.request(LOCK, () => new Promise<void>((done) => (release = () => (done(), resolve())))),
    );
    await new Promise((resolve) => setTimeout(resolve)); // the lock is ours
    const { idle, log } = started(0.3, 0);
    await log.until((items) => items.includes('expire'));
    idle.stop(); // the other tab's logout was heard
    release();
    await held;
    await navigator.locks.request(LOCK, () => undefined); // after the clock's turn
    expect(log.items).to.deep.equal(['expire']);
  });

  it('several tabs end at once: the lock holders after the first find its logout recorded and skip theirs, also before its announcement', async () => {
    localStorage.removeItem(LOCK);
    onCleanup(() => localStorage.removeItem(LOCK));
    // Three clocks on one page stand for three tabs: none of them hears a logout announcement (the
    // race of a slow one), so only the record can keep the second and third from signing out too.
    const ends = collector<string>();
    const tab = (name: string, site: string) => {
      const idle = startIdle(
        { timeout: 0.4, warning: 0 },
        {
          warn: () => {},
          tick: () => {},
          active: () => {},
          expire: () => {},
          end: async () => (ends.push(`${name} ${site}`), await new Promise((resolve) => setTimeout(resolve, 50)), true),
          ignore: () => false,
          site: () => site,
        },
      );
      onCleanup(() => idle.stop());
    };
    tab('a', 'site1');
    tab('b', 'site1');
    tab('c', 'site1');
    tab('d', 'site2'); // another site of the origin: its session is not covered by site1's logout
    await ends.until((items) => items.length >= 2);
    await navigator.locks.request(LOCK, () => undefined); // after every clock's turn
    expect(ends.items.filter((item) => item.endsWith('site1'))).to.have.length(1);
    expect(ends.items.filter((item) => item.endsWith('site2'))).to.have.length(1);
    // Each site's end is kept: a site2 end between two site1 lock holders must not hide site1's.
    const lines = localStorage.getItem(LOCK)!.split('\n');
    expect(lines.map((line) => line.replace(/^\d+ /, '')).sort()).to.deep.equal(['site1', 'site2']);
  });

  it('the record of another logout counts only when it is for this site, after the last activity and not to come; a failed logout leaves none', async () => {
    onCleanup(() => localStorage.removeItem(LOCK));
    for (const record of [`${Date.now() - 60_000} s`, `${Date.now() + 60_000} s`, `${Date.now()} other`, 'junk', `${'9'.repeat(16)} s`]) {
      localStorage.setItem(LOCK, record);
      const ended = collector<boolean>();
      const idle = startIdle(
        { timeout: 0.3, warning: 0 },
        {
          warn() {},
          tick() {},
          active() {},
          expire() {},
          end: async () => (ended.push(false), false),
          ignore: () => false,
          site: () => 's',
        },
      );
      onCleanup(() => idle.stop());
      await ended.until((items) => items.length == 1);
      await navigator.locks.request(LOCK, () => undefined);
      expect(localStorage.getItem(LOCK), record).to.equal(record);
    }
  });

  it("siteOf: the element's API key, else Global Conf's (apiKey or APIKey), else ''", () => {
    expect(siteOf('3_own')).to.equal('3_own');
    expect(siteOf(undefined)).to.equal('');
    setGlobalConf({ APIKey: '3_conf' });
    expect(siteOf('')).to.equal('3_conf');
    expect(siteOf('3_own')).to.equal('3_own');
  });

  it('stop() leaves no listener: activity and wake-up events do nothing after it', async () => {
    const counts = countWindowListeners([...ACTIVITY, ...WAKE]);
    const { idle } = started(60, 10);
    expect([...counts.keys()].sort()).to.deep.equal([...ACTIVITY, ...WAKE].sort());
    expect([...counts.values()]).to.deep.equal([...ACTIVITY, ...WAKE].map(() => 1));
    idle.stop();
    expect([...counts.values()]).to.deep.equal([...ACTIVITY, ...WAKE].map(() => 0));
  });
});

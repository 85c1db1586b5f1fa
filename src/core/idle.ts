// The idle clock (docs/contract.md §8): a wall-clock deadline that activity in any tab of the origin
// pushes back, a warning window before it, and at the end one tab (a Web Lock) that signs out. No DOM
// of its own: the element layer (src/element/idle.ts) shows the warning and runs the logout.

import { isOff } from './coercion.js';
import { globalConf } from './conf.js';
import { CHANNEL } from './cross-tab.js';
import { sessionKeys } from './restore.js';

/** The wall clock the idle timer reads; tests replace `now` to make time jump (a laptop waking up). */
export const clock = { now: (): number => Date.now() };

/** An idle timeout and the warning before its end, in seconds. */
export interface IdleLimits {
  timeout: number;
  warning: number;
}

/** The longest idle timeout, in seconds (24 h). */
export const MAX_IDLE = 86400;

const seconds = (value: unknown) => (typeof value == 'number' ? value : typeof value == 'string' && value.trim() ? +value : NaN);

/**
 * What `idle-timeout` and `idle-warning` mean, or why they mean nothing. Timeout: more than 0, at
 * most {@link MAX_IDLE}. Warning: from 0 to less than the timeout; absent: 60, or half a shorter timeout.
 */
export function idleLimits(timeout: unknown, warning: unknown): IdleLimits | string {
  const t = seconds(timeout);
  if (!(t > 0 && t <= MAX_IDLE)) return `idle-timeout="${timeout}" is not a number of seconds above 0 and up to ${MAX_IDLE}`;
  const w = warning == null ? Math.min(60, t / 2) : seconds(warning);
  if (!(w >= 0 && w < t)) return `idle-warning="${warning}" is not a number of seconds from 0 to less than idle-timeout (${t})`;
  return { timeout: t, warning: w };
}

/** What the clock tells the element layer. */
export interface IdleHooks {
  /** The warning opens here (also when another tab opened it): `secondsLeft` until the end. */
  warn(secondsLeft: number): void;
  /** Each second of the warning. */
  tick(secondsLeft: number): void;
  /** The warning ended by activity (here, another tab, `stay()`). */
  active(): void;
  /** The deadline passed: any warning closes, without ending by activity. */
  expire(): void;
  /**
   * This tab was chosen to sign out (at most one tab at a time holds the lock); resolves `true` when the
   * user was signed out (recorded for the tabs whose turn comes after).
   */
  end(): Promise<boolean>;
  /** What an idle logout here signs out of (the site's API key): one another tab did for it is not done again. */
  site(): string;
  /** Activity that does not count (a press inside the warning itself). */
  ignore(event: Event): boolean;
}

export interface IdleClock {
  /** New limits; the deadline counts from the last activity. */
  configure(limits: IdleLimits): void;
  /** Activity by an explicit choice ("Stay signed in", `stayActive()`); too late after the end. */
  stay(): void;
  /** No more timer, listener or channel (a logout, no element left). */
  stop(): void;
}

/** Activity, as the issue defines it: presses, wheel, touch. Listened to passively, in the capture phase. */
export const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart'];
/** A page waking up (a laptop's lid, a background tab shown, a bfcache restore): check the wall clock at once. */
export const WAKE = ['visibilitychange', 'focus', 'pageshow'];
/**
 * The Web Lock the tabs take at the end: the first one signs out, the others find the logout done. Also
 * the localStorage key where its holder records that logout (`<ms> <site>`) before letting go: a tab
 * whose turn comes before the cross-tab announcement does not sign out (nor send) a second time.
 */
export const LOCK = 'gigya-logout-idle';
/** The site an element's idle logout is for: its API key, else Global Conf's (`''`: none). */
export const siteOf = (apiKey: unknown): string => String(apiKey || globalConf().apiKey || globalConf().APIKey || '');
/**
 * Whether the page is still signed in to a site after a failed logout: its session cookie is there, or
 * with `alwaysSend` (a session the page cannot see) it is taken to be.
 */
export const stillSignedIn = ({ apiKey, alwaysSend }: { apiKey?: string; alwaysSend?: unknown }): boolean =>
  !!alwaysSend || sessionKeys().includes(apiKey!);
/** A line of the record: the wall-clock time of a successful idle logout and its site. */
const RECORD = /^(\d{1,15}) (.*)$/;
/** Activity in this tab is handled at most once per this many ms. */
const THROTTLE = 1000;

/**
 * What crosses to the other tabs, on the cross-tab channel (cross-tab.ts ignores these): `idle:active:<ms>`
 * (activity at that wall-clock time) and `idle:warn:<ms>` (a warning opened, ending at that time).
 */
const MESSAGE = /^idle:(active|warn):(\d{1,15})$/;

const RUNNING = 0;
const ENDING = 1;
const STOPPED = 2;

/** Starts the idle clock of this tab. */
export function startIdle(limits: IdleLimits, hooks: IdleHooks): IdleClock {
  let timeout = 0;
  let warning = 0;
  let last = clock.now();
  let deadline = 0;
  let warned = false;
  let shown = 0; // the seconds the last warn or tick said
  let state = RUNNING;
  let handled = 0;
  let sent = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let trail: ReturnType<typeof setTimeout> | undefined;
  let channel: BroadcastChannel | undefined;
  try {
    if (!isOff(globalConf().crossTabLogout)) channel = new BroadcastChannel(CHANNEL);
  } catch {
    // no BroadcastChannel: this tab keeps its own time
  }
  /** Whether this tab shares its time with the others (and so the record of the end). */
  const shared = !!channel;
  const post = (kind: string, time: number) => channel?.postMessage(`idle:${kind}:${Math.round(time)}`);
  /** At most one activity message per this many ms: a few seconds, and less than the time before the warning. */
  const gap = () => Math.min(5000, (timeout - warning) / 2);
  const left = () => deadline - clock.now();

  function schedule() {
    clearTimeout(timer);
    if (state != RUNNING) return;
    const ms = left();
    if (ms <= 0) return expire();
    const secondsLeft = Math.ceil(ms / 1000);
    if (ms <= warning) {
      if (!warned) {
        warned = true;
        flush();
        post('warn', deadline);
        hooks.warn(secondsLeft);
      } else if (secondsLeft != shown) hooks.tick(secondsLeft); // a timer may fire just before its second: no repeat
      shown = secondsLeft;
      timer = setTimeout(schedule, ms % 1000 || 1000);
    } else {
      if (warned) {
        warned = false;
        hooks.active();
      }
      timer = setTimeout(schedule, ms - warning);
    }
  }

  /** Sends the activity the other tabs have not heard yet, now. */
  function flush() {
    if (trail) {
      clearTimeout(trail);
      trail = undefined;
      sent = clock.now();
      post('active', last);
    }
  }

  /** Tells the other tabs about activity: at once during a warning, else at most once per gap (the rest trails). */
  function share(now: number) {
    if (warned || now - sent >= gap()) {
      clearTimeout(trail);
      trail = undefined;
      sent = now;
      post('active', now);
    } else trail ??= setTimeout(flush, sent + gap() - now);
  }

  function activity(now: number) {
    if (now >= deadline) return schedule(); // too late: the end, not a reset
    last = now;
    deadline = now + timeout;
    share(now);
    schedule();
  }

  const onActivity = (event: Event) => {
    const now = clock.now();
    if (state != RUNNING || hooks.ignore(event) || now - handled < THROTTLE) return;
    handled = now;
    activity(now);
  };
  const onWake = () => schedule();
  const onMessage = ({ data }: MessageEvent) => {
    const message = typeof data == 'string' ? MESSAGE.exec(data) : null;
    if (!message || state != RUNNING) return;
    const now = clock.now();
    const time = Math.min(+message[2], now); // never a time to come
    if (message[1] == 'active') {
      if (now < deadline && time + timeout > deadline) {
        last = time;
        deadline = time + timeout;
      }
    } else if (!warned) {
      if (trail) return flush(); // activity here that the other tab had not heard yet: no warning
      deadline = Math.min(deadline, Math.max(time, now + warning)); // every tab gets the whole warning
    }
    schedule();
  };
  if (channel) channel.onmessage = onMessage;

  const options = { capture: true, passive: true };
  for (const type of ACTIVITY) addEventListener(type, onActivity, options);
  for (const type of WAKE) addEventListener(type, onWake, options);

  function teardown() {
    warned = false;
    clearTimeout(timer);
    clearTimeout(trail);
    for (const type of ACTIVITY) removeEventListener(type, onActivity, options);
    for (const type of WAKE) removeEventListener(type, onWake, options);
    channel?.close();
  }

  /** Reads or writes the record of the last idle logout (none where storage is off or cross-tab is). */
  function record(value?: string): string | null | undefined {
    try {
      if (!shared) return;
      if (value == null) return localStorage.getItem(LOCK);
      localStorage.setItem(LOCK, value);
    } catch {
      // no storage here (sandboxed, disabled): the announcement alone tells the other tabs
    }
  }

  /** The record's lines: the last idle logout of each site, as `<ms> <site>`. */
  const lines = () => (record() ?? '').split('\n');
  /** Whether another tab signed out of this site after the last activity known here (never a time to come). */
  const done = () =>
    lines().some((line) => {
      const [, time, site] = RECORD.exec(line) ?? [];
      return site == hooks.site() && +time >= last && +time <= clock.now();
    });

  /**
   * The end: every tab asks for the lock; the first signs out and records it before letting go; the
   * next ones find the logout heard (stopped) or, if its announcement is still on the way, recorded.
   */
  function expire() {
    teardown();
    state = ENDING;
    hooks.expire();
    const run = async () => {
      if (state != ENDING || done()) return;
      // One line per site, the last of each: another site's end at the same moment must not hide this
      // one's from its next lock holder (lines that are not a record go).
      const site = hooks.site();
      const others = lines().filter((line) => (RECORD.exec(line)?.[2] ?? site) != site);
      if (await hooks.end()) record([`${Math.round(clock.now())} ${site}`, ...others].join('\n'));
    };
    const locks = (navigator as Navigator & { locks?: LockManager }).locks;
    Promise.resolve(locks ? locks.request(LOCK, run) : run())
      .catch(() => {})
      .finally(() => (state = STOPPED));
  }

  const configure = (limits: IdleLimits) => {
    timeout = limits.timeout * 1000;
    warning = limits.warning * 1000;
    deadline = last + timeout;
    schedule();
  };
  configure(limits);
  return {
    configure,
    stay: () => state == RUNNING && activity(clock.now()),
    stop() {
      if (state == RUNNING) teardown();
      state = STOPPED;
    },
  };
}

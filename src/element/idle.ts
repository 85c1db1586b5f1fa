// The idle sign-out of the elements on this page (docs/contract.md §8), loaded on demand by the first
// element with `idle-timeout` (a module of its own beside the bundle). Every such element joins one
// idle clock (src/core/idle.ts): the shortest timeout wins, one warning shows, in the first element
// that joined; the same element signs out, with `source: 'idle'`. A logout of an element's site,
// however it came, stops the clock until an element joins again.

import type { GigyaLogout } from '../gigya-logout.js';
import { idleLimits, siteOf, startIdle, stillSignedIn, type IdleClock, type IdleLimits } from '../core/idle.js';
import { emit } from './events.js';
import { openDialog, type IdleDialog } from './idle-dialog.js';
import type { ElementLanguage } from './language.js';

/** What the element layer lends the idle module (so that it carries no copy of the core or Lit). */
export interface IdleHost {
  language(el: Element): ElementLanguage;
  /** The element's logout, with `source: 'idle'`. */
  logout(el: GigyaLogout): Promise<{ errorCode: number; requestParams: { apiKey?: string; alwaysSend?: unknown } }>;
}

const joined = new Map<GigyaLogout, IdleLimits>();
/** The error last reported for an element: one console error per bad value, not one per render. */
const reported = new WeakMap<GigyaLogout, string>();
let host: IdleHost;
let clock: IdleClock | undefined;
let dialog: IdleDialog | undefined;
/** The element that shows the warning (it got `gigya-logout-idle-warning`). */
let warned: GigyaLogout | undefined;
/** The whole seconds left that the open warning last said; 0 when none is open. */
let left = 0;

const first = () => joined.keys().next().value as GigyaLogout;

function closeWarning(active: boolean, handingOver = false) {
  if (!handingOver) left = 0;
  dialog?.close();
  dialog = undefined;
  if (active && warned) emit(warned, 'gigya-logout-active', null);
  warned = undefined;
}

const hooks = {
  warn(secondsLeft: number) {
    left = secondsLeft;
    const el = (warned = first());
    // A listener may take the element off the page (then the next one has the warning): a modal
    // dialog needs a connected node.
    if (!emit(el, 'gigya-logout-idle-warning', { secondsLeft }, { cancelable: true }) || !el.isConnected) return;
    const { code, dir } = host.language(el);
    dialog = openDialog(el, code, dir, secondsLeft, { stay: () => clock?.stay(), leave: () => el.logout() });
  },
  tick(secondsLeft: number) {
    left = secondsLeft;
    dialog?.update(secondsLeft);
  },
  active: () => closeWarning(true),
  expire: () => closeWarning(false),
  async end() {
    const { errorCode, requestParams } = await host.logout(first());
    if (!errorCode) return true;
    // Failed (network, server, its request event canceled): still signed in, a new round; else the end.
    if (stillSignedIn(requestParams)) restart();
    else loggedOut();
    return false;
  },
  site: () => siteOf(first().apiKey),
  ignore: (event: Event) => !!dialog && event.composedPath().includes(dialog.node),
};

/** A logout of a joined element's site (any source): the idle timer has nothing left to do. */
function loggedOut() {
  closeWarning(false);
  clock?.stop();
  clock = undefined;
}

/** A whole new round: the timeout counts from now. */
function restart() {
  clock?.stop();
  clock = undefined;
  apply();
}

function apply() {
  let limits: IdleLimits | undefined;
  for (const each of joined.values()) if (!limits || each.timeout < limits.timeout) limits = each;
  if (!limits) return loggedOut();
  if (clock) clock.configure(limits);
  else clock = startIdle(limits, hooks);
}

/** An element connected, disconnected or changed `idle-timeout`/`idle-warning`: it joins, updates or leaves. */
export function sync(el: GigyaLogout, withHost: IdleHost): void {
  host = withHost;
  const limits = el.isConnected && el.idleTimeout != null ? idleLimits(el.idleTimeout, el.idleWarning) : undefined;
  if (typeof limits == 'string' && reported.get(el) != limits) {
    reported.set(el, limits);
    console.error(`gigya-logout: ${limits}; no idle sign-out`);
  }
  const joins = typeof limits == 'object';
  if (joins && !joined.has(el)) el.addEventListener('gigya-logout', loggedOut);
  if (!joins) el.removeEventListener('gigya-logout', loggedOut);
  if (joins) joined.set(el, limits);
  else if (!joined.delete(el)) return;
  const handOver = !joins && warned == el;
  if (handOver) closeWarning(false, true);
  if (joins || clock) apply();
  // The warning still open (the same deadline, unless the limits changed): the next element shows it.
  if (handOver && left && clock) hooks.warn(left);
}

/** `stayActive()`: ends a warning as activity does. */
export const stay = (): void => clock?.stay();

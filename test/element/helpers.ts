// Local helpers for the <gigya-logout> browser tests: per-test API keys on the emulator, event
// recorders, console.warn stubs and Global Conf, each undone by `cleanup()` (call it in afterEach).

import { fixture, html, oneEvent } from '@open-wc/testing';
import { nothing } from 'lit';
import {
  clearSessionCookies,
  emulatorInfo,
  login,
  release,
  resetKey,
  setAnswer,
  uniqueApiKey,
  type EmulatorInfo,
} from '../helpers/emulator.js';
import { openSecondTab, watchLogouts, type SecondTab, type TabOptions } from '../helpers/second-tab.js';
import type { GigyaLogout, LogoutResponse } from '../../src/index.js';

type Task = () => unknown;
const tasks: Task[] = [];

/** Runs `task` at the next `cleanup()` (last registered, first run). */
export function onCleanup(task: Task): void {
  tasks.push(task);
}

/** Undoes everything registered since the last call; also restores anything a test left behind. */
export async function cleanup(): Promise<void> {
  for (const task of tasks.splice(0).reverse()) await task();
  delete (window as { __gigyaConf?: unknown }).__gigyaConf;
}

/** A fresh API key whose emulator state and cookies are forgotten at cleanup. */
export async function newKey(): Promise<{ apiKey: string; info: EmulatorInfo }> {
  const apiKey = uniqueApiKey();
  const info = await emulatorInfo();
  onCleanup(async () => {
    // Anything still held answers now, so no request stays in flight for the next test.
    await release(apiKey);
    clearSessionCookies(apiKey);
    await resetKey(apiKey);
  });
  return { apiKey, info };
}

/** Records every `type` event `target` hears (until cleanup). */
export function record<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  type: K,
  options?: AddEventListenerOptions,
): GlobalEventHandlersEventMap[K][] {
  const events: GlobalEventHandlersEventMap[K][] = [];
  const listener = (event: Event) => events.push(event as GlobalEventHandlersEventMap[K]);
  target.addEventListener(type, listener, options);
  onCleanup(() => target.removeEventListener(type, listener, options));
  return events;
}

/** Adds a listener that is removed at cleanup. */
export function listen<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  type: K,
  listener: (event: GlobalEventHandlersEventMap[K]) => void,
): void {
  const wrapped = (event: Event) => listener(event as GlobalEventHandlersEventMap[K]);
  target.addEventListener(type, wrapped);
  onCleanup(() => target.removeEventListener(type, wrapped));
}

/** Replaces `console.warn` of `win` (this window by default) until cleanup; returns its calls. */
export function stubWarn(win: Window & typeof globalThis = window): unknown[][] {
  const calls: unknown[][] = [];
  const original = win.console.warn;
  win.console.warn = (...args: unknown[]) => {
    calls.push(args);
  };
  onCleanup(() => {
    try {
      win.console.warn = original;
    } catch {
      // a frame that navigated to another origin: its window is not ours to restore any more
    }
  });
  return calls;
}

/** A second tab of this origin (test/helpers/second-tab.ts), closed at cleanup. */
export async function secondTab(options?: TabOptions): Promise<SecondTab> {
  const tab = await openSecondTab(options);
  onCleanup(() => tab.close());
  return tab;
}

/** {@link watchLogouts} until cleanup. */
export function watch(...args: Parameters<typeof watchLogouts>): ReturnType<typeof watchLogouts> {
  const log = watchLogouts(...args);
  onCleanup(log.stop);
  return log;
}

/** Sets `window.__gigyaConf` until cleanup. */
export function setConf(conf: Record<string, unknown>, win: Window = window): void {
  (win as { __gigyaConf?: unknown }).__gigyaConf = conf;
  onCleanup(() => {
    delete (win as { __gigyaConf?: unknown }).__gigyaConf;
  });
}

/** Resolves with the next `gigya-logout-response` of `el`. */
export async function nextResponse(el: EventTarget): Promise<LogoutResponse> {
  const event = await oneEvent(el, 'gigya-logout-response');
  return event.detail;
}

export interface ElementOptions {
  cid?: string;
  label?: string;
}

/** A connected `<gigya-logout>` pointed at the emulator with `apiKey`; removed after the test. */
export function logoutElement(apiKey: string, origin: string, { cid, label }: ElementOptions = {}): Promise<GigyaLogout> {
  return fixture<GigyaLogout>(
    html`<gigya-logout api-key=${apiKey} api-domain=${origin} cid=${cid ?? nothing}>${label ?? nothing}</gigya-logout>`,
  );
}

/** An element whose next logout is held by the emulator, with a session to end. */
export async function heldElement(): Promise<{ el: GigyaLogout; apiKey: string }> {
  const { apiKey, info } = await newKey();
  await login(apiKey);
  await setAnswer(apiKey, 'hold', 1);
  const el = await logoutElement(apiKey, info.origin);
  return { el, apiKey };
}

/** Sets (or, with null, removes) an attribute of <html> until cleanup. */
export function setRootAttribute(name: string, value: string | null): void {
  const root = document.documentElement;
  const before = root.getAttribute(name);
  if (value == null) root.removeAttribute(name);
  else root.setAttribute(name, value);
  onCleanup(() => (before == null ? root.removeAttribute(name) : root.setAttribute(name, before)));
}

/**
 * After an attribute change: lets the page's MutationObserver deliver its records (a microtask
 * queued at the change, so before this one), then waits for the renders they asked for.
 */
export async function afterMutations(...els: GigyaLogout[]): Promise<void> {
  await Promise.resolve();
  await Promise.all(els.map((el) => el.updateComplete));
}

export const shadow = (el: GigyaLogout): ShadowRoot => el.shadowRoot!;
export const button = (el: GigyaLogout): HTMLButtonElement => shadow(el).querySelector('button')!;
/** The default label (the slot's fallback text), whether or not content is slotted. */
export const labelOf = (el: GigyaLogout): string => shadow(el).querySelector('[part~="label"]')!.textContent!.trim();
export const statusRegion = (el: GigyaLogout): HTMLElement => shadow(el).querySelector('[part~="status"]')!;

/** `el.matches(':state(busy)')`, or undefined where the browser does not know `:state()`. */
export function inBusyState(el: Element): boolean | undefined {
  try {
    return el.matches(':state(busy)');
  } catch {
    return undefined;
  }
}

/** Whether the `glt_<apiKey>` cookie is visible to this page. */
export const hasSession = (apiKey: string, doc: Document = document): boolean =>
  doc.cookie.split('; ').some((pair) => pair.startsWith(`glt_${apiKey}=`));

/** The center of `el` in viewport coordinates, for sendMouse. */
export function centerOf(el: Element): [number, number] {
  const rect = el.getBoundingClientRect();
  return [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)];
}

/** Resolves after `ms` when `promise` is still pending then: 'pending'; else 'settled'. */
export function settledWithin(promise: Promise<unknown>, ms: number): Promise<'settled' | 'pending'> {
  return Promise.race([
    promise.then(
      () => 'settled' as const,
      () => 'settled' as const,
    ),
    new Promise<'pending'>((resolve) => setTimeout(() => resolve('pending'), ms)),
  ]);
}

// Note for assertions here: a failing chai assertion whose actual or expected value is a DOM node
// (to.equal(el), to.be.instanceOf on an element) stalls the test page until the runner's 120 s
// limit and reports nothing for the file; compare DOM nodes as booleans (`a === b`) instead.

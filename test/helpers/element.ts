// Driving <gigya-logout> in a test: elements pointed at the emulator, "click and await the
// response", event recorders, second tabs and shadow-DOM probes, each undone at cleanup.

import { fixture, html, oneEvent } from '@open-wc/testing';
import { nothing } from 'lit';
import type { GigyaLogout, GigyaLogoutRequestEvent, LogoutResponse } from '../../src/index.js';
import { onCleanup } from './cleanup.js';
import { openSecondTab, watchLogouts, type SecondTab, type TabOptions } from './second-tab.js';
import { signedIn } from './session.js';

/** Records every `type` event `target` hears (until cleanup). */
export function record<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  type: K,
  options?: AddEventListenerOptions,
): GlobalEventHandlersEventMap[K][] {
  const events: GlobalEventHandlersEventMap[K][] = [];
  listen(target, type, (event) => events.push(event), options);
  return events;
}

/** Adds a listener that is removed at cleanup. */
export function listen<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  type: K,
  listener: (event: GlobalEventHandlersEventMap[K]) => void,
  options?: AddEventListenerOptions,
): void {
  const wrapped = (event: Event) => listener(event as GlobalEventHandlersEventMap[K]);
  target.addEventListener(type, wrapped, options);
  onCleanup(() => target.removeEventListener(type, wrapped, options));
}

/** A second tab of this origin (second-tab.ts), closed at cleanup. */
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

/** Resolves with the next `gigya-logout-response` of `el`. */
export async function nextResponse(el: EventTarget): Promise<LogoutResponse> {
  const event = await oneEvent(el, 'gigya-logout-response');
  return event.detail;
}

/**
 * Clicks `target` (`el` itself, or what a person would click, like its inner button) and resolves
 * with `el`'s request event and response. Works for an element of another window too.
 */
export async function clickAndWait(
  el: EventTarget,
  target: HTMLElement = el as HTMLElement,
): Promise<{ request: GigyaLogoutRequestEvent; response: LogoutResponse }> {
  const requested = oneEvent(el, 'gigya-logout-request');
  const responded = nextResponse(el);
  target.click();
  return { request: await requested, response: await responded };
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

/** Two connected `<gigya-logout>`s for `apiKey` side by side in one `<div>`; removed after the test. */
export async function twoLogoutElements(apiKey: string, origin: string): Promise<GigyaLogout[]> {
  const wrap = await fixture<HTMLDivElement>(html`
    <div>
      <gigya-logout api-key=${apiKey} api-domain=${origin}></gigya-logout>
      <gigya-logout api-key=${apiKey} api-domain=${origin}></gigya-logout>
    </div>
  `);
  return [...wrap.querySelectorAll('gigya-logout')];
}

/** An element whose next logout is held by the emulator, with a session to end. */
export async function heldElement(): Promise<{ el: GigyaLogout; apiKey: string }> {
  const { apiKey, info } = await signedIn('hold', 1);
  const el = await logoutElement(apiKey, info.origin);
  return { el, apiKey };
}

/** Resolves once elements with `idle-timeout` have joined the idle timer (its module loads on demand). */
export async function idleJoined(): Promise<void> {
  await import('../../src/element/idle.js');
  await new Promise((resolve) => setTimeout(resolve));
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

/** Appends `node` to the body until cleanup. */
export function place<T extends Node>(node: T): T {
  document.body.append(node);
  onCleanup(() => (node as unknown as ChildNode).remove());
  return node;
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

/**
 * Resolves once layout can be measured: the document's fonts are loaded (`document.fonts.ready`) and
 * a frame has been rendered since the last change (two animation frames: the first runs before that
 * frame's style, layout and paint, the second after them). Every test that measures boxes awaits
 * this first; a measurement right after `updateComplete` can see text in a fallback font or styles
 * (a just-started animation) no frame has shown yet. `win`: the window of another document.
 */
export async function layoutSettled(win: Window = window): Promise<void> {
  await win.document.fonts.ready;
  await new Promise<void>((done) => win.requestAnimationFrame(() => win.requestAnimationFrame(() => done())));
}

/** The center of `el` in viewport coordinates, for sendMouse, once layout has settled ({@link layoutSettled}). */
export async function centerOf(el: Element): Promise<[number, number]> {
  await layoutSettled(el.ownerDocument.defaultView ?? window);
  const rect = el.getBoundingClientRect();
  return [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)];
}

// Note for assertions here: a failing chai assertion whose actual or expected value is a DOM node
// (to.equal(el), to.be.instanceOf on an element) stalls the test page until the runner's 120 s
// limit and reports nothing for the file; compare DOM nodes as booleans (`a === b`) instead.

// A second tab for the cross-tab tests (docs/contract.md §5): a same-origin popup window of the test page
// (test/fixtures/second-tab.html) that loads the library on its own, with its own module instances
// and shared core. The launchers give each Chromium test page a browser context of its own, so the
// popup shares a BroadcastChannel with its opener only, not with test pages that run at the same time.

import type * as Library from '../../src/index.js';

export type { Library };

export interface TabOptions {
  /**
   * Copies of the library to import, in order: `src` (the ES modules, as the npm build) and `bundle`
   * (one self-contained bundle of them, as the CDN bundle). Default `['src']`.
   */
  load?: ('src' | 'bundle')[];
  /** Global Conf (`window.__gigyaConf`), set before anything loads. */
  conf?: Record<string, unknown>;
  /** Load the gigya.js stand-in (test/core/fixtures/gigya.js) before the library; a string is its API key. */
  gigya?: boolean | string;
}

export interface SecondTab {
  /** Also lists the BroadcastChannels the tab opened, and what it warned, from the start. */
  window: Window & typeof globalThis & { __channelsOpened: string[]; __warnings: string[] };
  /** What each copy of the library exports, in the order loaded. */
  libs: (typeof Library)[];
  close(): void;
}

/** A connected `<gigya-logout>` with these attributes in the tab's document. */
export function tabElement(tab: SecondTab, attributes: Record<string, string>): HTMLElement {
  const el = tab.window.document.createElement('gigya-logout');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  tab.window.document.body.append(el);
  return el;
}

let opened = 0;

/** Opens the second tab and resolves once its library copies have loaded. */
export function openSecondTab({ load = ['src'], conf, gigya }: TabOptions = {}): Promise<SecondTab> {
  const id = `__secondTab${++opened}`;
  const query = new URLSearchParams({ id, load: load.join(',') });
  if (conf) query.set('conf', JSON.stringify(conf));
  if (gigya) query.set('gigya', gigya === true ? '' : gigya);
  const opener = window as unknown as Record<string, unknown>;
  return new Promise((resolve, reject) => {
    let popup: Window | null = null;
    opener[id] = (libs: (typeof Library)[] | undefined, error?: string) => {
      delete opener[id];
      if (!libs) {
        popup?.close();
        reject(new Error(`second tab: ${error}`));
      } else resolve({ window: popup as SecondTab['window'], libs, close: () => popup?.close() });
    };
    // A window of its own ('popup'): a background tab would be throttled.
    popup = window.open(`/test/fixtures/second-tab.html?${query}`, id, 'popup,width=400,height=300');
    if (!popup) reject(new Error('second tab: window.open was blocked'));
  });
}

/** Items pushed so far, and a promise for the first moment `predicate` holds for them (no timers). */
export function collector<T>() {
  const items: T[] = [];
  const waiting: { predicate: (items: T[]) => boolean; resolve: (items: T[]) => void }[] = [];
  const check = () => {
    for (const waiter of [...waiting])
      if (waiter.predicate(items)) {
        waiting.splice(waiting.indexOf(waiter), 1);
        waiter.resolve(items);
      }
  };
  return {
    items,
    push: (item: T) => {
      items.push(item);
      check();
    },
    /**
     * Resolves with the live list once `predicate` holds (at once when it already does). The caller
     * resumes after the task that pushed, so the list then has everything that task pushed.
     */
    until(predicate: (items: T[]) => boolean): Promise<T[]> {
      return new Promise((resolve) => {
        waiting.push({ predicate, resolve });
        check();
      });
    },
  };
}

export type Collector<T> = ReturnType<typeof collector<T>>;

/**
 * A Global Conf with `crossTabLogout: false` that tells when it is read: the moment a tab decides
 * what to do with a message that arrives while the feature is off.
 */
export function offConfRead(): { conf: Record<string, unknown>; read: Promise<void> } {
  let done!: () => void;
  const read = new Promise<void>((resolve) => (done = resolve));
  const conf = {
    get crossTabLogout() {
      done();
      return false;
    },
  };
  return { conf, read };
}

interface AnyLogoutEvent {
  source?: string;
  apiKey?: string;
  context?: unknown;
}

/** One line per announcement: `<where> <source, or 'here'> <apiKey, or '-'>`, and ` context` when it has one. */
const line = (where: string, event: AnyLogoutEvent) =>
  `${where} ${event.source ?? 'here'} ${event.apiKey ?? '-'}${'context' in event ? ' context' : ''}`;

/**
 * Watches a tab's announcements: `gigya-logout` on its `document` and on each element (by id), and,
 * with `socialize`, an onLogout handler (added: a first use, docs/contract.md §5). `stop()` removes them all.
 */
export function watchLogouts(
  win: Window,
  { socialize, elements = [] }: { socialize?: (typeof Library)['socialize']; elements?: Element[] } = {},
): Collector<string> & { details: AnyLogoutEvent[]; stop(): void } {
  const log = collector<string>();
  const details: AnyLogoutEvent[] = [];
  const stops: (() => void)[] = [];
  const listen = (target: EventTarget, where: string) => {
    const listener = (event: Event) => {
      details.push((event as CustomEvent<AnyLogoutEvent>).detail);
      log.push(line(where, (event as CustomEvent<AnyLogoutEvent>).detail));
    };
    target.addEventListener('gigya-logout', listener);
    stops.push(() => target.removeEventListener('gigya-logout', listener));
  };
  listen(win.document, 'document');
  for (const element of elements) listen(element, element.id);
  if (socialize) {
    const onLogout = (event: AnyLogoutEvent) => log.push(line('handler', event));
    socialize.addEventHandlers({ onLogout });
    stops.push(() => socialize.removeEventHandlers({ onLogout }));
  }
  return { ...log, details, stop: () => stops.forEach((stop) => stop()) };
}

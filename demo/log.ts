// The demo's event log: every gigya-logout-request, gigya-logout and gigya-logout-response that reaches
// `document`, and the idle warning's gigya-logout-idle-warning and gigya-logout-active, newest first, as readable JSON; and a one-line result at the foot of the screen, so a
// person who pressed Log out sees what happened without scrolling to the log. Server text only ever
// goes into the page through textContent.

import type { LogoutEvent, LogoutResponse } from '../src/index.js';

export const LOGGED_EVENTS = [
  'gigya-logout-request',
  'gigya-logout',
  'gigya-logout-response',
  'gigya-logout-idle-warning',
  'gigya-logout-active',
] as const;
type LoggedEvent = (typeof LOGGED_EVENTS)[number];

/** Entries kept (the oldest go first): ten logouts of three events each. */
const MAX_ENTRIES = 30;
/** JSON nesting shown (deeper values become a label); also the deepest indentation class in demo.css. */
const MAX_DEPTH = 8;

export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** A JSON-safe copy: functions, cycles, DOM nodes and other things JSON cannot hold become labels. */
function toPlain(value: unknown, ancestors: object[] = []): unknown {
  switch (typeof value) {
    case 'function':
      return `[function ${value.name || 'anonymous'}]`;
    case 'bigint':
      return `${value}n`;
    case 'symbol':
      return value.toString();
    case 'number':
      return Number.isFinite(value) ? value : String(value);
    case 'object':
      break;
    default:
      return value;
  }
  if (value === null) return null;
  if (ancestors.includes(value)) return '[circular reference]';
  if (ancestors.length >= MAX_DEPTH) return '[nested too deep]';
  if (typeof Node !== 'undefined' && value instanceof Node) return `[${value.nodeName.toLowerCase()} node]`;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '[invalid date]' : value.toISOString();
  if (value instanceof Error) return { name: value.name, message: value.message };
  const inner = [...ancestors, value];
  if (Array.isArray(value)) return value.map((item) => toPlain(item, inner));
  const plain: Record<string, unknown> = {};
  try {
    for (const key of Object.keys(value)) {
      const item = (value as Record<string, unknown>)[key];
      if (item !== undefined) plain[key] = toPlain(item, inner);
    }
  } catch (error) {
    return `[unreadable: ${messageOf(error)}]`;
  }
  return plain;
}

function prettyJson(value: unknown): string {
  try {
    return JSON.stringify(toPlain(value), null, 2) ?? String(value);
  } catch (error) {
    return `[could not show this value: ${messageOf(error)}]`;
  }
}

/**
 * The JSON as one block per line, its depth in `data-depth` and `--depth`: demo.css gives each a hanging indent,
 * so a line that wraps on a phone stays under its key instead of starting at the left edge. Each
 * block keeps its leading spaces and ends with its newline, so the text (copy, tests) is the JSON itself.
 */
function jsonBlock(json: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const lines = json.split('\n');
  lines.forEach((line, i) => {
    const span = document.createElement('span');
    span.className = 'json-line';
    const indent = /^ */.exec(line)![0].length;
    span.dataset.depth = String(Math.min(indent / 2, MAX_DEPTH + 1));
    span.style.setProperty('--depth', span.dataset.depth); // CSSOM: allowed under the demo's style-src 'self'
    span.textContent = line + (i < lines.length - 1 ? '\n' : '');
    fragment.append(span);
  });
  return fragment;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const clock = (d: Date) => `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`;

function sourceOf(event: Event): string {
  const target = event.target;
  if (target === document) return 'on document';
  if (target instanceof Element) {
    const name = target.getAttribute('data-demo-name');
    return name ? `from the ${name} button` : `from <${target.localName}>`;
  }
  return '';
}

/** ok: confirmed (or nothing to do); unconfirmed: sent, its answer unreadable (errorCode 0, confirmed: false); fail. */
type Outcome = 'ok' | 'unconfirmed' | 'fail';

/** A short outcome next to the event name. */
function summaryOf(type: LoggedEvent, detail: unknown): { text: string; outcome?: Outcome } {
  if (type === 'gigya-logout-response') {
    const response = (detail ?? {}) as Partial<LogoutResponse>;
    const code = typeof response.errorCode === 'number' ? response.errorCode : NaN;
    if (code === 0 && response.confirmed === false) return { text: 'errorCode 0 · confirmed: false', outcome: 'unconfirmed' };
    if (code === 0) return { text: 'errorCode 0 · success', outcome: 'ok' };
    const message = typeof response.errorMessage === 'string' ? response.errorMessage : '';
    return { text: `errorCode ${code}${message ? ` · ${message}` : ''}`, outcome: 'fail' };
  }
  if (type === 'gigya-logout') {
    const source = (detail as Partial<LogoutEvent>)?.source;
    if (source === 'other-tab') return { text: 'the user logged out in another tab' };
    if (source === 'idle') return { text: 'the user was signed out for inactivity' };
    if (source === 'restored') return { text: 'the session ended while this page was in the back/forward cache' };
    return { text: `the user is logged out (${String((detail as Partial<LogoutEvent>)?.eventName)})` };
  }
  if (type === 'gigya-logout-idle-warning')
    return { text: `idle warning: ${String((detail as { secondsLeft?: unknown })?.secondsLeft)} s left` };
  if (type === 'gigya-logout-active') return { text: 'the idle warning ended: the user is active' };
  return { text: 'about to send' };
}

export interface EventLogElements {
  list: HTMLOListElement;
  empty: HTMLElement;
  clear: HTMLButtonElement;
  /** The one-line result at the foot of the screen (not a live region: the element announces the result itself). */
  latest: HTMLElement;
  /** Its first line: one plain sentence for a person who is not a developer. */
  latestSentence: HTMLElement;
  /** Its second line, for developers: the codes, then `note` when there is one. */
  latestDetail: HTMLElement;
  /** One plain sentence for a response, shown before its codes. */
  explain?: (response: LogoutResponse) => string;
  /** A developer's note for a response, after its codes (what became of the token). */
  note?: (response: LogoutResponse) => string | undefined;
}

/** Starts logging the events that reach `document`. */
export function startEventLog(ui: EventLogElements): void {
  let seq = 0;

  function showLatest(type: LoggedEvent, detail: unknown, text: string, outcome: Outcome | undefined, entryId: string): void {
    if (type === 'gigya-logout-request') ui.latest.hidden = true; // a new logout: the last result is stale
    if (type !== 'gigya-logout-response') return;
    const response = detail as LogoutResponse;
    ui.latestSentence.textContent = ui.explain?.(response) ?? (outcome === 'fail' ? 'Logout failed.' : 'Logged out.');
    const note = ui.note?.(response);
    ui.latestDetail.textContent = note ? `${text} · ${note}` : text;
    ui.latest.dataset.outcome = outcome ?? 'fail';
    const link = ui.latest.querySelector('a');
    if (link) link.href = `#${entryId}`;
    ui.latest.hidden = false;
  }

  function log(event: Event): void {
    const type = event.type as LoggedEvent;
    const detail = event instanceof CustomEvent ? (event.detail as unknown) : undefined;
    const when = new Date();
    const { text, outcome } = summaryOf(type, detail);

    // A new logout starts: fold the earlier entries (their summary line stays).
    if (type === 'gigya-logout-request') for (const open of ui.list.querySelectorAll('details[open]')) open.removeAttribute('open');

    const item = document.createElement('li');
    item.id = `log-entry-${++seq}`;
    item.className = `entry${outcome ? ` entry--${outcome}` : ''}`;
    item.dataset.event = type;
    if (outcome) item.dataset.outcome = outcome;

    const details = document.createElement('details');
    details.open = true;
    const head = document.createElement('summary');
    head.className = 'entry__head';
    const time = document.createElement('time');
    time.className = 'entry__time';
    time.dateTime = when.toISOString();
    time.textContent = clock(when);
    const name = document.createElement('code');
    name.className = 'entry__name';
    name.textContent = type;
    const source = document.createElement('span');
    source.className = 'entry__source';
    source.textContent = sourceOf(event);
    const summary = document.createElement('span');
    summary.className = 'entry__summary';
    summary.textContent = text;
    head.append(time, ' ', name, ' ', source, ' ', summary);

    const pre = document.createElement('pre');
    pre.className = 'entry__detail';
    pre.setAttribute('aria-label', `detail of ${type}`);
    pre.append(jsonBlock(prettyJson(detail)));

    details.append(head, pre);
    item.append(details);
    ui.list.prepend(item);
    while (ui.list.children.length > MAX_ENTRIES) ui.list.lastElementChild!.remove();
    ui.empty.hidden = true;
    showLatest(type, detail, text, outcome, item.id);
  }

  function clear(): void {
    ui.list.replaceChildren();
    ui.empty.hidden = false;
    ui.latest.hidden = true;
  }

  for (const type of LOGGED_EVENTS) document.addEventListener(type, log);
  ui.clear.addEventListener('click', clear);
  ui.latest.querySelector('button')?.addEventListener('click', () => (ui.latest.hidden = true));
}

// The demo page: a site header with a sign-in state, controls for the element and the emulator, and a
// live log of the element's events (log.ts); real Gigya mode is real-mode.ts. Served with a strict
// CSP: no inline script or style, and server text only ever goes into the page through textContent.

import { mode } from './config.js'; // first: sets window.__gigyaConf before the component loads
import { GigyaLogout, type LogoutEvent, type LogoutResponse } from '../src/index.js';
import { byId } from './dom.js';
import { startLanguagePicker } from './language-picker.js';
import { messageOf, startEventLog } from './log.js';
import { startPostureControl } from './posture.js';
import { showRealMode } from './real-mode.js';
import { keepsToken, keptTokenNote, plainSentence, type Before } from './words.js';

const DEMO_EMAIL = 'demo@example.com';

const ui = {
  signIn: byId('sign-in', HTMLButtonElement),
  user: byId('account-user', HTMLElement),
  email: byId('account-email', HTMLElement),
  headerLogout: byId('account-logout', GigyaLogout),
  accountStatus: byId('account-status', HTMLElement),
  problem: byId('problem', HTMLElement),
  emulatorApiKey: byId('emulator-api-key', HTMLElement),
  cid: byId('cid', HTMLInputElement),
  forceProvidersLogout: byId('force-providers-logout', HTMLInputElement),
  timeout: byId('timeout', HTMLInputElement),
  idleTimeout: byId('idle-timeout', HTMLInputElement),
  idleWarning: byId('idle-warning', HTMLInputElement),
  alwaysSend: byId('always-send', HTMLInputElement),
  providers: byId('providers', HTMLSelectElement),
  answer: byId('answer', HTMLSelectElement),
  answerStatus: byId('answer-status', HTMLElement),
  posture: byId('posture', HTMLSelectElement),
  postureOrigin: byId('posture-origin', HTMLElement),
  postureStatus: byId('posture-status', HTMLElement),
};

const emulated = mode.kind === 'emulator';
const allLogouts = (): GigyaLogout[] => [...document.querySelectorAll('gigya-logout')];

// ---------------------------------------------------------------------------------------------
// Problems worth telling the user (sign-in failed, emulator unreachable). Never thrown at them.

function showProblem(message: string | undefined): void {
  ui.problem.textContent = message ?? '';
  ui.problem.hidden = !message;
}

/** POSTs JSON to an emulator control route; resolves with the parsed answer or throws a readable error. */
async function emulator(route: 'login' | 'answer', body: Record<string, unknown>): Promise<unknown> {
  const response = await fetch(`/__emulator/${route}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    credentials: 'same-origin',
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`the emulator answered ${response.status} to /__emulator/${route}: ${text.slice(0, 200)}`);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new Error(`the emulator's answer to /__emulator/${route} is not JSON`);
  }
}

// ---------------------------------------------------------------------------------------------
// Sign-in state: the session cookie glt_<apiKey>, as the SDK itself reads it.

function hasSession(): boolean {
  const name = `glt_${mode.apiKey}=`;
  return document.cookie.split(/;\s*/).some((cookie) => cookie.startsWith(name) && cookie.length > name.length);
}

let signedIn: boolean | undefined;

/**
 * Shows the header for the current cookie state (`known`: what a cookie change event said, else
 * document.cookie is read); announces and moves focus only when it changed.
 */
function renderAccount(known?: boolean): void {
  const now = emulated ? (known ?? hasSession()) : true;
  if (now === signedIn) return;
  const hadFocus = ui.signIn.matches(':focus') || ui.headerLogout.matches(':focus-within');
  const first = signedIn === undefined;
  signedIn = now;

  if (emulated) {
    ui.signIn.hidden = now;
    ui.user.hidden = !now;
    ui.email.textContent = DEMO_EMAIL;
    ui.headerLogout.hidden = !now;
  } else {
    // A real site's cookies are not ours to read: the button is always there.
    ui.user.hidden = true;
    ui.headerLogout.hidden = false;
  }

  if (first || !emulated) return;
  ui.accountStatus.textContent = now ? `Signed in as ${DEMO_EMAIL}.` : 'You are signed out.';
  if (hadFocus) (now ? ui.headerLogout : ui.signIn).focus();
}

/** A Cookie Store API change event (what changed, and what was deleted or expired). */
type CookieChange = Event & { changed?: readonly { name: string; value?: string }[]; deleted?: readonly { name: string }[] };

/**
 * Another tab signed in or out: the change event says so itself. document.cookie read at that moment
 * can still show the cookie just expired (seen in Chromium, busy machine), and no later event comes.
 */
function followCookie(event: Event): void {
  const name = `glt_${mode.apiKey}`;
  const { changed, deleted } = event as CookieChange;
  if (deleted?.some((cookie) => cookie.name == name)) renderAccount(false);
  else if (changed?.some((cookie) => cookie.name == name && cookie.value)) renderAccount(true);
  else renderAccount();
}

let signingIn = false;

/**
 * Whether the session cookie the emulator just set shows in document.cookie within a few seconds:
 * browsers store a response's cookies in another process (WebKit's network process, Firefox's parent
 * process), and on a busy machine document.cookie can lag the answer (seen in the test suite, in
 * WebKit and in Firefox). Only a sign-in that really failed waits that long.
 */
async function sessionShows(): Promise<boolean> {
  for (const started = performance.now(); performance.now() - started < 5000;) {
    if (hasSession()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return hasSession();
}

async function signIn(): Promise<void> {
  if (signingIn) return;
  // aria-disabled, not disabled: a disabled button drops focus, and focus should go on to Log out.
  signingIn = true;
  ui.signIn.setAttribute('aria-disabled', 'true');
  showProblem(undefined);
  try {
    await emulator('login', {
      apiKey: mode.apiKey,
      email: DEMO_EMAIL,
      ...(ui.providers.value ? { providers: ui.providers.value } : {}),
    });
    if (!(await sessionShows())) throw new Error('the emulator answered, but no session cookie was set');
  } catch (error) {
    showProblem(`Could not sign in: ${messageOf(error)}.`);
  } finally {
    signingIn = false;
    ui.signIn.removeAttribute('aria-disabled');
    renderAccount();
  }
}

// ---------------------------------------------------------------------------------------------
// Controls: attributes of every <gigya-logout> on the page, and the emulator's next answer.

function setAttr(name: string, value: string | undefined): void {
  for (const el of allLogouts()) {
    if (value === undefined) el.removeAttribute(name);
    else el.setAttribute(name, value);
  }
}

function applyAttributes(): void {
  setAttr('cid', ui.cid.value === '' ? undefined : ui.cid.value);
  setAttr('force-providers-logout', ui.forceProvidersLogout.checked ? undefined : 'false');
  // The raw text, so that an invalid value shows the element's own warning and 400006.
  const timeout = ui.timeout.value.trim();
  setAttr('timeout', timeout === '' ? (ui.timeout.validity.badInput ? 'invalid' : undefined) : timeout);
  setAttr('always-send', !emulated && ui.alwaysSend.checked ? '' : undefined);
  // Kept for the next tab, so that the idle warning can be watched in two.
  for (const [name, input] of [
    ['idle-timeout', ui.idleTimeout],
    ['idle-warning', ui.idleWarning],
  ] as const) {
    const value = input.value.trim();
    setAttr(name, value === '' ? undefined : value);
    if (value === '') localStorage.removeItem(`demo.${name}`);
    else localStorage.setItem(`demo.${name}`, value);
  }
}

let answerSeq = 0;

/** Tells the emulator the answer chosen in the select; `data-applied` says which one it has. */
async function applyAnswer(): Promise<void> {
  const answer = ui.answer.value;
  const label = ui.answer.selectedOptions[0]?.textContent?.trim() ?? answer;
  const seq = ++answerSeq;
  ui.answer.removeAttribute('data-applied');
  ui.answerStatus.textContent = 'Telling the emulator…';
  try {
    await emulator('answer', { apiKey: mode.apiKey, answer });
    if (seq !== answerSeq) return;
    ui.answer.dataset.applied = answer;
    ui.answerStatus.textContent = `The emulator will answer: ${label}.`;
  } catch (error) {
    if (seq !== answerSeq) return;
    ui.answerStatus.textContent = '';
    showProblem(`Could not set the emulator's answer: ${messageOf(error)}.`);
  }
}

// ---------------------------------------------------------------------------------------------

/** Shows the CSS that styles the second element, read from demo.css itself so the two never differ. */
async function showPartCss(): Promise<void> {
  const css = await (await fetch(new URL('./demo.css', import.meta.url))).text();
  byId('part-css', HTMLElement).textContent =
    /\/\* part-styling:start \*\/\n([\s\S]*?)\/\* part-styling:end \*\//.exec(css)?.[1].trim() ?? '';
}

/** What the page knew when the latest logout started (words.ts). */
let before: Before | undefined;
/** Whether the library keeps a token from an unconfirmed logout: the next logout sends it (contract §2.2). */
let tokenKept = false;

function start(): void {
  document.addEventListener('gigya-logout-request', () => {
    before = { session: hasSession() || tokenKept, alwaysSend: !emulated && ui.alwaysSend.checked };
  });
  document.addEventListener('gigya-logout-response', (event) => {
    tokenKept = keepsToken((event as CustomEvent<LogoutResponse>).detail, before);
  });
  // A logout in another tab drops a kept token (README, "Several tabs").
  document.addEventListener('gigya-logout', (event) => {
    if ((event as CustomEvent<LogoutEvent>).detail?.source === 'other-tab') tokenKept = false;
  });
  startEventLog({
    explain: (response) => plainSentence(response, before),
    note: (response) => keptTokenNote(response, before),
    list: byId('log-list', HTMLOListElement),
    empty: byId('log-empty', HTMLElement),
    clear: byId('log-clear', HTMLButtonElement),
    latest: byId('latest', HTMLElement),
    latestSentence: byId('latest-sentence', HTMLElement),
    latestDetail: byId('latest-detail', HTMLElement),
  });
  // Logged out by whatever means (either button, another tab, success or failure): the cookie says where we are.
  document.addEventListener('gigya-logout', () => renderAccount());
  document.addEventListener('gigya-logout-response', () => renderAccount());
  // Another tab may sign in or out: follow the cookie as it changes (and, where the Cookie Store API
  // is missing, when this tab shows again).
  (window as { cookieStore?: EventTarget }).cookieStore?.addEventListener('change', followCookie);
  document.addEventListener('visibilitychange', () => renderAccount());

  ui.signIn.addEventListener('click', () => void signIn());
  ui.idleTimeout.value = localStorage.getItem('demo.idle-timeout') ?? '';
  ui.idleWarning.value = localStorage.getItem('demo.idle-warning') ?? '';
  for (const control of [ui.cid, ui.forceProvidersLogout, ui.timeout, ui.alwaysSend, ui.idleTimeout, ui.idleWarning]) {
    control.addEventListener('input', applyAttributes);
    control.addEventListener('change', applyAttributes);
  }
  ui.answer.addEventListener('change', () => void applyAnswer());
  byId('controls-form', HTMLFormElement).addEventListener('submit', (event) => event.preventDefault());

  startLanguagePicker();
  applyAttributes();
  renderAccount();
  showPartCss().catch((error: unknown) => console.warn('The demo could not show its CSS:', error));

  if (mode.kind === 'gigya') {
    showRealMode(mode.apiKey, mode.dataCenter);
    document.documentElement.dataset.demoReady = 'true';
    return;
  }
  ui.emulatorApiKey.textContent = mode.apiKey;
  // The emulator keeps the last answer and posture per API key: make them match what the page shows.
  const posture = startPostureControl({
    select: ui.posture,
    origin: ui.postureOrigin,
    status: ui.postureStatus,
    apiKey: mode.apiKey,
    tell: (posture) => emulator('answer', { apiKey: mode.apiKey, posture }),
    setApiDomain: (origin) => setAttr('api-domain', origin),
  }).catch((error: unknown) => showProblem(`Could not set where the emulator answers: ${messageOf(error)}.`));
  void Promise.all([applyAnswer(), posture]).finally(() => {
    document.documentElement.dataset.demoReady = 'true';
  });
}

try {
  start();
} catch (error) {
  console.error(error);
  showProblem(`The demo could not start: ${messageOf(error)}.`);
}

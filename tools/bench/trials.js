// The benchmark's trials, run in the page one at a time (tools/bench/bench.mjs alternates them and does
// the statistics). Every loop is bounded; the only traffic is to the page's own origin (the emulator).
import { API_KEY, logoutFetch } from './logout-fetch.js';

const nextFrame = () => new Promise((done) => setTimeout(done));

// The element finds its site and the emulator on this origin in the Global Conf, as documented, so
// every candidate is the same markup.
window.__gigyaConf = { apiKey: API_KEY, apiDomain: location.origin };
const markup = (tag) => `<${tag}>Log out</${tag}>`;

/** Upgrade + first render of `n`, then forced style recalc + layout; times in ms. */
async function upgrade(tag, n) {
  const box = document.createElement('div');
  const html = markup(tag).repeat(n);
  await nextFrame();
  const t0 = performance.now();
  box.innerHTML = html;
  document.body.append(box);
  await box.lastElementChild.updateComplete; // Lit renders in a microtask; FIFO, so the last one is the last to render
  const t1 = performance.now();
  box.getBoundingClientRect();
  const t2 = performance.now();
  const rendered = [...box.children].every((el) => el.shadowRoot?.querySelector('button'));
  box.remove();
  if (!rendered) throw new Error(`${tag}: not every element rendered its button`);
  return { render: t1 - t0, layout: t2 - t0, styleLayout: t2 - t1 };
}

/** Signs in on the emulator (its `glt_`/`gltexp_` cookies), and writes `glt_` again from the page, as a page that just signed in does. */
async function login() {
  const response = await fetch('/__emulator/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ apiKey: API_KEY }),
  });
  if (!response.ok) throw new Error(`login: HTTP ${response.status}`);
  const { cookie } = await response.json();
  await nextFrame();
  // Written shortly before the click: the next document.cookie read waits for the browser's cookie store.
  document.cookie = `glt_${API_KEY}=${cookie}; path=/`;
}

let clickTarget;
/** @type {{ start: number, handled?: number, answered: Promise<{ end: number, detail: any }> } | undefined} */
let pending;

/**
 * Readies a click on `tag`'s shadow button (scripts/bench.mjs then clicks it with trusted input):
 * a fresh element, a session cookie written just before, and window capture and bubble listeners
 * that bracket the click's dispatch (its handlers and their microtasks: what Event Timing calls
 * processing). For `fetch`, the bare POST runs at once.
 */
async function armClick(tag) {
  clickTarget?.remove();
  clickTarget = undefined;
  if (tag != 'fetch') {
    document.body.insertAdjacentHTML('beforeend', markup(tag));
    clickTarget = document.body.lastElementChild;
    if (tag == 'sl-button') clickTarget.addEventListener('click', () => logoutFetch(clickTarget));
    await clickTarget.updateComplete;
  }
  await login();
  if (!clickTarget) {
    const start = performance.now();
    pending = { start, answered: logoutFetch().then((detail) => ({ end: performance.now(), detail })) };
    return;
  }
  const trial = { start: 0, handled: undefined, answered: undefined };
  trial.answered = new Promise((done) =>
    clickTarget.addEventListener('gigya-logout-response', (event) => done({ end: performance.now(), detail: event.detail }), {
      once: true,
    }),
  );
  addEventListener('click', () => (trial.start = performance.now()), { capture: true, once: true });
  addEventListener('click', () => (trial.handled = performance.now()), { once: true });
  pending = trial;
}

/** After the click: click → `gigya-logout-response` (ms) and the click's processing time (ms; none for `fetch`). */
async function clickResult() {
  const trial = pending;
  pending = undefined;
  const { end, detail } = await trial.answered;
  if (detail.errorCode !== 0 || !detail.callId) throw new Error(`logout answered ${JSON.stringify(detail)}`);
  if (clickTarget && !trial.start) throw new Error('no trusted click reached the page');
  if (clickTarget?.localName == 'gigya-logout' && document.cookie.includes(`glt_${API_KEY}=`)) throw new Error('session cookie left');
  return { response: end - trial.start, handler: trial.handled == null ? undefined : trial.handled - trial.start };
}

/** `n` mount + first render + unmount, one at a time. */
async function churn(tag, n) {
  clickTarget?.remove();
  clickTarget = undefined;
  const box = document.createElement('div');
  document.body.append(box);
  for (let i = 0; i < n; i++) {
    box.insertAdjacentHTML('beforeend', markup(tag));
    await box.lastElementChild.updateComplete;
    box.lastElementChild.remove();
  }
  box.remove();
}

window.bench = { upgrade, armClick, clickResult, churn };

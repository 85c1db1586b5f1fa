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

async function login() {
  const response = await fetch('/__emulator/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ apiKey: API_KEY }),
  });
  if (!response.ok) throw new Error(`login: HTTP ${response.status}`);
}

let clickTarget;
/** Click on the shadow button → `gigya-logout-response` (or, for `fetch`, the bare POST); ms. */
async function click(tag) {
  clickTarget?.remove();
  clickTarget = undefined;
  if (tag != 'fetch') {
    document.body.insertAdjacentHTML('beforeend', markup(tag));
    clickTarget = document.body.lastElementChild;
    if (tag == 'sl-button') clickTarget.addEventListener('click', () => logoutFetch(clickTarget));
    await clickTarget.updateComplete;
  }
  await login();
  await nextFrame();
  let detail;
  const t0 = performance.now();
  if (!clickTarget) detail = await logoutFetch();
  else {
    const answered = new Promise((done) => clickTarget.addEventListener('gigya-logout-response', done, { once: true }));
    clickTarget.shadowRoot.querySelector('button').click();
    detail = (await answered).detail;
  }
  const ms = performance.now() - t0;
  if (detail.errorCode !== 0 || !detail.callId) throw new Error(`${tag}: logout answered ${JSON.stringify(detail)}`);
  if (document.cookie.includes(`glt_${API_KEY}=`) && tag == 'gigya-logout') throw new Error('session cookie left');
  return ms;
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

window.bench = { upgrade, click, churn };

import { serviceOrigin } from './params.js';
import type { Answer, LogoutParams } from './types.js';

const PROVIDER_WAIT = 5000;
const SAML_WAIT = 10000;

const list = (value: unknown): string[] =>
  String(value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/** Calls the Facebook JS SDK's `FB.logout` when the page has it; settles when FB answers. */
function facebookLogout(): Promise<unknown> | undefined {
  const fb = (globalThis as { FB?: { logout?: (done: () => void) => void } }).FB;
  if (typeof fb?.logout == 'function')
    return new Promise((done) => {
      try {
        fb.logout!(() => done(0));
      } catch {
        done(0);
      }
    });
}

/** A hidden iframe that settles when it has loaded (or failed to). */
function hiddenFrame(src: string): [HTMLIFrameElement, Promise<unknown>] {
  const frame = document.createElement('iframe');
  frame.hidden = true;
  const loaded = new Promise((done) => {
    frame.addEventListener('load', done);
    frame.addEventListener('error', done);
  });
  frame.src = src;
  (document.body ?? document.documentElement).append(frame);
  return [frame, loaded];
}

/** The SAML single-logout URLs the answer calls for, under `<fidm>/saml/v2.0/<APIKey>/`. */
function samlUrls(answer: Answer, params: LogoutParams): string[] {
  const base = `${serviceOrigin(params, 'fidm')}/saml/v2.0/${encodeURIComponent(params.apiKey!)}`;
  const urls = list(answer.connectedProviders)
    .filter((provider) => provider.startsWith('saml-'))
    .map((provider) => `${base}/sp/jsslo?name=${encodeURIComponent(provider.slice(5))}`);
  if (answer.samlContext)
    for (const session of list(answer.connectedSamlSessions))
      urls.push(
        `${base}/idp/slo/continue/?samlContext=${encodeURIComponent(String(answer.samlContext))}` +
          `&samlSession=${encodeURIComponent(session)}`,
      );
  return urls;
}

/** Logs out of the providers the answer names; waits for them at most 5 s (10 s with SAML). */
export async function logoutProviders(answer: Answer, params: LogoutParams): Promise<void> {
  const urls = samlUrls(answer, params);
  const fb = list(answer.connectedProviders).includes('facebook') && facebookLogout();
  const frames = urls.map(hiddenFrame);
  const waits = frames.map(([, loaded]) => loaded);
  if (fb) waits.push(fb);
  if (!waits.length) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([Promise.all(waits), new Promise((done) => (timer = setTimeout(done, urls.length ? SAML_WAIT : PROVIDER_WAIT)))]);
  clearTimeout(timer);
  for (const [frame] of frames) frame.remove();
}

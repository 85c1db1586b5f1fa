import { pageGlobal, readPath } from './page-globals.js';
import { serviceOrigin } from './endpoint.js';
import type { Answer, LogoutParams } from './types.js';
import { within } from './within.js';

const list = (value: unknown): string[] =>
  String(value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/** The SAML single-logout URLs the answer calls for, under `<fidm>/saml/v2.0/<APIKey>/`. */
function samlUrls(answer: Answer, params: LogoutParams): string[] {
  const base = `${serviceOrigin(params, 'fidm')}/saml/v2.0/${encodeURIComponent(params.apiKey!)}`;
  const urls = list(answer.connectedProviders)
    .filter((provider) => provider.startsWith('saml-'))
    .map((provider) => `${base}/sp/jsslo?name=${encodeURIComponent(provider.slice(5))}`);
  if (answer.samlContext)
    for (const samlSession of list(answer.connectedSamlSessions))
      urls.push(`${base}/idp/slo/continue/?${new URLSearchParams({ samlContext: String(answer.samlContext), samlSession })}`);
  return urls;
}

/**
 * Logs out of the providers the answer names: `FB.logout` when the Facebook SDK is on the page, and a
 * hidden iframe per SAML logout URL. Waits for them at most 5 s (10 s with SAML), then removes the iframes.
 */
export async function logoutProviders(answer: Answer, params: LogoutParams): Promise<void> {
  const frames = samlUrls(answer, params).map((src) => Object.assign(document.createElement('iframe'), { hidden: true, src }));
  const waits = frames.map((frame) => new Promise((done) => (frame.onload = frame.onerror = done)));
  const fbLogout = readPath('FB', ['logout']);
  if (list(answer.connectedProviders).includes('facebook') && typeof fbLogout == 'function')
    waits.push(
      new Promise((done) => {
        try {
          fbLogout.call(pageGlobal('FB'), done);
        } catch {
          done(0);
        }
      }),
    );
  if (!waits.length) return;
  (document.body ?? document.documentElement).append(...frames);
  await within(Promise.all(waits), frames.length ? 10000 : 5000);
  for (const frame of frames) frame.remove();
}

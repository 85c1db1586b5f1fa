// docs/contract.md §4: the CDN bundle on a page with a strict CSP that requires Trusted Types, in Chromium and
// Firefox: with the directive the README gives (`trusted-types lit-html`, plus 'allow-duplicates'
// when two copies may load) the bundle loads once or twice, renders and logs out, with no violation.
// Under `trusted-types 'none'` (or a second copy without 'allow-duplicates') Lit cannot load: the
// README says so, and these tests keep that statement true.

import { expect, waitUntil } from '@open-wc/testing';
import { logoutRequests } from './helpers/emulator.js';
import { cleanup, onCleanup } from './helpers/cleanup.js';
import { hasSession, signedIn } from './helpers/session.js';
import type { GigyaLogout, LogoutResponse } from '../src/index.js';
import { clickAndWait } from './helpers/element.js';

interface TrustedTypesPage extends Window {
  ready?: boolean;
  violations: string[];
  errors: string[];
  loadCopies(n: number): Promise<string[]>;
}

async function openPage(tt: 'lit-html' | 'lit-html-dup' | 'none'): Promise<TrustedTypesPage> {
  const frame = document.createElement('iframe');
  frame.src = `/test/fixtures/trusted-types.html?tt=${tt}`;
  document.body.append(frame);
  onCleanup(() => frame.remove());
  await waitUntil(() => (frame.contentWindow as TrustedTypesPage | null)?.ready, 'the CSP page did not load', { timeout: 4000 });
  return frame.contentWindow as TrustedTypesPage;
}

/** Renders an element in the page and clicks it; resolves with its response. */
async function clickLogout(win: TrustedTypesPage, apiKey: string, origin: string): Promise<{ el: GigyaLogout; response: LogoutResponse }> {
  const el = win.document.createElement('gigya-logout') as GigyaLogout;
  el.setAttribute('api-key', apiKey);
  el.setAttribute('api-domain', origin);
  win.document.body.append(el);
  await el.updateComplete;
  const { response } = await clickAndWait(el, el.shadowRoot!.querySelector('button')!);
  return { el, response };
}

describe('the bundle under Trusted Types', () => {
  afterEach(cleanup);

  it('trusted-types lit-html: one copy loads, renders its button and logs out, with no violation', async () => {
    const { apiKey, info } = await signedIn();
    const win = await openPage('lit-html');

    expect(await win.loadCopies(1)).to.deep.equal(['loaded']);
    const { el, response } = await clickLogout(win, apiKey, info.origin);

    expect(el.shadowRoot!.querySelector('button')!.textContent).to.contain('Log out');
    expect(response.errorCode).to.equal(0);
    expect(hasSession(apiKey)).to.equal(false);
    expect(await logoutRequests(apiKey)).to.have.length(1);
    expect(win.violations).to.deep.equal([]);
    expect(win.errors).to.deep.equal([]);
  });

  it("trusted-types lit-html 'allow-duplicates': two copies load, share one core and one definition, and log out", async () => {
    const { apiKey, info } = await signedIn();
    const win = await openPage('lit-html-dup');

    expect(await win.loadCopies(2)).to.deep.equal(['loaded', 'loaded']);
    const { response } = await clickLogout(win, apiKey, info.origin);

    expect(response.errorCode).to.equal(0);
    expect(await logoutRequests(apiKey)).to.have.length(1);
    expect(win.violations).to.deep.equal([]);
    expect(win.errors).to.deep.equal([]);
  });

  it("without 'allow-duplicates' a second copy cannot load (Lit's lit-html policy exists already)", async () => {
    const win = await openPage('lit-html');
    const [first, second] = await win.loadCopies(2);
    expect(first).to.equal('loaded');
    expect(second).to.match(/^failed/);
  });

  it("under trusted-types 'none' Lit cannot load", async () => {
    const win = await openPage('none');
    const [only] = await win.loadCopies(1);
    expect(only).to.match(/^failed/);
  });
});

// docs/contract.md §2.1 through the element: a frame named `gigya` or `__gigyaConf`, a throwing Global Conf
// getter or a polluted Object.prototype never make connecting or clicking throw; every click gets
// its one response event.

import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { GigyaLogout } from '../../src/index.js';
import { logoutRequests } from '../helpers/emulator.js';
import { sandboxedFrameNamed } from '../helpers/frames.js';
import { cleanup, onCleanup } from '../helpers/cleanup.js';
import { logoutElement, nextResponse } from '../helpers/element.js';
import { hasSession, signedIn } from '../helpers/session.js';
import { recordUncaught, setGlobalConf, stubConsoleWarn } from '../helpers/stubs.js';

async function sandboxedFrame(name: string): Promise<void> {
  const frame = await sandboxedFrameNamed(name);
  onCleanup(() => frame.remove());
}

describe('<gigya-logout> on a hostile page', () => {
  afterEach(cleanup);

  it('frames named gigya and __gigyaConf: connecting does not throw, a click logs out and answers once', async () => {
    const { apiKey, info } = await signedIn();
    await sandboxedFrame('gigya');
    await sandboxedFrame('__gigyaConf');
    stubConsoleWarn();
    const errors = recordUncaught();

    const el = await logoutElement(apiKey, info.origin);
    const responded = nextResponse(el);
    el.click();
    const response = await responded;

    expect(response.errorCode).to.equal(0);
    expect(hasSession(apiKey)).to.equal(false);
    expect(await logoutRequests(apiKey)).to.have.length(1);
    expect(errors).to.deep.equal([]);
  });

  it('a Global Conf whose getter throws: the click still answers, and logs out with the attributes', async () => {
    const { apiKey, info } = await signedIn();
    Object.defineProperty(window, '__gigyaConf', {
      configurable: true,
      get() {
        throw new Error('tag manager says no');
      },
    });
    onCleanup(() => delete (window as { __gigyaConf?: unknown }).__gigyaConf);
    stubConsoleWarn();
    const errors = recordUncaught();

    const el = await fixture<GigyaLogout>(html`<gigya-logout api-key=${apiKey} api-domain=${info.origin}></gigya-logout>`);
    const responded = nextResponse(el);
    el.click();

    expect((await responded).errorCode).to.equal(0);
    expect(hasSession(apiKey)).to.equal(false);
    expect(errors).to.deep.equal([]);
  });

  it('Object.prototype.apiDomain (pollution): the element posts to Global Conf apiDomain only', async () => {
    const { apiKey, info } = await signedIn();
    (Object.prototype as Record<string, unknown>).apiDomain = info.crossOrigin;
    onCleanup(() => delete (Object.prototype as Record<string, unknown>).apiDomain);
    setGlobalConf({ apiDomain: info.origin });
    const el = await fixture<GigyaLogout>(html`<gigya-logout api-key=${apiKey}></gigya-logout>`);

    const response = await el.logout();

    expect(response.errorCode).to.equal(0);
    expect((await logoutRequests(apiKey)).map((r) => r.host)).to.deep.equal([new URL(info.origin).host]);
  });

  it('an unreadable redirectOrigins (a revoked Proxy) refuses the redirect and breaks nothing', async () => {
    const { apiKey, info } = await signedIn();
    const { proxy, revoke } = Proxy.revocable([info.crossOrigin], {});
    revoke();
    setGlobalConf({ redirectOrigins: proxy });
    const warnings = stubConsoleWarn();
    const errors = recordUncaught();
    const el = await fixture<GigyaLogout>(
      html`<gigya-logout api-key=${apiKey} api-domain=${info.origin} redirect-url=${`${info.crossOrigin}/x`}></gigya-logout>`,
    );

    const response = await el.logout();

    expect(response.errorCode).to.equal(0);
    expect(warnings.some((w) => String(w[0]).includes('redirect-url'))).to.equal(true);
    expect(errors).to.deep.equal([]);
  });
});

// docs/contract.md §3.3: a page that declares its own `function onGigyaServiceReady` after the library has
// loaded (a non-configurable property that replaces the library's hook) and loads gigya.js later:
// a logout gigya.js starts by itself still reaches the core's onLogout handlers, also when gigya.js is
// self-hosted under another name (a bundle, a renamed file).

import { expect, waitUntil } from '@open-wc/testing';
import type { LogoutEvent } from '../../src/core/types.js';
import { cleanup, onCleanup } from '../helpers/cleanup.js';

interface FramePage extends Window {
  sdkLoaded?: boolean;
  coreEvents: LogoutEvent[];
  pageHookCalls: string[];
  gigya: { socialize: { logout(params: { callback(response: unknown): void }): void } };
}

describe('core: onGigyaServiceReady declared late by the page', () => {
  afterEach(cleanup);

  for (const sdk of ['gigya.js', 'site-bundle.js']) {
    it(`gigya.js's own logouts reach the core's handlers (with its API key); the page's hook still runs (gigya.js loaded as ${sdk})`, async () => {
      const frame = document.createElement('iframe');
      frame.src = `/test/core/fixtures/late-service-ready.html?sdk=${sdk}`;
      document.body.append(frame);
      onCleanup(() => frame.remove());
      const win = () => frame.contentWindow as FramePage;
      await waitUntil(() => win()?.sdkLoaded, 'gigya.js stand-in did not load', { timeout: 4000 });
      expect(Object.getOwnPropertyDescriptor(win(), 'onGigyaServiceReady')!.configurable).to.equal(false);
      expect(win().pageHookCalls).to.deep.equal(['socialize']);

      // gigya.js logs out by itself (a screen-set, say)
      await new Promise((done) => win().gigya.socialize.logout({ callback: done }));

      expect(win().coreEvents.map((e) => [e.eventName, e.apiKey])).to.deep.equal([['logout', '3_lateSite']]);
    });
  }
});

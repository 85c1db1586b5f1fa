// docs/contract.md §2.2 step 3, the cookie work of the logout path: no blocking cookie work while the caller
// waits. The test records, in order, every `document.cookie` read and write, every Cookie Store API
// call and the request leaving, with a session cookie written just before the logout (as a page that
// signed in does): at most one read of the cookies before the request, and no `document.cookie` read
// after a cookie write until the answer is delivered. Where the browser has the Cookie Store API it
// is used; without it (hidden here, as on an insecure origin) `document.cookie` is. Not timed: the
// order of calls is what is pinned.

import { expect, waitUntil } from '@open-wc/testing';
import { release, waitForRequests } from '../helpers/emulator.js';
import { start } from '../helpers/logout.js';
import { onCleanup } from '../helpers/cleanup.js';
import { sessionCookiesLeft, signedIn } from '../helpers/session.js';
import { setup } from '../helpers/setup.js';
import { spyFetch, stubConsoleWarn } from '../helpers/stubs.js';

const hasCookieStore = typeof cookieStore == 'object';

/** Records cookie reads and writes, through either API, in `log`. */
function recordCookieWork(log: string[], withCookieStore: boolean): void {
  const descriptor = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
  Object.defineProperty(document, 'cookie', {
    configurable: true,
    get() {
      log.push('document.cookie read');
      return descriptor.get!.call(document);
    },
    set(value: string) {
      log.push('document.cookie write');
      descriptor.set!.call(document, value);
    },
  });
  onCleanup(() => delete (document as { cookie?: string }).cookie);
  if (!withCookieStore) {
    Object.defineProperty(window, 'cookieStore', { configurable: true, value: undefined });
    onCleanup(() => delete (window as { cookieStore?: unknown }).cookieStore);
    return;
  }
  for (const method of ['get', 'getAll', 'set', 'delete'] as const) {
    const original = cookieStore[method] as (...args: unknown[]) => Promise<unknown>;
    Object.defineProperty(cookieStore, method, {
      configurable: true,
      value: (...args: unknown[]) => (log.push(`cookieStore.${method}`), original.apply(cookieStore, args)),
    });
    onCleanup(() => delete (cookieStore as unknown as Record<string, unknown>)[method]);
  }
}

const READS = ['document.cookie read', 'cookieStore.get', 'cookieStore.getAll'];

describe('core: cookie work on the logout path', () => {
  const info = setup();

  for (const withCookieStore of hasCookieStore ? [true, false] : [false])
    it(`${withCookieStore ? 'with the Cookie Store API' : 'with document.cookie only'}: one read before the request, no read after a write until the answer`, async () => {
      const { apiKey, session } = await signedIn('hold');
      const warnings = stubConsoleWarn();
      const log: string[] = [];
      const fetches = spyFetch();
      recordCookieWork(log, withCookieStore);
      const spied = window.fetch;
      window.fetch = (...args: Parameters<typeof fetch>) => {
        if (String(args[0]).endsWith('/socialize.logout')) log.push('request');
        return spied(...args);
      };
      onCleanup(() => (window.fetch = spied));
      // The page wrote its session cookie just before the click: a read now would wait for the cookie store.
      document.cookie = `glt_${apiKey}=${encodeURIComponent(session.cookie)}; path=/`;
      log.splice(0);

      const call = start({ apiKey, apiDomain: info.origin });
      // Where the log stood when the caller got the answer (it may come while release() is awaited).
      let answered = -1;
      void call.promise.then(() => (answered = log.length));
      await waitUntil(() => fetches.length == 1, 'no request');
      await waitForRequests(apiKey, (recorded) => recorded.length == 1);
      await new Promise((done) => setTimeout(done, 50)); // the caller waits: anything scheduled meanwhile runs
      expect(await release(apiKey)).to.equal(1);
      await call.promise;
      // The callback/promise contract (exactly once each), checked a task later.
      expect((await call.answered()).errorCode).to.equal(0);

      const sent = log.indexOf('request');
      expect(
        log.filter((call) => call == 'request'),
        'one request',
      ).to.have.length(1);
      const before = log.slice(0, sent);
      expect(
        before.filter((call) => READS.includes(call)),
        `before the request: ${before}`,
      ).to.have.length(1);
      expect(
        before.filter((call) => !READS.includes(call)),
        'no write before the request',
      ).to.deep.equal([]);
      expect(before[0]).to.equal('document.cookie read');
      const waiting = log.slice(sent + 1, answered);
      const firstWrite = waiting.findIndex((call) => call == 'document.cookie write' || call == 'cookieStore.delete');
      expect(firstWrite, `the cookies are removed while the request is in flight: ${waiting}`).to.be.at.least(0);
      expect(waiting.slice(firstWrite), 'no document.cookie read after a write while the caller waits').not.to.include(
        'document.cookie read',
      );

      // After the answer: the "removal really removed" check, and the cookies are gone.
      await new Promise((done) => setTimeout(done, 20));
      expect(warnings).to.deep.equal([]);
      expect(sessionCookiesLeft(apiKey)).to.deep.equal([]);
      expect(fetches[0].init?.body?.toString()).to.contain(`login_token=${encodeURIComponent(session.token)}`);
    });
});

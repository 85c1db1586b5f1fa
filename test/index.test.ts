// Types as users see them (tsc --noEmit runs over test/ with strict): the element from
// createElement/querySelector, its events in addEventListener, its logout() promise. The
// `@ts-expect-error` lines prove the types are precise (not `any`): each fails the build when the
// line after it type-checks. The runtime test checks the same facts in the browser.

import { expect } from '@open-wc/testing';
import '../src/index.js';
import {
  GigyaLogout,
  type GigyaLogoutEvent,
  type GigyaLogoutRequestEvent,
  type GigyaLogoutResponseEvent,
  type LogoutEvent,
  type LogoutParams,
  type LogoutResponse,
} from '../src/index.js';

/** Never called: it only has to compile. */
export function typeChecks(): void {
  const el = document.createElement('gigya-logout');
  const typed: GigyaLogout = el;
  const found: GigyaLogout | null = document.querySelector('gigya-logout');

  el.addEventListener('gigya-logout-response', (e) => {
    const n: number = e.detail.errorCode;
    const message: string = e.detail.errorMessage;
    const status: 'OK' | 'FAIL' = e.detail.status;
    const params: LogoutParams = e.detail.requestParams;
    const event: GigyaLogoutResponseEvent = e;
    // @ts-expect-error errorCode is a number, not a string
    const wrong: string = e.detail.errorCode;
    void [n, message, status, params, event, wrong];
  });
  el.addEventListener('gigya-logout-request', (e) => {
    const params: LogoutParams = e.detail.params;
    const cid: string | undefined = e.detail.params.cid;
    const event: GigyaLogoutRequestEvent = e;
    // @ts-expect-error detail has params, not the response
    void e.detail.errorCode;
    void [params, cid, event];
  });
  document.addEventListener('gigya-logout', (e) => {
    const name: 'logout' = e.detail.eventName;
    const event: GigyaLogoutEvent = e;
    const detail: LogoutEvent = e.detail;
    void [name, event, detail];
  });
  window.addEventListener('gigya-logout', (e) => {
    const isGlobal: true = e.detail.isGlobal;
    void isGlobal;
  });

  const promise: Promise<LogoutResponse> = document.createElement('gigya-logout').logout();
  void promise.then((r) => {
    const n: number = r.errorCode;
    void n;
  });
  const busy: boolean = el.busy;
  // @ts-expect-error busy is read-only
  el.busy = true;
  el.cid = 'header';
  el.forceProvidersLogout = false;
  el.context = { any: 'value' };
  el.timeout = 5000;
  el.timeout = '5000';
  // @ts-expect-error cid is a string
  el.cid = 5;
  void [typed, found, busy];
}

describe('<gigya-logout> types', () => {
  it('createElement gives a GigyaLogout whose logout() returns a Promise of the response', async () => {
    const el = document.createElement('gigya-logout');
    expect(el instanceof GigyaLogout, 'an upgraded GigyaLogout').to.equal(true);
    const heard: number[] = [];
    el.addEventListener('gigya-logout-request', (e) => e.preventDefault());
    el.addEventListener('gigya-logout-response', (e) => heard.push(e.detail.errorCode));
    const result = el.logout();
    expect(result).to.be.instanceOf(Promise);
    const response = await result;
    const n: number = response.errorCode;
    expect(n).to.equal(200001);
    expect(heard).to.deep.equal([]);
    expect(typeof typeChecks).to.equal('function');
  });
});

// The element layer's one entry into the core: its params, the canceled answer, the site check and
// the port (logout, listening by scope: the page has one document listener, whichever copy adds it).

import { expect } from '@open-wc/testing';
import { canceled, isSiteOf, paramsOf, port } from '../../src/core/element-api.js';
import { core } from '../../src/core/shared-core.js';
import type { LogoutEvent } from '../../src/core/types.js';
import { cleanup, onCleanup } from '../helpers/cleanup.js';
import { logout } from '../helpers/logout.js';
import { freshKey } from '../helpers/session.js';
import { setGlobalConf } from '../helpers/stubs.js';

const event = (apiKey?: string): LogoutEvent => ({
  eventName: 'logout',
  fullEventName: 'logout',
  isGlobal: true,
  ...(apiKey ? { apiKey } : {}),
});

describe('core: the element API', () => {
  afterEach(cleanup);

  it("paramsOf: the element's own params over Global Conf; unset ones do not override", () => {
    setGlobalConf({ apiKey: 'conf-key', cid: 'conf', dataCenter: 'eu1' });
    expect({ ...paramsOf({ cid: 'own', dataCenter: undefined }) }).to.deep.equal({ apiKey: 'conf-key', cid: 'own', dataCenter: 'eu1' });
  });

  it('canceled: 200001 Operation canceled, with the params, nothing sent', () => {
    const params = { apiKey: '3_k', context: 'ctx' };
    expect(canceled(params)).to.include({
      errorCode: 200001,
      errorMessage: 'Operation canceled',
      status: 'FAIL',
      operation: 'logout',
      context: 'ctx',
    });
    // docs/contract.md §2.3: a plain object with the params' own fields (no longer the caller's object).
    const { requestParams } = canceled(params);
    expect(Object.getPrototypeOf(requestParams) === Object.prototype, 'a plain object').to.equal(true);
    expect(requestParams).to.deep.equal(params);
  });

  it("the port reaches the page's shared core, and offers nothing else", () => {
    expect(core === (globalThis as unknown as Record<symbol, unknown>)[Symbol.for('gigya-logout.core')]).to.equal(true);
    expect(Object.keys(port).sort()).to.deep.equal(['logout', 'mirrorSdk', 'onLogout']);
    expect(port === core.port, "the shared core's port").to.equal(true);
    expect(port.logout).to.equal(core.socialize.logout);
  });

  it("isSiteOf: the element's API key, else Global Conf's; an unknown key on either side matches", () => {
    expect(isSiteOf('3_a', event('3_a'))).to.equal(true);
    expect(isSiteOf('3_a', event('3_b'))).to.equal(false);
    expect(isSiteOf('3_a', event())).to.equal(true);
    expect(isSiteOf(undefined, event('3_b'))).to.equal(true);
    setGlobalConf({ apiKey: '3_a' });
    expect(isSiteOf(undefined, event('3_b'))).to.equal(false);
    expect(isSiteOf(undefined, event('3_a'))).to.equal(true);
  });

  it('onLogout: the page keeps one document listener (a second is ignored); element listeners all hear a logout', async () => {
    const heard: string[] = [];
    const listeners: [(event: LogoutEvent) => void, 'element' | 'document'][] = [
      [() => heard.push('document 1'), 'document'],
      [() => heard.push('document 2'), 'document'],
      [() => heard.push('element 1'), 'element'],
      [() => heard.push('element 2'), 'element'],
    ];
    for (const [onLogout, scope] of listeners) {
      port.onLogout(onLogout, scope);
      onCleanup(() => core.socialize.removeEventHandlers({ onLogout }));
    }
    await logout({ apiKey: freshKey() });
    expect(heard).to.deep.equal(['document 1', 'element 1', 'element 2']);
  });

  it('onLogout: what it returns removes that listener, and only it', async () => {
    const heard: string[] = [];
    const stop = port.onLogout(() => heard.push('stopped'), 'element');
    const kept = () => heard.push('kept');
    port.onLogout(kept, 'element');
    onCleanup(() => core.socialize.removeEventHandlers({ onLogout: kept }));
    stop();
    await logout({ apiKey: freshKey() });
    expect(heard).to.deep.equal(['kept']);
  });
});

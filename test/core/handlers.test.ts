// docs/contract.md §2.4 and §2.2 steps 6-7: onLogout handlers (addEventHandlers/removeEventHandlers): the event's
// shape and context, order, once per logout, before the callback, only on success; and a throwing
// handler or callback stops nothing.

import { expect } from '@open-wc/testing';
import { socialize } from '../../src/core/index.js';
import type { LogoutEvent } from '../../src/core/types.js';
import { addHandler, logout, recordLogouts } from '../helpers/logout.js';
import { freshKey, sessionCookiesLeft, signedIn } from '../helpers/session.js';
import { stubConsoleError } from '../helpers/stubs.js';
import { setup } from '../helpers/setup.js';

describe('core: onLogout handlers', () => {
  const info = setup();

  it("the event is { eventName: 'logout', fullEventName: 'logout', isGlobal: true, apiKey, context } with the call's context by reference", async () => {
    const { apiKey } = await signedIn();
    const events = recordLogouts();
    const context = { id: 'ctx' };

    await logout({ apiKey, apiDomain: info.origin, context });

    expect(events).to.have.length(1);
    expect(events[0]).to.deep.equal({ eventName: 'logout', fullEventName: 'logout', isGlobal: true, apiKey, context });
    expect(events[0].context).to.equal(context);
  });

  it("context: the call's, else the handler's registered one, else absent", async () => {
    const apiKey = freshKey();
    const handlerContext = { registered: true };
    const withContext = recordLogouts(handlerContext);
    const without = recordLogouts();
    const callContext = { call: true };

    await logout({ apiKey, apiDomain: info.origin, context: callContext });
    await logout({ apiKey, apiDomain: info.origin });

    expect(withContext.map((e) => e.context)).to.deep.equal([callContext, handlerContext]);
    expect(withContext[0].context).to.equal(callContext);
    expect(withContext[1].context).to.equal(handlerContext);
    expect(without[0].context).to.equal(callContext);
    expect('context' in without[1]).to.equal(false);
    expect(without[1]).to.deep.equal({ eventName: 'logout', fullEventName: 'logout', isGlobal: true, apiKey });
  });

  it('every handler once per logout, in registration order, before the callback', async () => {
    const { apiKey } = await signedIn();
    const log: string[] = [];
    addHandler(() => log.push('first'));
    addHandler(() => log.push('second'));
    addHandler(() => log.push('third'));

    await logout({ apiKey, apiDomain: info.origin, callback: () => log.push('callback') });

    expect(log).to.deep.equal(['first', 'second', 'third', 'callback']);
  });

  it('a handler added while a logout is being announced hears the next logout, not that one', async () => {
    const apiKey = freshKey();
    const log: string[] = [];
    let added = false;
    addHandler(() => {
      log.push('first');
      if (!added) {
        added = true;
        addHandler(() => log.push('added during the first logout'));
      }
    });

    await logout({ apiKey, apiDomain: info.origin });
    expect(log).to.deep.equal(['first']);

    await logout({ apiKey, apiDomain: info.origin });
    expect(log).to.deep.equal(['first', 'first', 'added during the first logout']);
  });

  it('not fired on failure', async () => {
    const { apiKey } = await signedIn('error:500001');
    const events = recordLogouts();

    const response = await logout({ apiKey, apiDomain: info.origin });

    expect(response.errorCode).to.equal(500001);
    expect(events).to.have.length(0);
    expect(sessionCookiesLeft(apiKey)).to.deep.equal([]);
  });

  it('removeEventHandlers stops a handler; the others go on', async () => {
    const apiKey = freshKey();
    const removed: LogoutEvent[] = [];
    const onLogout = (event: LogoutEvent) => void removed.push(event);
    socialize.addEventHandlers({ onLogout });
    const kept = recordLogouts();

    await logout({ apiKey, apiDomain: info.origin });
    socialize.removeEventHandlers({ onLogout });
    await logout({ apiKey, apiDomain: info.origin });

    expect(removed).to.have.length(1);
    expect(kept).to.have.length(2);
  });

  it('a throwing handler and a throwing callback stop neither the other handlers nor the promise', async () => {
    const { apiKey } = await signedIn();
    const errors = stubConsoleError();
    const handlerError = new Error('handler failed');
    const callbackError = new Error('callback failed');
    addHandler(() => {
      throw handlerError;
    });
    const after = recordLogouts();

    const response = await logout({
      apiKey,
      apiDomain: info.origin,
      callback: () => {
        throw callbackError;
      },
    });

    expect(response.errorCode).to.equal(0);
    expect(after).to.have.length(1);
    expect(errors.length).to.equal(2);
    expect(errors.map((args) => args[0])).to.deep.equal([handlerError, callbackError]);
    expect(sessionCookiesLeft(apiKey)).to.deep.equal([]);
  });

  it('addEventHandlers answers its own callback with errorCode 0', () => {
    const answers: unknown[] = [];
    const onLogout = () => undefined;
    socialize.addEventHandlers({ onLogout, callback: (response) => void answers.push(response) });
    socialize.removeEventHandlers({ onLogout });
    expect(answers).to.have.length(1);
    expect(answers[0]).to.include({ errorCode: 0, errorMessage: '', operation: 'addEventHandlers' });
  });
});

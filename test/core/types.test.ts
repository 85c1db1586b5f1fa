// The core's public types (src/core/types.ts), as a user of `gigya-logout/core` writes against them
// (tsc --noEmit runs over test/ with strict; each `@ts-expect-error` fails the build when the line
// after it type-checks), and a real response has the fields its type promises.

import { expect } from '@open-wc/testing';
import { socialize } from '../../src/core/index.js';
import type { EventHandlersParams, LogoutEvent, LogoutParams, LogoutResponse } from '../../src/core/types.js';
import { cleanup } from '../helpers/cleanup.js';
import { logout } from '../helpers/logout.js';
import { freshKey } from '../helpers/session.js';

/** Never called: it only has to compile. */
export function typeChecks(): void {
  const params: LogoutParams = { apiKey: '3_k', cid: 'c', forceProvidersLogout: 'false', timeout: '2000', context: { any: 1 } };
  // @ts-expect-error alwaysSend is a boolean
  const wrong: LogoutParams = { alwaysSend: 'yes' };
  const handlers: EventHandlersParams = { onLogout: (event: LogoutEvent) => void event.eventName };
  void socialize.logout(params).then((response: LogoutResponse) => {
    const status: 'OK' | 'FAIL' = response.status;
    // @ts-expect-error errorCode is a number
    const code: string = response.errorCode;
    void [status, code];
  });
  void [wrong, handlers];
}

/** Every field LogoutResponse always has; `true` marks them (the compiler checks the names). */
const ALWAYS: Record<Exclude<keyof LogoutResponse, 'errorDetails' | 'connectedProviders' | 'context'> & string, true> & { context: true } =
  {
    errorCode: true,
    errorMessage: true,
    callId: true,
    status: true,
    statusMessage: true,
    operation: true,
    requestParams: true,
    context: true,
  };

describe('core: the public types', () => {
  afterEach(cleanup);

  it('a real response has every field its type always has', async () => {
    const response = await logout({ apiKey: freshKey() });
    for (const field of Object.keys(ALWAYS)) expect(response, field).to.have.property(field);
  });
});

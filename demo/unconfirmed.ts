// Says in words what a failed logout means when the session cookies are gone already: signed out on
// this device, Gigya did not confirm, the token goes again with the next logout (docs/contract.md §2.2 step 3).

import type { LogoutResponse } from '../src/index.js';

/** Shows (or hides) `notice` after each logout, given whether this device still has the session. */
export function explainUnconfirmed(notice: HTMLElement, hasSession: () => boolean): void {
  // A new logout in flight: what was said about the last one no longer holds.
  document.addEventListener('gigya-logout-request', () => (notice.hidden = true));
  document.addEventListener('gigya-logout-response', (event) => {
    const { errorCode, errorMessage } = (event as CustomEvent<LogoutResponse>).detail;
    const unconfirmed = errorCode !== 0 && !hasSession();
    notice.hidden = !unconfirmed;
    notice.textContent = unconfirmed
      ? `Signed out on this device, but Gigya did not confirm it (${errorMessage || `error ${errorCode}`}). ` +
        'Nothing more to do: the page keeps the login token, and it is sent again at the next logout.'
      : '';
  });
}

// One sentence a person who is not a developer understands, for each outcome of a logout; the codes
// follow it for developers (log.ts). What the page knew before the logout (was a session visible
// here, was anything to be sent) decides what "success" means.

import type { LogoutResponse } from '../src/index.js';

/** What the page knew when the logout started. */
export interface Before {
  /** A login token was there to send: a session cookie visible on this page, or one the library kept after an unconfirmed logout. */
  session: boolean;
  /** `always-send` was on: a request goes even without a visible session. */
  alwaysSend: boolean;
}

/** Codes answered before anything was sent: the session, and any kept token, stay as they were. */
const NOTHING_SENT = [200001, 400006, 400002];

/**
 * Whether the library now keeps the login token for the next logout (docs/contract.md §2.2 step 3):
 * a token was sent and the service did not confirm (an error, no answer, or an answer it could not read).
 */
export function keepsToken(response: LogoutResponse, before: Before | undefined): boolean {
  if (!before?.session) return false;
  if (response.errorCode === 0) return response.confirmed === false;
  return !NOTHING_SENT.includes(response.errorCode);
}

/** The developers' part of a result, after its codes: what became of the token. */
export function keptTokenNote(response: LogoutResponse, before: Before | undefined): string | undefined {
  return keepsToken(response, before) ? 'the login token is kept and sent again at the next logout' : undefined;
}

export function plainSentence(response: LogoutResponse, before: Before | undefined): string {
  const { errorCode } = response;
  if (errorCode === 0) {
    if (response.confirmed === false)
      return 'You are signed out on this device; Gigya got the logout, but its answer could not be read to confirm it.';
    if (before && !before.session && !before.alwaysSend)
      return 'There was no session here, so nothing was sent: you were already signed out.';
    return 'You are signed out.';
  }
  if (errorCode === 200001) return 'The logout was canceled before anything was sent; you are still signed in.';
  if (NOTHING_SENT.includes(errorCode)) return 'Nothing was sent: the page’s settings are not valid (the details say which).';
  // What happens to the token is for developers: keptTokenNote, on the line of codes.
  const here = before?.session ? ' You are signed out on this device.' : '';
  if (errorCode === 500026) return `Gigya could not be reached (offline or blocked).${here}`;
  if (errorCode === 504002) return `Gigya did not answer in time.${here}`;
  if (errorCode === 400093) return `Gigya does not know this site’s API key.${here}`;
  return `Gigya could not confirm the logout.${here}`;
}

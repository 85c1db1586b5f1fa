// One sentence a person who is not a developer understands, for each outcome of a logout; the codes
// follow it for developers (log.ts). What the page knew before the logout (was a session visible
// here, was anything to be sent) decides what "success" means.

import type { LogoutResponse } from '../src/index.js';

/** What the page knew when the logout started. */
export interface Before {
  /** A session cookie of the site was visible on this page. */
  session: boolean;
  /** `always-send` was on: a request goes even without a visible session. */
  alwaysSend: boolean;
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
  if (errorCode === 400006 || errorCode === 400002) return 'Nothing was sent: the page’s settings are not valid (the details say which).';
  const here = before?.session ? ' You are signed out on this device; the logout is sent again next time.' : '';
  if (errorCode === 500026) return `Gigya could not be reached (offline or blocked).${here}`;
  if (errorCode === 504002) return `Gigya did not answer in time.${here}`;
  if (errorCode === 400093) return `Gigya does not know this site’s API key.${here}`;
  return `Gigya could not confirm the logout.${here}`;
}

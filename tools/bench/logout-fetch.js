// The baselines' logout: what any hand-written logout button must do at least. Reads the session
// cookie once, POSTs the same form as the element to the same emulator, parses the JSON answer, and
// (given a target) dispatches the same `gigya-logout-response` event.
export const API_KEY = '3_bench';

export async function logoutFetch(target) {
  const glt = document.cookie.match(/(?:^|; )glt_3_bench=([^;|]*)/)?.[1];
  const exp = document.cookie.match(/(?:^|; )gltexp_3_bench=([^;]*)/)?.[1];
  const body = new URLSearchParams({ APIKey: API_KEY, authMode: 'cookie', format: 'json', sdk: 'bench', login_token: glt ?? '' });
  if (exp) body.set('loginTokenExp', exp);
  const response = await fetch('/socialize.logout', { method: 'POST', body, credentials: 'include' });
  const detail = JSON.parse(await response.text());
  target?.dispatchEvent(new CustomEvent('gigya-logout-response', { bubbles: true, composed: true, cancelable: true, detail }));
  return detail;
}

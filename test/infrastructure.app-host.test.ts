// Proves the "app-host" test group: files named *.app-host.test.ts run as a top-level page on
// http://app.example.test:<port>/, so cookies can be set on the parent domain example.test.

import { expect } from '@open-wc/testing';
import { emulatorInfo, login, logoutRequests, resetKey, uniqueApiKey, clearSessionCookies } from './helpers/emulator.js';

function hasCookie(name: string, value: string): boolean {
  return document.cookie.split('; ').includes(`${name}=${value}`);
}

describe('test infrastructure: app-host group', () => {
  it('runs as a top-level page on app.example.test', () => {
    expect(location.hostname).to.equal('app.example.test');
    expect(window.top).to.equal(window);
  });

  it('can set a cookie on the parent domain example.test, and remove it there', () => {
    document.cookie = 'probe=1; domain=example.test; path=/';
    expect(hasCookie('probe', '1')).to.equal(true);
    document.cookie = 'probe=; domain=example.test; path=/; max-age=0';
    expect(document.cookie.split('; ').some((c) => c.startsWith('probe='))).to.equal(false);
  });

  it('removal on the parent domain leaves a host-only cookie of the same name alone', () => {
    document.cookie = 'probe2=host; path=/';
    document.cookie = 'probe2=; domain=example.test; path=/; max-age=0';
    expect(hasCookie('probe2', 'host')).to.equal(true);
    document.cookie = 'probe2=; path=/; max-age=0';
    expect(hasCookie('probe2', 'host')).to.equal(false);
  });

  it('reaches the emulator on its own origin, which can set session cookies on example.test', async () => {
    const apiKey = uniqueApiKey();
    const info = await emulatorInfo();
    expect(info.origin).to.equal(location.origin);
    const session = await login(apiKey, { domain: 'example.test' });
    expect(hasCookie(`glt_${apiKey}`, session.cookie)).to.equal(true);
    const response = await fetch('/socialize.logout', {
      method: 'POST',
      body: new URLSearchParams({ APIKey: apiKey, login_token: session.token }),
    });
    expect(((await response.json()) as { errorCode: number }).errorCode).to.equal(0);
    const [recorded] = await logoutRequests(apiKey);
    expect(recorded.cookie).to.include(`glt_${apiKey}=`);
    clearSessionCookies(apiKey, 'example.test');
    expect(document.cookie).not.to.include(`glt_${apiKey}=`);
    await resetKey(apiKey);
  });
});

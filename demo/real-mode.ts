// Real Gigya mode (`?apiKey=…&dataCenter=…`): say so, hide what only the emulator can do, and flag
// the values the SDK will refuse, by the SDK's own rules.

import { checkSite } from '../src/core/index.js';
import { invalidReason } from '../src/core/validation.js';
import { byId } from './dom.js';

export function showRealMode(apiKey: string, dataCenter: string | undefined): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-emulator-only]')) el.hidden = true;
  for (const el of document.querySelectorAll<HTMLElement>('[data-real-only]')) el.hidden = false;
  byId('real-notice', HTMLElement).hidden = false;
  byId('real-api-key', HTMLElement).textContent = apiKey || '(empty)';
  byId('real-data-center', HTMLElement).textContent = dataCenter ?? 'us1 (the default)';
  const doubts: string[] = [];
  if (invalidReason('apiKey', apiKey)) doubts.push(`the apiKey "${apiKey}" does not look like a Gigya API key`);
  if (invalidReason('dataCenter', dataCenter)) doubts.push(`"${dataCenter}" is not a Gigya data center`);
  if (doubts.length) {
    const warning = byId('real-warning', HTMLElement);
    warning.textContent =
      `Check the address: ${doubts.join(' and ')}. The SDK will refuse the logout; ` +
      'press Log out to see its own answer in the event log.';
    warning.hidden = false;
  }
  void showSiteCheck(apiKey, dataCenter);
}

/** Runs checkSite() (gigya-logout/core) for the site and shows its report, with a button to copy it. */
async function showSiteCheck(apiKey: string, dataCenter: string | undefined): Promise<void> {
  const status = byId('site-check-status', HTMLElement);
  const report = byId('site-check-report', HTMLElement);
  const copy = byId('site-check-copy', HTMLButtonElement);
  const result = await checkSite({ apiKey, ...(dataCenter ? { dataCenter } : {}) });
  const found: Record<string, string> = {
    reflect: 'Logouts here are sent and confirmed.',
    wildcard: 'Logouts here are sent and confirmed.',
    none: 'Logouts here are sent, but cannot be confirmed.',
    unreachable: 'Gigya could not be reached from this browser.',
  };
  status.textContent = result.errorCode ? 'The site could not be checked.' : `Checked. ${found[result.posture!]}`;
  byId('real-title', HTMLElement).textContent = result.errorCode
    ? 'A real Gigya site: its address is not valid'
    : result.posture == 'unreachable'
      ? 'A real Gigya site: not reachable from here'
      : 'A real Gigya site: reachable';
  report.textContent = result.text;
  report.hidden = false;
  copy.hidden = false;
  copy.addEventListener('click', () => {
    navigator.clipboard.writeText(result.text).then(
      () => (status.textContent = 'The report is copied.'),
      () => (status.textContent = 'Copying is not allowed here: select the report and copy it.'),
    );
  });
}

// Real Gigya mode (`?apiKey=…&dataCenter=…`): say so, hide what only the emulator can do, and flag
// the values the SDK will refuse, by the SDK's own rules.

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
}

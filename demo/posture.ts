// The demo's "Where Gigya answers" control: the emulator on this page's own origin (where CORS does
// not apply), or on its second origin in one of the postures a real API origin may have toward a page
// (docs/contract.md §2.2): CORS headers for this page, `Access-Control-Allow-Origin: *`, none, or no
// connection at all. A real origin's posture does not change while a page lives, and the library
// remembers for the life of the page how each origin could be read, so a change reloads the page
// with `?posture=` (a new visit, as a person would make to another site).

/** The choices of the control: `same-origin`, or a posture of the emulator (POSTURES of emulator/logout.mjs). */
export const DEMO_POSTURES = ['same-origin', 'cors=reflect', 'cors=wildcard', 'cors=none', 'blocked'] as const;
export type DemoPosture = (typeof DEMO_POSTURES)[number];

export const POSTURE_PARAM = 'posture';

/** The posture a query string asks for (`same-origin` when none, or one the demo does not know). */
export function postureFrom(search: string): DemoPosture {
  const asked = new URLSearchParams(search).get(POSTURE_PARAM);
  return (DEMO_POSTURES as readonly string[]).includes(asked ?? '') ? (asked as DemoPosture) : 'same-origin';
}

/** What a logout meets, in words, once applied. */
const MEANING: Record<DemoPosture, string> = {
  'same-origin': 'Logouts go to this page’s own origin: CORS does not apply.',
  'cors=reflect': 'sends CORS headers for this page (with credentials).',
  'cors=wildcard': 'answers Access-Control-Allow-Origin: * (no credentials).',
  'cors=none': 'sends no CORS headers: the logout arrives, its answer cannot be read.',
  blocked: 'refuses every connection, as an ad blocker or a firewall does.',
};

const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];

export interface PostureControl {
  select: HTMLSelectElement;
  /** Where the second origin is named. */
  origin: HTMLElement;
  /** A polite status line: what the emulator now does. */
  status: HTMLElement;
  apiKey: string;
  /** Tells the emulator a posture for `apiKey` (`POST /__emulator/answer`). */
  tell: (posture: string) => Promise<unknown>;
  /** Sets (an origin) or removes (undefined) `api-domain` on every element of the page. */
  setApiDomain: (origin: string | undefined) => void;
}

/** The emulator's second origin, from `GET /__emulator/info`, when it runs one. */
async function crossOrigin(): Promise<string | undefined> {
  const response = await fetch('/__emulator/info', { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`the emulator answered ${response.status} to /__emulator/info`);
  const info = (await response.json()) as { crossOrigin?: unknown };
  return typeof info.crossOrigin === 'string' ? info.crossOrigin : undefined;
}

/**
 * Applies the posture of this page's URL (the emulator's posture for the key, and the elements'
 * `api-domain`); the select then reloads the page with another. `data-applied` on the select says
 * which posture is in force. Rejects with a readable error when the emulator cannot be told.
 */
export async function startPostureControl(ui: PostureControl): Promise<void> {
  let posture = postureFrom(location.search);
  ui.select.value = posture;
  ui.select.addEventListener('change', () => {
    const url = new URL(location.href);
    if (ui.select.value === 'same-origin') url.searchParams.delete(POSTURE_PARAM);
    else url.searchParams.set(POSTURE_PARAM, ui.select.value);
    ui.select.removeAttribute('data-applied');
    ui.status.textContent = 'Reloading the page…';
    location.assign(url.href);
  });

  // The second origin is on this machine's loopback: a browser elsewhere cannot reach it.
  const other = LOOPBACK.includes(location.hostname) ? await crossOrigin() : undefined;
  ui.origin.textContent = other ?? 'not available here';
  if (!other) {
    for (const option of ui.select.options) option.disabled = option.value !== 'same-origin';
    posture = 'same-origin';
    ui.select.value = posture;
  }
  await ui.tell(posture === 'same-origin' ? 'cors=reflect' : posture);
  ui.setApiDomain(posture === 'same-origin' ? undefined : other);
  ui.select.dataset.applied = posture;
  ui.status.textContent = posture === 'same-origin' ? MEANING[posture] : `Logouts go to ${other}, which ${MEANING[posture]}`;
}

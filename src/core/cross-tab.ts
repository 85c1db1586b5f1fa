import { globalConf, isOff, mergeParams } from './params.js';
import { newCallId } from './response.js';

/** The channel that every tab, window and frame of the origin shares (SPEC §5). */
export const CHANNEL = 'gigya-logout';

/** The onLogout event's `source` for a logout announced by another tab. */
export const OTHER_TAB = 'other-tab';

/** All that crosses to the other tabs: a logout succeeded, for this site when known, sent by `from`. */
export interface LogoutMessage {
  type: 'logout';
  /** The sending core's id: a core never acts on its own message. */
  from: string;
  apiKey?: string;
}

export interface CrossTab {
  /** Opens the channel (first use: an element connecting, a handler added, a call), unless turned off. */
  listen(): void;
  /** Tells the other tabs that a logout of `apiKey` (when known) succeeded here. */
  send(apiKey?: string): void;
}

const API_KEY = /^[\w.-]+$/;

/** Global Conf `crossTabLogout: false` (or `0`, `'false'`, `'0'`) turns the feature off for this tab. */
function turnedOff(): boolean {
  try {
    return isOff(globalConf().crossTabLogout);
  } catch {
    return false;
  }
}

/** The Global Conf's API key (`apiKey` or `APIKey`), when the page has one. */
export function confApiKey(): string | undefined {
  try {
    return mergeParams().apiKey;
  } catch {
    return undefined;
  }
}

/** A logout of `apiKey` concerns a listener of site `own` unless both keys are known and differ. */
export const sameSite = (own: string | undefined, apiKey: string | undefined): boolean => !own || !apiKey || own == apiKey;

/**
 * The message's API key (`apiKey: undefined` when it has none) when `data` is a logout message of
 * another core; `undefined` for anything else. Only own data properties count, so a polluted
 * `Object.prototype` adds nothing.
 */
export function readMessage(data: unknown, self: string): { apiKey?: string } | undefined {
  if (!data || typeof data != 'object') return;
  const own = (key: string): unknown => Object.getOwnPropertyDescriptor(data, key)?.value;
  const apiKey = own('apiKey');
  if (
    own('type') === 'logout' &&
    typeof own('from') == 'string' &&
    own('from') !== self &&
    (apiKey === undefined || (typeof apiKey == 'string' && API_KEY.test(apiKey)))
  )
    return { apiKey: apiKey as string | undefined };
}

/** The cross-tab link of one core; `hear` gets the API key (when known) of each other tab's logout. */
export function createCrossTab(hear: (apiKey: string | undefined) => void): CrossTab {
  const id = newCallId();
  let channel: BroadcastChannel | undefined;
  /** A new channel, or none where the page may not have one (say, an opaque origin). */
  const open = (): BroadcastChannel | undefined => {
    try {
      if (!turnedOff()) return new BroadcastChannel(CHANNEL);
    } catch {
      // no BroadcastChannel here: this tab neither tells nor hears the others
    }
  };

  return {
    listen() {
      if (channel) return;
      channel = open();
      if (channel)
        channel.onmessage = ({ data }) => {
          const message = readMessage(data, id);
          if (message && !turnedOff()) hear(message.apiKey);
        };
    },
    send(apiKey) {
      // A tab that does not listen (no element, handler or call yet) still tells the others.
      const out = channel && !turnedOff() ? channel : open();
      if (!out) return;
      const message: LogoutMessage = { type: 'logout', from: id };
      if (apiKey) message.apiKey = apiKey;
      out.postMessage(message);
      if (out != channel) out.close();
    },
  };
}

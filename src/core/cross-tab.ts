import { isOff } from './coercion.js';
import { globalConf } from './conf.js';

/** The channel that every tab, window and frame of the origin shares (docs/contract.md §5). */
export const CHANNEL = 'gigya-logout';

/** The onLogout event's `source` for a logout announced by another tab. */
export const OTHER_TAB = 'other-tab';

/**
 * All that crosses to the other tabs is a string: `logout:` and the API key when known (a logout
 * succeeded, for this site). A core never hears itself: it sends on the channel it listens on, and a
 * channel does not hear its own messages.
 */
const MESSAGE = /^logout:([\w.-]*)$/;

export interface CrossTab {
  /** Opens the channel (first use: an element connecting, a handler added, a call), unless turned off. */
  _listen(): void;
  /** Tells the other tabs that a logout of `apiKey` (when known) succeeded here. */
  _send(apiKey?: string): void;
}

/** The API key of a logout message (`''` when it has none), or `undefined` for anything else. */
export const readMessage = (data: unknown): string | undefined => (typeof data == 'string' ? MESSAGE.exec(data)?.[1] : undefined);

/** The cross-tab link of one core; `hear` gets the API key (when known) of each other tab's logout. */
export function createCrossTab(hear: (apiKey?: string) => void): CrossTab {
  let channel: BroadcastChannel | undefined;
  const on = () => !isOff(globalConf().crossTabLogout);
  /** A new channel, or none when turned off or where the page may not have one. */
  const open = () => {
    try {
      return on() ? new BroadcastChannel(CHANNEL) : undefined;
    } catch {
      // no BroadcastChannel here: this tab neither tells nor hears the others
    }
  };

  return {
    _listen() {
      if (!channel && (channel = open()))
        channel.onmessage = ({ data }) => {
          const apiKey = readMessage(data);
          if (apiKey != null && on()) hear(apiKey || undefined);
        };
    },
    _send(apiKey) {
      // A tab that does not listen (no element, handler or call yet) still tells the others.
      const out = channel && on() ? channel : open();
      out?.postMessage(`logout:${apiKey ?? ''}`);
      if (out != channel) out?.close();
    },
  };
}

// Per-API-key state of the Gigya emulator: sessions, answer modes, held requests, recorded requests.
// Every API key is independent, so test files running at the same time never disturb each other.

/**
 * A session created by `POST /__emulator/login`.
 * @typedef {object} Session
 * @property {string} token login token (`st2.…`)
 * @property {number} exp expiry, unix seconds
 * @property {string} [connectedProviders] e.g. `facebook,saml-idp1`
 * @property {string} [samlContext]
 * @property {string} [connectedSamlSessions] e.g. `sess1,sess2`
 * @property {string} [email]
 */

/**
 * A request the emulator received (logout POSTs and SAML GETs).
 * @typedef {object} RecordedRequest
 * @property {string} method
 * @property {string} path URL path without the query
 * @property {string} url path + query
 * @property {string} contentType Content-Type header or ''
 * @property {string} origin Origin header or ''
 * @property {string} cookie Cookie header or ''
 * @property {string} host Host header: which server (origin) got the request
 * @property {Record<string, string>} fields body fields (POST) or query parameters (GET)
 * @property {number} time arrival time, ms since the epoch
 */

/**
 * @typedef {object} KeyState
 * @property {Map<string, Session>} sessions live sessions by token
 * @property {string[]} queue answers to use once each, first first
 * @property {string | undefined} sticky answer used when the queue is empty (default `ok`)
 * @property {'ok' | 'hang'} saml how the SAML endpoints answer
 * @property {Set<() => void>} held release functions of requests waiting in `hold` mode
 * @property {Set<() => void>} heldWaiters called each time a request starts being held
 * @property {string | undefined} location where `redirect:<status>` answers point
 * @property {string} posture the server's stance toward the page: POSTURES of logout.mjs (default `cors=reflect`)
 * @property {RecordedRequest[]} requests in arrival order
 */

/** Per-key state store. */
export class EmulatorState {
  /** @type {Map<string, KeyState>} */
  #keys = new Map();

  /**
   * The state of one API key, created on first use.
   * @param {string} apiKey
   * @returns {KeyState}
   */
  key(apiKey) {
    let state = this.#keys.get(apiKey);
    if (!state) {
      state = {
        sessions: new Map(),
        queue: [],
        sticky: undefined,
        saml: 'ok',
        held: new Set(),
        heldWaiters: new Set(),
        location: undefined,
        posture: 'cors=reflect',
        requests: [],
      };
      this.#keys.set(apiKey, state);
    }
    return state;
  }

  /**
   * Takes the answer mode for the next logout: a queued one (consumed), else the sticky one, else `ok`.
   * @param {string} apiKey
   * @returns {string}
   */
  nextAnswer(apiKey) {
    const state = this.key(apiKey);
    return state.queue.shift() ?? state.sticky ?? 'ok';
  }

  /**
   * With `times`, queues `answer` that many times; without, makes it the sticky answer and clears the queue.
   * @param {string} apiKey
   * @param {string} answer
   * @param {number} [times]
   */
  setAnswer(apiKey, answer, times) {
    const state = this.key(apiKey);
    if (times === undefined) {
      state.sticky = answer;
      state.queue = [];
    } else {
      for (let i = 0; i < times; i++) state.queue.push(answer);
    }
  }

  /**
   * Ends a live session and returns it (undefined when the token is not a live session of this key).
   * @param {string} apiKey
   * @param {string | undefined} token
   * @returns {Session | undefined}
   */
  endSession(apiKey, token) {
    const state = this.key(apiKey);
    if (!token) return undefined;
    const session = state.sessions.get(token);
    state.sessions.delete(token);
    return session;
  }

  /**
   * Resolves once at least `count` requests of the key are held (at once), with how many are.
   * @param {string} apiKey
   * @param {number} count
   * @returns {Promise<number>}
   */
  heldCount(apiKey, count) {
    const state = this.key(apiKey);
    return new Promise((resolve) => {
      const check = () => {
        if (state.held.size < count) return;
        state.heldWaiters.delete(check);
        resolve(state.held.size);
      };
      state.heldWaiters.add(check);
      check();
    });
  }

  /**
   * Lets every request held in `hold` mode go on.
   * @param {string} apiKey
   * @returns {number} how many were released
   */
  release(apiKey) {
    const held = [...this.key(apiKey).held];
    this.key(apiKey).held.clear();
    for (const go of held) go();
    return held.length;
  }

  /**
   * Forgets everything about a key (held requests are released first).
   * @param {string} apiKey
   */
  reset(apiKey) {
    this.release(apiKey);
    this.#keys.delete(apiKey);
  }
}

// The element's class, with no side effects: src/define.ts defines the tag (and relays logouts to
// `document`); the package root and the CDN bundle import that.
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import {
  canceled,
  invalidReason,
  isOff,
  isSiteOf,
  paramsOf,
  port,
  warn,
  type LogoutEvent,
  type LogoutResponse,
} from './core/element-api.js';
import { emit } from './element/events.js';
import { languageOf, unwatchLanguage, watchLanguage } from './element/language.js';
import { safeRedirect } from './element/redirect.js';
import { styles } from './element/styles.js';

// Also brings the typed event map (GlobalEventHandlersEventMap) into this entry point's declarations.
export type {
  GigyaLogoutActiveEvent,
  GigyaLogoutEvent,
  GigyaLogoutIdleWarningDetail,
  GigyaLogoutIdleWarningEvent,
  GigyaLogoutRequestDetail,
  GigyaLogoutRequestEvent,
  GigyaLogoutResponseEvent,
} from './element/events.js';

/** The idle sign-out (src/element/idle.ts), loaded on the first element with `idle-timeout`: a module of its own. */
type Idle = typeof import('./element/idle.js');
let idleModule: Promise<Idle> | undefined;
let idle: Idle | undefined;

/**
 * A button that logs the user out of SAP Customer Data Cloud (Gigya), with gigya.js's
 * `socialize.logout` semantics, and reports it as DOM events. A logout in another tab of the same
 * origin is reported too (`gigya-logout` with `detail.source` `'other-tab'`, no request), unless
 * Global Conf `crossTabLogout` is `false`.
 *
 * Its default label and announcements speak the element's language: its `lang` or the nearest
 * ancestor's below `<html>` (across shadow roots), else Global Conf `lang`, else `<html lang>`, else
 * English, once that language's module (`gigya-logout/locales/<lang>.js`) is on the page. Arabic,
 * Persian and Hebrew render right-to-left unless an explicit `dir` decides. Changes of the element's
 * own `lang` and of `<html lang>` re-render it; other ancestors' at its next render.
 *
 * With `idle-timeout`, it signs the user out after that many seconds without a press, key, wheel or
 * touch in any tab of the origin, after an accessible warning (a modal `<dialog>` in its shadow root,
 * `idle-warning` seconds before the end) that every tab shows. The code for it loads only then. A page
 * restored from the back/forward cache whose session ended meanwhile hears `gigya-logout` with
 * `detail.source` `'restored'`.
 *
 * @summary Logs the user out of Gigya when activated.
 *
 * @fires {GigyaLogoutRequestEvent} gigya-logout-request - Before anything is sent; detail `{ params }`. Cancel it to stop the logout.
 * @fires {GigyaLogoutEvent} gigya-logout - Each time the user is logged out of this element's site, whoever started it, also in another tab (then `detail.source` is `'other-tab'` and there is no `context`; Global Conf `crossTabLogout: false` turns that off); detail is the onLogout event. Does not bubble; `document` gets one bubbling copy per logout.
 * @fires {GigyaLogoutResponseEvent} gigya-logout-response - Once per logout this element started, success or failure; detail is the response. Cancel it to skip `redirect-url`.
 * @fires {GigyaLogoutIdleWarningEvent} gigya-logout-idle-warning - The idle warning opens; detail `{ secondsLeft }`. Cancel it to show your own warning, and call `stayActive()` or `logout()`.
 * @fires {GigyaLogoutActiveEvent} gigya-logout-active - The idle warning ended by activity (here or in another tab), or `stayActive()`.
 *
 * @attr {number} idle-timeout - Seconds without activity in any tab of the origin before the idle sign-out (above 0, at most 86400). Absent: none.
 * @attr {number} idle-warning - Seconds before the idle sign-out when the warning opens (0 to less than `idle-timeout`); default 60, or half a shorter timeout.
 * @attr {string} lang - The language of the default label and announcements (else an ancestor's, Global Conf `lang`, `<html lang>`, English).
 *
 * @slot - The button's label. Default: "Log out", in the element's language.
 *
 * @csspart button - The native `<button>`.
 * @csspart label - Wraps the label; hidden (but still read) while busy.
 * @csspart spinner - Shown over the label while busy.
 * @csspart status - The visually hidden live region that announces progress and the result.
 * @csspart idle-dialog - The idle warning, a modal `<dialog>` (also its `::backdrop`).
 * @csspart idle-title - The warning's heading.
 * @csspart idle-message - The warning's text.
 * @csspart idle-countdown - The visible time left (m:ss).
 * @csspart idle-actions - Wraps the two buttons.
 * @csspart idle-stay - The "Stay signed in" button (focused when the warning opens).
 * @csspart idle-leave - The "Sign out now" button.
 * @csspart idle-status - The visually hidden live region that announces the time left.
 *
 * @cssprop [--gigya-logout-background=#0a5ea8] - Button background.
 * @cssprop [--gigya-logout-color=#fff] - Button text color.
 * @cssprop [--gigya-logout-border=0] - Button border.
 * @cssprop [--gigya-logout-radius=0.375em] - Button corner radius.
 * @cssprop [--gigya-logout-padding=0 1em] - Button padding.
 * @cssprop [--gigya-logout-height=2.25em] - Button minimum height.
 * @cssprop [--gigya-logout-focus-ring=2px solid #0a5ea8] - Outline when focused by keyboard.
 *
 * @cssstate busy - While a logout is in flight (also the `busy` attribute).
 */
export class GigyaLogout extends LitElement {
  static override shadowRootOptions: ShadowRootInit = { mode: 'open', delegatesFocus: true };
  static override styles = styles;

  static override properties = {
    cid: {},
    forceProvidersLogout: {
      attribute: 'force-providers-logout',
      converter: { fromAttribute: (value: string | null) => !isOff(value) },
    },
    context: {},
    apiKey: { attribute: 'api-key' },
    dataCenter: { attribute: 'data-center' },
    apiDomain: { attribute: 'api-domain' },
    alwaysSend: { attribute: 'always-send', type: Boolean },
    timeout: {},
    redirectUrl: { attribute: 'redirect-url' },
    disabled: { type: Boolean, reflect: true },
    busyText: { attribute: 'busy-text' },
    successText: { attribute: 'success-text' },
    failureText: { attribute: 'failure-text' },
    // Its own `lang` and `dir` render it again (src/element/language.ts); a MutationObserver per element cost ~4% of upgrade.
    _langAttribute: { attribute: 'lang' },
    _dirAttribute: { attribute: 'dir' },
    label: { attribute: 'aria-label' },
    idleTimeout: { attribute: 'idle-timeout' },
    idleWarning: { attribute: 'idle-warning' },
    _pending: { state: true },
    _phase: { state: true },
  };

  /** Context ID sent with the call (at most 100 characters); overrides Global Conf `cid`. */
  cid?: string;

  /** Also log out of Facebook/SAML. The attribute values `false` and `0` (any case) turn it off. */
  forceProvidersLogout = true;

  /** Passed back by reference in the response and the onLogout event; never sent to the server. */
  context?: unknown;

  /** The site's API key; overrides Global Conf `apiKey`. */
  apiKey?: string;

  /** Gigya data center (`us1`, `eu1`, …); overrides Global Conf `dataCenter`. */
  dataCenter?: string;

  /** A custom API origin (`https://login.example.com`); overrides Global Conf `apiDomain`. */
  apiDomain?: string;

  /** Send the request even when no session cookie is visible (HttpOnly cookies on a custom API domain). */
  alwaysSend = false;

  /** Milliseconds to wait for each attempt (there is at most one retry); default 15000. */
  timeout?: number | string;

  /** Where to go after a successful logout started here: this origin or Global Conf `redirectOrigins` only. */
  redirectUrl?: string;

  /** Blocks activation by a person (click, keys); `logout()` still works. */
  disabled = false;

  /** Announced while busy; default "Signing out…" in the element's language. */
  busyText?: string;

  /** Announced after a successful logout; default "Signed out" in the element's language. */
  successText?: string;

  /** Announced after a failed logout; default "Sign-out failed" in the element's language. */
  failureText?: string;

  /** The host's `aria-label`, forwarded to the button. */
  label?: string;

  /** Seconds without activity in any tab of the origin before the idle sign-out (above 0, at most 86400); unset: none. */
  idleTimeout?: number | string;

  /** Seconds before the idle sign-out when the warning opens (0 to less than `idleTimeout`); default 60, or half a shorter timeout. */
  idleWarning?: number | string;

  private _pending?: Promise<LogoutResponse>;
  /** What the live region announces: the logout in flight, or its outcome. */
  private _phase?: 'busy' | 'success' | 'failure' | 'unconfirmed';
  private _internals?: ElementInternals;
  /** Stops relaying logouts to this element (while connected). */
  private _stopRelay?: () => void;
  /** The `lang` attribute: a change renders again (the element's language). */
  protected _langAttribute?: string;
  /** The `dir` attribute: a change renders again (an explicit `dir` wins over the language's direction). */
  protected _dirAttribute?: string;

  /** True while a logout is in flight. */
  get busy(): boolean {
    return !!this._pending;
  }

  constructor() {
    super();
    // While busy, logout() hands back the logout in flight: one per element.
    this.addEventListener('click', () => this.disabled || this.logout());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    port.mirrorSdk();
    this._stopRelay = port.onLogout(this._relayLogout, 'element');
    watchLanguage(this);
    this._syncIdle();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._stopRelay?.();
    unwatchLanguage(this);
    this._syncIdle();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    changed.forEach((_, name) => {
      const reason = invalidReason(name as string, this[name as keyof this]);
      if (reason) warn(`${reason}; a logout answers 400006`);
    });
    if (changed.has('idleTimeout') || changed.has('idleWarning')) this._syncIdle();
  }

  /** Joins, updates or leaves the page's idle timer (its module loads with the first `idle-timeout`). */
  private _syncIdle() {
    if (this.idleTimeout != null || idle)
      (idleModule ??= import('./element/idle.js')).then((module) => (idle = module).sync(this, GigyaLogout._idleHost));
  }

  /** What the idle module needs of the element layer: the element's language, and a logout with `source: 'idle'`. */
  private static _idleHost = { language: languageOf, logout: (el: GigyaLogout) => el._run('idle') };

  protected override render() {
    const { code, texts, dir = nothing } = languageOf(this);
    const phase = this._phase;
    // `success-text` says the server confirmed it: an unconfirmed logout has only its own words.
    const own = phase && phase != 'unconfirmed' ? this[`${phase}Text`] : undefined;
    return html`<button
        type="button"
        part="button"
        dir=${dir}
        ?disabled=${this.disabled}
        aria-disabled=${this.busy || nothing}
        aria-label=${this.label || nothing}
      >
        <span part="spinner" aria-hidden="true"></span
        ><span part="label"
          ><slot><span lang=${code}>${texts.label}</span></slot></span
        ></button
      ><span part="status" role="status" dir=${dir} lang=${(phase && own == null && code) || nothing}
        >${phase && (own ?? texts[phase])}</span
      >`;
  }

  /** Does what a click does; resolves with the response (200001 when the request event was canceled). */
  logout(): Promise<LogoutResponse> {
    return this._run();
  }

  /** Ends an idle warning as activity would (your own warning UI's "Stay signed in"); nothing when no warning or timer runs. */
  stayActive(): void {
    idle?.stay();
  }

  private _run(source?: string): Promise<LogoutResponse> {
    if (this._pending) return this._pending;
    const call: Record<string, unknown> = { alwaysSend: this.alwaysSend || undefined, source };
    for (const key of ['cid', 'forceProvidersLogout', 'context', 'apiKey', 'dataCenter', 'apiDomain', 'timeout'] as const)
      call[key] = this[key];
    const params = paramsOf(call);
    if (!emit(this, 'gigya-logout-request', { params }, { cancelable: true })) return Promise.resolve(canceled(params));
    this._phase = 'busy';
    this._setBusy(port.logout(params).then((response) => this._answered(response)));
    return this._pending!;
  }

  private _answered(response: LogoutResponse): LogoutResponse {
    this._setBusy();
    this._phase = response.errorCode ? 'failure' : response.confirmed === false ? 'unconfirmed' : 'success';
    if (emit(this, 'gigya-logout-response', response, { cancelable: true }) && !response.errorCode && this.redirectUrl)
      safeRedirect(this.redirectUrl, response.requestParams.redirectOrigins);
    return response;
  }

  private _setBusy(pending?: Promise<LogoutResponse>) {
    this._pending = pending;
    this.toggleAttribute('busy', !!pending);
    try {
      (this._internals ??= this.attachInternals()).states[pending ? 'add' : 'delete']('busy');
    } catch {
      // CustomStateSet before Chrome 125 / Firefox 126: the attribute still says it
    }
  }

  /** Relays logouts of this element's site only (its API key, or Global Conf's; docs/contract.md §1), also another tab's. */
  private _relayLogout = (event: LogoutEvent) => isSiteOf(this.apiKey, event) && emit(this, 'gigya-logout', event, { bubbles: false });
}

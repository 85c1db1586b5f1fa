// `<gigya-logout>` on the page: the guarded `customElements.define`, the one `document` relay of
// logouts (docs/contract.md §5), and the tag in `HTMLElementTagNameMap`. Importing the package root
// (src/index.ts), `gigya-logout/gigya-logout.js` (package.json maps it here) or the CDN bundle runs this;
// src/gigya-logout.ts is the class alone.
import { port } from './core/element-api.js';
import { emit } from './element/events.js';
import { GigyaLogout } from './gigya-logout.js';

export * from './gigya-logout.js';

port.onLogout((event) => emit(document, 'gigya-logout', event), 'document');

if (globalThis.customElements && !customElements.get('gigya-logout')) customElements.define('gigya-logout', GigyaLogout);

declare global {
  interface HTMLElementTagNameMap {
    'gigya-logout': GigyaLogout;
  }
}

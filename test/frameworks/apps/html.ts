// Plain HTML: the snippet's markup as a CMS would put it in a page (its CDN <script> is the bundle
// of the package root, imported here from the sources); the page's own listener and property.
import 'gigya-logout';
import snippet from '../../../examples/html/index.html';
import type { Mount } from '../scenario.js';

export const mount: Mount = (container, { user, onDone }) => {
  const markup = new DOMParser().parseFromString(snippet, 'text/html').querySelector('gigya-logout')!.outerHTML;
  container.insertAdjacentHTML('beforeend', markup);
  const live = container.querySelector('gigya-logout')!;
  live.context = user;
  live.addEventListener('gigya-logout-response', (event) => onDone(event.detail));
  return () => live.remove();
};

import { warn } from '../core/element-api.js';

/**
 * Navigates to `value` (resolved against `document.baseURI`) only when it is http(s) on this page's
 * origin or on one of `allowedOrigins`; anything else is refused with a console warning.
 */
export function safeRedirect(value: string, allowedOrigins: unknown): void {
  const origins = [location.origin];
  try {
    for (const origin of Array.isArray(allowedOrigins) ? allowedOrigins : [])
      try {
        origins.push(new URL(origin).origin);
      } catch {
        // not an origin: allows nothing
      }
  } catch {
    // a list that cannot be read (a revoked Proxy) allows nothing more
  }
  let target: URL | undefined;
  try {
    target = new URL(value, document.baseURI);
  } catch {
    // refused below
  }
  if (target && /^https?:$/.test(target.protocol) && origins.includes(target.origin)) location.assign(target.href);
  else warn(`redirect-url "${value}" refused: only http(s) on this origin or on __gigyaConf.redirectOrigins`);
}

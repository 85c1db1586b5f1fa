import type { LogoutParams } from './types.js';

/** A Gigya data center: its name (`eu1`) or its host (`eu1.gigya.com`, `cn1.sapcdm.cn`). */
export const DATA_CENTER = /^((us1|eu1|au1|ru1|cn1|il1|global)(\.gigya\.com)?|cn1\.sapcdm\.cn|cn1\.gigya-api\.cn)$/i;
export const LOOPBACK = /^(localhost|127\.0\.0\.1|\[::1\])$/;
/** A bare host name, the form gigya.js itself uses for `apiDomain` (`us1.gigya.com`, `login.example.com`). */
export const BARE_HOST = /^[a-z\d]([a-z\d-]*[a-z\d])?(\.[a-z\d]([a-z\d-]*[a-z\d])?)+$/i;
/** Hosts under these are Gigya data-center hosts: the services are `socialize.<host>`, `fidm.<host>`. */
const GIGYA_HOST = /(^|\.)(gigya\.com|gigya-api\.cn|sapcdm\.cn)$/i;

/**
 * `https://<service>.<data center host>`, or the custom API domain's origin. A bare-host `apiDomain`
 * means what it means to gigya.js: a data-center host under a Gigya domain, else the custom domain itself.
 */
export function serviceOrigin(params: LogoutParams, service: 'socialize' | 'fidm'): string {
  const domain = params.apiDomain;
  if (domain && BARE_HOST.test(domain)) return `https://${GIGYA_HOST.test(domain) ? `${service}.` : ''}${domain.toLowerCase()}`;
  if (domain) return new URL(domain).origin;
  const dataCenter = (params.dataCenter ?? 'us1').toLowerCase();
  return `https://${service}.${dataCenter.includes('.') ? dataCenter : dataCenter + '.gigya.com'}`;
}

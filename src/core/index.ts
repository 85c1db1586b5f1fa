/** The framework-free SDK core: `socialize.logout` and onLogout with gigya.js's shapes, and the site check. */
import { core } from './shared-core.js';

export const socialize = core.socialize;
export { checkSite } from './check-site.js';
export type { SiteCheckParams, SitePosture, SiteReport } from './check-site.js';
export type { EventHandlersParams, LogoutEvent, LogoutHandler, LogoutParams, LogoutResponse, Socialize } from './types.js';

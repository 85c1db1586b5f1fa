/** The framework-free SDK core: `socialize.logout` and onLogout with gigya.js's shapes. */
import { core } from './shared-core.js';

export const socialize = core.socialize;
export type { EventHandlersParams, LogoutEvent, LogoutHandler, LogoutParams, LogoutResponse, Socialize } from './types.js';

/**
 * `gigya-logout/react`: `<GigyaLogout>` for React 17 and 18, where a bare custom element gets
 * neither properties nor custom events (React 19 handles both: use the tag with
 * `gigya-logout/react-jsx`). Made with `@lit/react`; importing it defines the element.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import {
  GigyaLogout as GigyaLogoutElement,
  type GigyaLogoutEvent,
  type GigyaLogoutRequestEvent,
  type GigyaLogoutResponseEvent,
} from './define.js';

export const GigyaLogout = createComponent({
  tagName: 'gigya-logout',
  elementClass: GigyaLogoutElement,
  react: React,
  events: {
    onLogoutRequest: 'gigya-logout-request' as EventName<GigyaLogoutRequestEvent>,
    onLogout: 'gigya-logout' as EventName<GigyaLogoutEvent>,
    onLogoutResponse: 'gigya-logout-response' as EventName<GigyaLogoutResponseEvent>,
  },
  displayName: 'GigyaLogout',
});

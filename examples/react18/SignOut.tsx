import { GigyaLogout } from 'gigya-logout/react'; // React 17 and 18: properties and events through @lit/react
import type { LogoutResponse } from 'gigya-logout';

export function SignOut({ user, onDone }: { user: object; onDone: (response: LogoutResponse) => void }) {
  return (
    <GigyaLogout
      cid="header"
      forceProvidersLogout={false}
      context={user}
      onLogoutResponse={(event) => onDone(event.detail)}
    >
      Sign out
    </GigyaLogout>
  );
}

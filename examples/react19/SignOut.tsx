import 'gigya-logout/react-jsx'; // defines <gigya-logout> and types it in TSX
import type { LogoutResponse } from 'gigya-logout';

export function SignOut({ user, onDone }: { user: object; onDone: (response: LogoutResponse) => void }) {
  return (
    <gigya-logout
      cid="header"
      forceProvidersLogout={false}
      context={user}
      ongigya-logout-response={(event) => onDone(event.detail)}
    >
      Sign out
    </gigya-logout>
  );
}

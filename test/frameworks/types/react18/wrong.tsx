// Wrong uses of gigya-logout/react that React 18's checker must reject (docs/contract.md §7): each expected
// error below fails the check when its line has no error.
import { GigyaLogout } from 'gigya-logout/react';

export const wrong = [
  // @ts-expect-error cid is a string
  <GigyaLogout cid={42} />,
  // @ts-expect-error forceProvidersLogout is a boolean
  <GigyaLogout forceProvidersLogout="false" />,
  <GigyaLogout
    onLogoutResponse={(event) => {
      // @ts-expect-error errorCode is a number
      const code: string = event.detail.errorCode;
      return code;
    }}
  />,
  <GigyaLogout
    onLogout={(event) => {
      // @ts-expect-error eventName is 'logout'
      const name: 'login' = event.detail.eventName;
      return name;
    }}
  />,
];

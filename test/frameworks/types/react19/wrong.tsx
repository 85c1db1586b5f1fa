// Wrong uses that React 19's checker must reject (docs/contract.md §7): each @ts-expect-error fails the check
// when its line has no error.
import 'gigya-logout/react-jsx';

export const wrong = [
  // @ts-expect-error cid is a string
  <gigya-logout cid={42} />,
  // @ts-expect-error forceProvidersLogout is a boolean
  <gigya-logout forceProvidersLogout="false" />,
  <gigya-logout
    ongigya-logout-response={(event) => {
      // @ts-expect-error errorCode is a number
      const code: string = event.detail.errorCode;
      return code;
    }}
  />,
];

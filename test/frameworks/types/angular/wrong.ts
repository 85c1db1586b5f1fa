// Wrong uses that tsc must reject through HTMLElementTagNameMap (what Angular code reaches with
// @ViewChild or querySelector): each @ts-expect-error fails the check when its line has no error.
import 'gigya-logout';

const el = document.createElement('gigya-logout');
// @ts-expect-error cid is a string
el.cid = 42;
// @ts-expect-error forceProvidersLogout is a boolean
el.forceProvidersLogout = 'false';
el.addEventListener('gigya-logout-response', (event) => {
  // @ts-expect-error errorCode is a number
  const code: string = event.detail.errorCode;
  return code;
});

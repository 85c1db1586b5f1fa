import { CUSTOM_ELEMENTS_SCHEMA, Component, EventEmitter, Input, Output } from '@angular/core';
import 'gigya-logout'; // defines <gigya-logout> (typed in HTMLElementTagNameMap)
import type { GigyaLogoutResponseEvent, LogoutResponse } from 'gigya-logout';

@Component({
  selector: 'app-sign-out',
  schemas: [CUSTOM_ELEMENTS_SCHEMA], // <gigya-logout> is a custom element, not an Angular component
  template: `
    <gigya-logout
      cid="header"
      [forceProvidersLogout]="false"
      [context]="user"
      (gigya-logout-response)="onResponse($event)"
    >
      Sign out
    </gigya-logout>
  `,
})
export class SignOutComponent {
  @Input({ required: true }) user!: object;
  @Output() done = new EventEmitter<LogoutResponse>();

  onResponse(event: GigyaLogoutResponseEvent) {
    this.done.emit(event.detail);
  }
}

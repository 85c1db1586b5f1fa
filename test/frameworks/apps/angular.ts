// Angular 21, zoneless; the component is compiled ahead of time (tools/test/framework-apps.mjs), as `ng build` does.
import { createComponent, provideZonelessChangeDetection } from '@angular/core';
import { createApplication } from '@angular/platform-browser';
import { SignOutComponent } from '../../../examples/angular/sign-out.component.js';
import type { Mount } from '../scenario.js';

export const mount: Mount = async (container, { user, onDone }) => {
  const app = await createApplication({ providers: [provideZonelessChangeDetection()] });
  const component = createComponent(SignOutComponent, {
    environmentInjector: app.injector,
    hostElement: container.appendChild(document.createElement('app-sign-out')),
  });
  component.setInput('user', user);
  component.instance.done.subscribe(onDone);
  app.attachView(component.hostView);
  component.changeDetectorRef.detectChanges();
  return () => app.destroy();
};

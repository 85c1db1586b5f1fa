// What the app bundler (tools/test/framework-apps.mjs) makes of these files, for the project typecheck.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<{ user: object; onDone: (response: import('../../../src/index.js').LogoutResponse) => void }>;
  export default component;
}
declare module '*.svelte' {
  import type { Component } from 'svelte';
  const component: Component<{ user: object; onDone: (response: import('../../../src/index.js').LogoutResponse) => void }>;
  export default component;
}
declare module '*.html' {
  const text: string;
  export default text;
}

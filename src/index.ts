/** `<gigya-logout>` and the SDK core it stands on. Importing this defines the element. */
export * from './define.js';
export { socialize } from './core/index.js';
export type * from './core/index.js';

// The esbuild TypeScript plugin of the demo dev server and the test runner.
import { join } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { root } from '../paths.mjs';

/**
 * esbuild for TypeScript with the project's tsconfig: without it esbuild drops
 * `useDefineForClassFields: false`, and the element's class fields would shadow Lit's reactive
 * accessors (the Angular example's decorators need its `experimentalDecorators` too).
 */
export function typescriptPlugin() {
  return esbuildPlugin({ ts: true, tsconfig: join(root, 'tsconfig.json') });
}

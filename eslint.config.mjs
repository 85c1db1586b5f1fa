// ESLint (flat config): JavaScript and TypeScript recommended rules, Lit's template rules, over the
// sources, tests, demo and scripts. Formatting is Prettier's job (npm run lint runs both).
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.cache/', 'test/frameworks/types/', '**/*.vue', '**/*.svelte'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  /** @type {import('eslint').Linter.Config} */ (lit.configs?.['flat/recommended']),
  {
    rules: {
      // TypeScript (and checkJs for tools/ and emulator/) checks names; ESLint's own check knows no browser or Node globals.
      'no-undef': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['lit', 'lit/*', '../*'], message: 'src/core/ imports neither Lit nor the element layer.' }] },
      ],
    },
  },
  {
    files: ['src/gigya-logout.ts', 'src/element/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '/core/(?!(element-api|idle)\\.js$)',
              message:
                'The element layer reaches the core through core/element-api.ts only (the on-demand idle module through core/idle.ts, so that it carries no copy of the core).',
            },
          ],
        },
      ],
    },
  },
  {
    // The emulator stands alone: the demo, the tests and the benchmark use it, it uses nothing of theirs.
    files: ['emulator/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^\\.\\./', message: 'emulator/ imports only its own files and packages.' }] },
      ],
    },
  },
  {
    // Tools build, measure and check the library: they import tools/ and emulator/, never src/, test/ or demo/ (they build those by path).
    files: ['tools/**', '*.mjs'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\./|\\.\\./\\.\\./)(src|test|demo)/',
              message: 'tools/ imports tools/ and emulator/ only: build or serve src/ by its path.',
            },
          ],
        },
      ],
    },
  },
  {
    // Chai's property assertions (`expect(x).to.exist`) are expressions.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);

import Module from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import unicorn from 'eslint-plugin-unicorn';

// The project compiles with TypeScript 7 (the native compiler), which has no JavaScript API yet; typescript-eslint's
// parser needs one, so inside ESLint `typescript` means the 5.9 package installed as `typescript-for-lint`.
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolve.call(this, request === 'typescript' ? 'typescript-for-lint' : request, ...rest);
};
const { default: tseslint } = await import('typescript-eslint');

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'public/**', 'demo-screenshots/**', 'test-results/**', 'playwright-report/**', 'test/fixtures/**/*.html'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: {
        window: 'readonly',
        document: 'readonly',
        console: 'readonly',
        process: 'readonly',
        navigator: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        URL: 'readonly',
        crypto: 'readonly',
        performance: 'readonly',
      },
    },
    plugins: { 'react-hooks': reactHooks, unicorn },
    rules: {
      // Hooks: the two classic rules. The React Compiler rules of react-hooks 7 assume code written for the compiler,
      // which this project does not use.
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // A TODO with a date or version must be done by then (unicorn's one rule taken).
      'unicorn/expiring-todo-comments': ['error', { allowWarningComments: true }],
      // TypeScript checks these (tsc --noEmit runs in npm test): ESLint's own would flag every DOM and Node global.
      'no-undef': 'off',
      // `_name` marks what is deliberately unused (a destructured field left out of a copy, a required parameter).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    files: ['test/e2e/**'],
    // Playwright's fixtures hand over their value with a function named `use`: not React's hook.
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    files: ['test/**'],
    // Tests read raw, untyped extension storage and hostile shapes on purpose.
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);

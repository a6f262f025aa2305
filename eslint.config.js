import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

const htmlSinks = [
  { property: 'innerHTML', message: 'Insert text as text (textContent), never as HTML.' },
  { property: 'outerHTML', message: 'Insert text as text (textContent), never as HTML.' },
  { property: 'insertAdjacentHTML', message: 'Insert text as text, never as HTML.' },
  { property: 'write', object: 'document', message: 'Never write HTML into a document.' },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'dist/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      'no-restricted-properties': ['error', ...htmlSinks],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never insert text as HTML.',
        },
      ],
    },
  },
  {
    // The shared core runs headless everywhere: content script, worker, popup, CLI, server.
    files: ['lib/**/*.ts'],
    ignores: ['lib/**/*.test.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['wxt', 'wxt/*', '#imports', '#i18n'], message: 'lib/ is framework-free.' },
            { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'lib/ has no UI.' },
            { group: ['webextension-polyfill', '@webext-core/*'], message: 'lib/ uses no extension API.' },
            {
              group: ['node:*', 'fs', 'net', 'tls', 'dns', 'http', 'https', 'path', 'os'],
              message: 'lib/ uses no Node API.',
            },
            {
              group: ['**/entrypoints/**', '**/components/**', '**/server/**', '**/utils/**', '**/test/**'],
              message: 'lib/ depends on nothing above it.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'browser', 'chrome', 'window', 'document', 'process', 'Buffer'],
    },
  },
  {
    // Every classifier and bounce-reader pattern runs on page or pasted text: no super-linear
    // backtracking, and no quantifier that the unanchored search rescans from each start
    // (quadratic moves).
    // recheck's automaton gate in lib/rules/redos.test.ts decides the same thing exactly.
    files: ['lib/rules/**/*.ts', 'lib/bounce/**/*.ts'],
    ignores: ['lib/rules/**/*.test.ts', 'lib/bounce/**/*.test.ts'],
    rules: {
      'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
      'regexp/no-super-linear-move': [
        'error',
        { report: 'potential', ignorePartial: false, ignoreSticky: false },
      ],
    },
  },
  {
    files: ['entrypoints/background.ts', 'entrypoints/background/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'Service workers have no window.' },
        { name: 'document', message: 'Service workers have no document.' },
        { name: 'DOMParser', message: 'Service workers have no DOMParser.' },
      ],
    },
  },
);

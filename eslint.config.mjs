// @ts-check
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Where code runs is checked here, not in comments (DESIGN.md §2). Each layer lists what it
 * must never import; a test (test/lint/boundaries.test.ts) proves the rules bite.
 */
const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

/** @param {({ group: string[], message: string } | { regex: string, message: string })[]} patterns @param {string[]} [paths] */
const restrict = (patterns, paths = []) => ({
  'no-restricted-imports': [
    'error',
    { paths: paths.map((name) => ({ name, message: `Not in this layer: ${name}` })), patterns },
  ],
});

const electron = {
  group: ['electron', 'electron/*'],
  message: 'Only src/main/index.ts, src/main/shell and src/preload may import electron.',
};
const toMain = { group: ['**/main', '**/main/**'], message: 'This layer may not import from src/main.' };
const toRenderer = { group: ['**/renderer', '**/renderer/**'], message: 'This layer may not import the renderer.' };
const toPreload = { group: ['**/preload', '**/preload/**'], message: 'This layer may not import the preload.' };
const toShell = { group: ['**/shell', '**/shell/**'], message: 'The core never imports the Electron shell.' };
const toWeb = { group: ['**/web', '**/web/**'], message: 'The core never imports the web bridge.' };
const toCli = { group: ['**/cli', '**/cli/**'], message: 'The core never imports the CLI.' };
const nodeOnly = { group: nodeBuiltins, message: 'Node built-ins are not available in this layer.' };
const react = { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'Shared code is UI-free.' };

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'reports/**',
      'test-results/**',
      'playwright-report/**',
      '.cache/**',
      'test/lint/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  // Layer boundaries. Later blocks for the same files would replace the rule, so each folder
  // gets exactly one block.
  { files: ['src/shared/**/*.ts'], rules: restrict([electron, nodeOnly, react, toMain, toRenderer, toPreload]) },
  { files: ['src/main/core/**/*.ts'], rules: restrict([electron, toShell, toWeb, toCli, toRenderer, toPreload]) },
  {
    files: ['src/main/web/**/*.ts', 'src/main/assets/**/*.ts'],
    rules: restrict([electron, toShell, toCli, toRenderer, toPreload]),
  },
  { files: ['src/main/cli/**/*.ts'], rules: restrict([electron, toShell, toWeb, toRenderer, toPreload]) },
  { files: ['src/main/shell/**/*.ts', 'src/main/index.ts'], rules: restrict([toRenderer, toPreload, toCli, toWeb]) },
  {
    files: ['src/preload/**/*.ts'],
    rules: restrict([
      nodeOnly,
      toMain,
      toRenderer,
      { regex: '(^|/)shared/(?!ipc/)', message: 'The preload imports only src/shared/ipc.' },
    ]),
  },
  { files: ['src/renderer/**/*.{ts,tsx}'], rules: restrict([electron, nodeOnly, toMain, toPreload]) },
  // Renderer tests run in Node (jsdom) and may read files; they still never reach into src/main.
  {
    files: ['src/renderer/**/*.test.{ts,tsx}', 'src/renderer/src/testSetup.ts'],
    rules: restrict([electron, toMain, toPreload]),
  },
);

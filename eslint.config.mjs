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

/** A glob of `no-restricted-imports` as a regular expression over a dynamic `import('…')`'s string. */
const globToRegex = (/** @type {string} */ glob) =>
  `^${glob
    .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
    .split('**')
    .map((part) => part.replace(/\*/g, '[^/]*'))
    .join('.*')
    // The selector's regex is written between slashes: a slash inside must be escaped.
    .replace(/\//g, '\\/')}$`;

/**
 * One layer's rules: static imports through `no-restricted-imports`, and the same groups for a
 * dynamic `import('…')` (which that rule does not see) through `no-restricted-syntax`.
 * A pattern that names `importNames` forbids only those names; a dynamic import has no names,
 * so it is left to the static rule.
 * @param {({ group: string[], message: string } | { regex: string, message: string, importNames?: string[] })[]} patterns
 */
const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
  'no-restricted-syntax': [
    'error',
    ...patterns
      .filter((pattern) => !('importNames' in pattern))
      .map((pattern) => ({
        selector: `ImportExpression > Literal[value=/${
          'regex' in pattern ? pattern.regex.replace(/\//g, '\\/') : pattern.group.map(globToRegex).join('|')
        }/]`,
        message: pattern.message,
      })),
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
const toDemo = { group: ['**/demo', '**/demo/**'], message: 'The core never imports the demo seeders (they call it).' };
/** A feature reaches another only through its `public.ts`; the shared layer is `components/`. */
const toFeatureInternals = {
  regex: '^\\.\\./(?!\\.)[^/]+/(?!public$).+',
  message: "Another feature's files are its own: import its public.ts, or move shared pieces to components/.",
};
/** The app shell composes features; components/ and api/ sit below them and never import them. */
const toFeatures = { group: ['**/features', '**/features/**'], message: 'The shared layer never imports a feature.' };
/** A component is a view: it calls its feature's named action hooks, never a channel's mutation. */
const mutationsInViews = {
  regex: '(^|/)api/channelQueries$',
  importNames: ['useChannelMutation'],
  message: "Components are views: call the feature's action hook (use<Feature>Actions.ts), not useChannelMutation.",
};
/**
 * A renderer layer's rules for its `.ts` files, and the same plus `mutationsInViews` for its
 * components (a later block replaces a rule's options, it does not add to them).
 * @param {string[]} folders globs ending in a slash
 * @param {Parameters<typeof restrict>[0]} patterns
 */
const rendererLayer = (folders, patterns) => [
  { files: folders.map((folder) => `${folder}*.ts`), rules: restrict(patterns) },
  { files: folders.map((folder) => `${folder}*.tsx`), rules: restrict([...patterns, mutationsInViews]) },
];
const toApp = { group: ['**/app', '**/app/**'], message: 'Features and the shared layer never import the app shell.' };
const nodeOnly = { group: nodeBuiltins, message: 'Node built-ins are not available in this layer.' };
/** Packages that need Node (native code, sockets, the file system): the core's, never the renderer's. */
const nodePackages = {
  group: [
    'better-sqlite3',
    'kysely',
    'nodemailer',
    'smtp-server',
    'mailparser',
    'pdfkit',
    'docx',
    'exceljs',
    'csv-parse',
    'csv-parse/*',
    'csv-stringify',
    'csv-stringify/*',
    'jsdom',
    'iconv-lite',
    'conf',
    'electron-store',
    'ical-generator',
    'rss-parser',
    'xmllint-wasm',
    '@resvg/resvg-wasm',
  ],
  message: 'A Node-side package: it belongs to the core (and would turn Node globals on for the renderer).',
};
/** The interface's packages: the renderer's, never the core's or the shared code's. */
const uiPackages = {
  group: [
    'react',
    'react/*',
    'react-dom',
    'react-dom/*',
    'react-router',
    'react-i18next',
    '@mantine/*',
    '@tabler/*',
    '@tiptap/*',
    '@tanstack/*',
  ],
  message: 'An interface package: only the renderer draws screens.',
};

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
  {
    files: ['src/shared/**/*.ts'],
    rules: restrict([electron, nodeOnly, nodePackages, uiPackages, toMain, toRenderer, toPreload]),
  },
  {
    files: ['src/main/core/**/*.ts'],
    rules: restrict([electron, uiPackages, toShell, toWeb, toCli, toDemo, toRenderer, toPreload]),
  },
  {
    files: ['src/main/web/**/*.ts', 'src/main/assets/**/*.ts'],
    rules: restrict([electron, uiPackages, toShell, toCli, toRenderer, toPreload]),
  },
  {
    files: ['src/main/cli/**/*.ts', 'src/main/demo/**/*.ts'],
    rules: restrict([electron, uiPackages, toShell, toWeb, toRenderer, toPreload]),
  },
  {
    files: ['src/main/shell/**/*.ts', 'src/main/index.ts'],
    rules: restrict([uiPackages, toRenderer, toPreload, toCli, toWeb]),
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: restrict([
      nodeOnly,
      nodePackages,
      uiPackages,
      toMain,
      toRenderer,
      { regex: '(^|/)shared/(?!ipc/)', message: 'The preload imports only src/shared/ipc.' },
    ]),
  },
  ...rendererLayer(['src/renderer/**/'], [electron, nodeOnly, nodePackages, toMain, toPreload]),
  ...rendererLayer(
    ['src/renderer/src/features/**/'],
    [electron, nodeOnly, nodePackages, toMain, toPreload, toApp, toFeatureInternals],
  ),
  ...rendererLayer(
    ['src/renderer/src/components/**/', 'src/renderer/src/api/**/'],
    [electron, nodeOnly, nodePackages, toMain, toPreload, toApp, toFeatures],
  ),
  // Renderer tests run in Node (jsdom) and may read files; they still never reach into src/main.
  {
    files: ['src/renderer/**/*.test.{ts,tsx}', 'src/renderer/src/testSetup.ts'],
    rules: restrict([electron, toMain, toPreload]),
  },
);

import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const RECHARTS_ONLY_IN_WRAPPERS = { name: 'recharts', message: 'Only the chart wrappers in src/components/charts import recharts.' };
// Schemas must be created with zod's compiler off, or the CSP reports an eval (src/lib/zod.ts).
const ZOD_THROUGH_ONE_MODULE = { name: 'zod', allowTypeImports: true, message: "Import { z } from src/lib/zod, which turns zod's eval compiler off." };

/**
 * The layers of src (README, "How the code is laid out"), lowest first. A layer imports only from itself and the
 * layers listed beside it; app and main.tsx may import anything. Features never import each other.
 */
const LAYERS = [
  { layer: 'domain', may: [], why: 'src/domain is pure TypeScript and depends on nothing outside itself' },
  { layer: 'lib', may: [], why: 'src/lib holds small adapters of outside libraries, not code of ours' },
  { layer: 'presenters', may: ['domain'], why: 'src/presenters turns the domain into words and colours, and needs nothing else' },
  { layer: 'checks', may: ['domain', 'presenters'], why: 'src/checks reads a dataset and words its findings' },
  { layer: 'url', may: ['domain', 'lib'], why: 'src/url is the URL contract' },
  { layer: 'data', may: ['domain', 'lib', 'url', 'checks'], why: 'src/data loads and stores data; it shows nothing' },
  { layer: 'components', may: ['domain', 'lib', 'url', 'presenters', 'data/contract'], why: 'src/components are shared UI pieces, below the features' },
  { layer: 'features', may: ['domain', 'lib', 'url', 'presenters', 'checks', 'data', 'components'], why: 'a feature meets others only in src/app' },
];
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const BOUNDARY_ZONES = [
  ...LAYERS.map(({ layer, may, why }) => ({
    target: `./src/${layer}`,
    from: './src',
    except: [`./${layer}`, ...may.map((allowed) => `./${allowed}`)],
    message: `${why}.`,
  })),
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'Features never import each other: move what they share down to components, presenters, domain or data.',
  })),
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'coverage', 'reports', '.stryker-tmp', 'bench/out'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Text from data must never become markup.
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Data text is untrusted: render it as text.' },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Data text is untrusted: never assign innerHTML.' },
      ],
    },
  },
  {
    // Type-aware rules for the app's code: the TypeScript project service reads tsconfig.json.
    files: ['src/**/*.{ts,tsx}', 'scripts/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Promises that nobody awaits or catches hide failures; an async function where a void callback is expected
      // (an event handler) drops its rejection. Mark a deliberate fire-and-forget with `void`.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: BOUNDARY_ZONES }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // Playwright fixtures call their continuation `use`, which is not React's hook.
    files: ['tests/e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off', 'no-empty-pattern': 'off' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/components/charts/**', 'src/lib/zod.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [RECHARTS_ONLY_IN_WRAPPERS, ZOD_THROUGH_ONE_MODULE] }] },
  },
  {
    // Domain is pure: no React, no data fetching, no UI libraries (its imports of our own code are zoned above).
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [ZOD_THROUGH_ONE_MODULE],
          patterns: [{ group: ['react', 'react-dom', '@tanstack/*', 'recharts', 'zustand', 'zod', 'papaparse', 'idb-keyval'], message: 'src/domain is pure TypeScript.' }],
        },
      ],
    },
  },
);

import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const RECHARTS_ONLY_IN_WRAPPERS = { name: 'recharts', message: 'Only the chart wrappers in src/components/charts import recharts.' };
// Schemas must be created with zod's compiler off, or the CSP reports an eval (src/lib/zod.ts).
const ZOD_THROUGH_ONE_MODULE = { name: 'zod', allowTypeImports: true, message: "Import { z } from src/lib/zod, which turns zod's eval compiler off." };

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'coverage', 'reports', '.stryker-tmp', 'bench/out'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
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
    // Playwright fixtures call their continuation `use`, which is not React's hook.
    files: ['tests/e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off', 'no-empty-pattern': 'off' },
  },
  {
    // Features never import each other; shared pieces move down to components, domain, data or lib.
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [RECHARTS_ONLY_IN_WRAPPERS, ZOD_THROUGH_ONE_MODULE],
          patterns: [{ regex: '^\\.\\./(?!\\.\\.)|(^|/)features/', message: 'Features must not import other features.' }],
        },
      ],
    },
  },
  {
    // Domain is pure: no React, no data fetching, no UI.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [ZOD_THROUGH_ONE_MODULE],
          patterns: [
            { group: ['react', 'react-dom', '@tanstack/*', 'recharts', 'zustand'], message: 'src/domain is pure TypeScript.' },
            { regex: '(^|/)(components|features|app)/', message: 'src/domain must not depend on UI code.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/{app,components,data,lib}/**/*.{ts,tsx}', 'src/*.tsx'],
    ignores: ['src/components/charts/**', 'src/lib/zod.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [RECHARTS_ONLY_IN_WRAPPERS, ZOD_THROUGH_ONE_MODULE] }] },
  },
);

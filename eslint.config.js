import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'data', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The layering rule of DESIGN.md, enforced: a lower layer never imports a higher one.
    // Tests may cross layers (an import test checks the figures it feeds); the code may not.
    files: ['src/domain/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            '**/sources/**',
            '**/store/**',
            '**/analysis/**',
            '**/cli/**',
            '**/server/**',
            '**/web/**',
          ],
        },
      ],
    },
  },
  {
    files: ['src/sources/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: ['**/store/**', '**/analysis/**', '**/cli/**', '**/server/**', '**/web/**'],
          paths: [
            'node:fs',
            'fs',
            'node:fs/promises',
            'node:http',
            'node:https',
            'node:net',
            'pg',
            'better-sqlite3',
            'kysely',
          ],
        },
      ],
    },
  },
  {
    // The security model's rules and primitives (docs/security.md): the store, the server and the
    // CLI use them; they use nothing above the domain, so a policy cannot depend on a route.
    files: ['src/security/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            '**/sources/**',
            '**/store/**',
            '**/analysis/**',
            '**/cli/**',
            '**/server/**',
            '**/web/**',
          ],
        },
      ],
    },
  },
  {
    files: ['src/store/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['**/analysis/**', '**/cli/**', '**/server/**', '**/web/**'] },
      ],
    },
  },
  {
    files: ['src/analysis/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/cli/**', '**/server/**', '**/web/**'] }],
    },
  },
  {
    // The web app runs in the browser: none of the Node layers' code may reach its bundle. It may
    // take the shapes of the figures from analysis as types only (`import type`, erased at build),
    // so the API's contract is declared once; a value import from analysis is still an error.
    files: ['src/web/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/analysis/**'],
              allowTypeImports: true,
              message: 'The web app may import only types from analysis (`import type`).',
            },
            {
              group: ['**/store/**', '**/cli/**', '**/server/**', '**/sources/**'],
              message: 'The web app may not import the Node layers.',
            },
          ],
        },
      ],
    },
  },
  {
    // the launcher is plain Node ESM
    files: ['bin/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly' } },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);

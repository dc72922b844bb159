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
    files: ['src/web/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: ['**/store/**', '**/analysis/**', '**/cli/**', '**/server/**', '**/sources/**'],
        },
      ],
    },
  },
);

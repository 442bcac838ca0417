import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import solid from 'eslint-plugin-solid/configs/typescript';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'data', 'migrations'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    ...solid,
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The schemas pull TypeBox (~40 KB) into every page that imports a value from them; the
    // client takes types from there and constants from plain modules in shared/.
    files: ['client/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@sinclair/typebox',
              message: 'TypeBox is for the server; the client imports types only.',
              allowTypeImports: true,
            },
          ],
          patterns: [
            {
              group: ['**/shared/schemas/*'],
              message: 'Import types only; put runtime constants in a plain shared/ module.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    // shared/ runs in the browser too: no Node globals, no node: modules.
    files: ['shared/**/*.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: { 'no-restricted-imports': ['error', { patterns: ['node:*'] }] },
  },
);

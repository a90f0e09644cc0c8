// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      '.astro/',
      '.bench/',
      '.e2e/',
      '.probe/',
      '.fuzz/',
      'out/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'coverage/',
      'test/fixtures/',
      '**/*.astro',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // The content check and the verifier match control characters on purpose (they refuse them).
      'no-control-regex': 'off',
      // Async functions that implement an async interface (loaders, fetch stubs) need no await.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Small files with one purpose (docs/architecture.md, "Layout"): none in src/ over 250 lines.
    files: ['src/**/*.ts'],
    rules: { 'max-lines': ['error', { max: 250 }] },
  },
  {
    // Tests read JSON documents and fixtures whose shape is what they assert.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);

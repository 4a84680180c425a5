import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FEATURES = [
  'library',
  'practice',
  'journal',
  'goals',
  'checkins',
  'belonging',
  'safety',
  'settings',
];

export default tseslint.config(
  { ignores: ['dist', 'dist-bench', 'node_modules', 'bench-results', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Fences: a feature never reaches into another feature; shared things move down.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...FEATURES.map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`],
              message:
                'Features do not import each other. Move what both need into storage/, lib/ or ui/.',
            })),
            {
              target: ['./src/ui', './src/lib', './src/storage', './src/content'],
              from: ['./src/features', './src/app'],
              message: 'Shared layers never import features or the shell.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // One door to storage: only src/storage/ talks to IndexedDB.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/storage/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'idb-keyval',
              message:
                'Only src/storage/ may use idb-keyval. Call a function from src/storage/ instead.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'indexedDB', message: 'Only src/storage/ may touch IndexedDB.' },
      ],
    },
  },
  {
    // The browser bundle stays small: full zod and the Markdown toolchain are build-time only.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/content/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'idb-keyval', message: 'Only src/storage/ may use idb-keyval.' },
            { name: 'zod', message: "Use 'zod/mini' in code that runs in the browser." },
          ],
        },
      ],
    },
  },
  {
    files: ['src/storage/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'zod', message: "Use 'zod/mini' in code that runs in the browser." }] },
      ],
    },
  },
);

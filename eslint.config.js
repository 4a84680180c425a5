import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FEATURES = ['library', 'practice', 'journal', 'goals', 'checkins', 'check-in', 'insights', 'belonging', 'strengths', 'plan', 'safety', 'settings', 'lock'];

const IDB = { name: 'idb-keyval', message: 'Only src/storage/ may use idb-keyval. Call a function from src/storage/ instead.' };
const ZOD = { name: 'zod', message: "Use 'zod/mini' in code that runs in the browser." };
const upTo = (folders) => `^(\\.\\./)+(${folders})(/|$)`;

/** One complete no-restricted-imports per folder: a later block would replace, not add. */
const restrict = (paths, patterns = []) => ({ 'no-restricted-imports': ['error', { paths, patterns }] });

export default tseslint.config(
  { ignores: ['dist', 'dist-bench', 'dist-bench-no-painter', 'node_modules', 'bench-results', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // One door to storage: only src/storage/ touches IndexedDB.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/storage/**'],
    rules: { 'no-restricted-globals': ['error', { name: 'indexedDB', message: 'Only src/storage/ may touch IndexedDB.' }] },
  },
  // The shell may use anything but IndexedDB and full zod.
  { files: ['src/app/**/*.{ts,tsx}', 'src/main.tsx'], rules: restrict([IDB, ZOD]) },
  // Storage is the one door; it runs in the browser, so zod/mini only.
  { files: ['src/storage/**/*.{ts,tsx}'], rules: restrict([ZOD], [{ regex: upTo('features|app'), message: 'Storage never imports features or the shell.' }]) },
  // Content compiles at build time with full zod; its browser side never imports features.
  { files: ['src/content/**/*.{ts,tsx}'], rules: restrict([IDB], [{ regex: upTo('features|app'), message: 'Content never imports features or the shell.' }]) },
  {
    files: ['src/{ui,lib}/**/*.{ts,tsx}'],
    rules: restrict([IDB, ZOD], [{ regex: upTo('features|app'), message: 'Shared layers never import features or the shell.' }]),
  },
  // Fences: a feature never reaches into another feature; what both need moves
  // down into storage/, lib/ or ui/.
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: restrict(
      [IDB, ZOD],
      [
        {
          regex: upTo(`(features/)?(${FEATURES.filter((other) => other !== feature).join('|')})`),
          message: 'Features do not import each other. Move what both need into storage/, lib/ or ui/.',
        },
        { regex: upTo('app'), message: 'Features do not import the app shell.' },
      ],
    ),
  })),
);

import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Every feature, by its folder: a new feature is fenced without an edit here. */
const FEATURES = readdirSync('src/features', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** What storage builds on its engine (lock, backup, device, sync, ...), by its folder: the engine's fence names each. */
const BUILT_ON_ENGINE = readdirSync('src/storage', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !['engine', 'backends', 'signals'].includes(entry.name))
  .map((entry) => entry.name);

const IDB = { name: 'idb-keyval', message: 'Only src/storage/ may use idb-keyval. Call a function from src/storage/ instead.' };
const ZOD = { name: 'zod', message: "Use 'zod/mini' in code that runs in the browser." };
const STORAGE_UP = 'Storage never imports the layers above it. Tell them with a notice (see storage/signals/store-notices.ts).';
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
  // Storage is the one door; it runs in the browser, so zod/mini only. It sits
  // beneath everything (docs/decisions/015-layers.md), and its engine beneath
  // what is built on it: the lock plugs into the engine, never the other way.
  {
    files: ['src/storage/**/*.{ts,tsx}'],
    ignores: ['src/storage/{engine,backends,signals}/**'],
    rules: restrict([ZOD], [{ regex: upTo('features|app|state|ui'), message: STORAGE_UP }]),
  },
  {
    files: ['src/storage/{engine,backends,signals}/**/*.{ts,tsx}'],
    rules: restrict(
      [ZOD],
      [
        { regex: upTo('features|app|state|ui'), message: STORAGE_UP },
        { regex: upTo(BUILT_ON_ENGINE.join('|')), message: 'The engine never imports what is built on it. The lock plugs in at engine/lock-seam.ts.' },
      ],
    ),
  },
  // Shared state: above storage, beneath the features.
  { files: ['src/state/**/*.{ts,tsx}'], rules: restrict([IDB, ZOD], [{ regex: upTo('features|app|ui'), message: 'The state layer never imports features, ui or the shell.' }]) },
  // Content compiles at build time with full zod; its browser side never imports features.
  { files: ['src/content/**/*.{ts,tsx}'], rules: restrict([IDB], [{ regex: upTo('features|app'), message: 'Content never imports features or the shell.' }]) },
  {
    files: ['src/lib/**/*.{ts,tsx}'],
    rules: restrict([IDB, ZOD], [{ regex: upTo('features|app|state|storage|ui|content'), message: 'Shared layers never import features or the shell. lib/ holds plain helpers only.' }]),
  },
  // Presentational pieces: they take what they show as props, and reach into no data.
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: restrict(
      [IDB, ZOD],
      [
        { regex: upTo('features|app'), message: 'Shared layers never import features or the shell.' },
        { regex: upTo('state|storage'), message: 'ui/ reaches into no data: take it as a prop, or move the piece to state/ or a feature.' },
      ],
    ),
  },
  // Fences: a feature never reaches into another feature; what both need moves
  // down into state/, storage/, lib/ or ui/.
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: restrict(
      [IDB, ZOD],
      [
        {
          regex: upTo(`(features/)?(${FEATURES.filter((other) => other !== feature).join('|')})`),
          message: 'Features do not import each other. Move what both need into state/, storage/, lib/ or ui/.',
        },
        { regex: upTo('app'), message: 'Features do not import the app shell.' },
      ],
    ),
  })),
);

// One ESLint flat config for the whole workspace. Each package's `lint` script runs `eslint .`
// from its own folder; ESLint finds this file by walking up from each linted file.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

export default defineConfig(
  {
    // Build output, dependencies and files written by tools rather than people.
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/coverage/**',
      '**/test-results/**',
      '**/data/**',
      '**/*.d.ts',
      '**/generated/**',
      '**/*.generated.*',
      '**/custom-elements.json',
      '**/openapi.json',
      // The Shopify theme extension's JavaScript: minified and copied there by its build script.
      '**/extensions/*/assets/*.js',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs,cjs,ts,mts}'],
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      // Packages run in Node (server, scripts, tests) or in browsers (widgets, the example site);
      // the client runs in both, so both sets are known everywhere and TypeScript checks the rest.
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      // A leading underscore marks a parameter a signature requires but the body does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // `interface HTMLElementEventMap extends AtelierEventMap {}` is how a global DOM map is augmented.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
  {
    // A spread in an operation's declaration (`errors: [...shared, 'x']`) is a possible side effect
    // to a bundler, which then ships that operation and its schemas in the widgets' chunks (and the
    // shared runtime's exports they import), though no widget calls it.
    files: ['packages/client/src/contract/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.name='operation'] SpreadElement",
          message: 'Write the list out: a spread keeps this operation and its schemas in widget bundles that never call it.',
        },
      ],
    },
  },
  {
    // The database layer (connections, migrations, tables, counters) serves the features and
    // knows none of them: a feature's rule changing must not change what the layer does, nor
    // what a migration wrote (migrations keep frozen copies of what they need). Tests may set
    // up data through a feature.
    files: ['packages/server/src/db/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/features/**', '**/threads/**', '**/app.ts', '**/http/**'],
              message: 'src/db imports no feature (nor what composes them): move what it needs into db, or let the feature hand it in.',
            },
          ],
        },
      ],
    },
  },
  {
    // Chai's property assertions (`expect(x).to.exist`) are expressions by design.
    files: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);

import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {ignores: ['node_modules/', 'dist/', 'src/generated/', 'custom-elements.json', 'test-results/']},
  js.configs.recommended,
  ...tseslint.configs.strict,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    files: ['scripts/**/*.mjs', '*.js', '*.mjs'],
    languageOptions: {globals: globals.node},
  },
  {
    files: ['demo/**/*.js', 'tests/**/*.js', 'integrations/wordpress/**/*.js'],
    languageOptions: {globals: globals.browser},
  },
  {
    // Node tests that also run functions in the browser (puppeteer's page.evaluate).
    files: ['tests/wordpress/*.mjs'],
    languageOptions: {globals: {...globals.node, ...globals.browser}},
  },
  {
    // @lit/localize's internals sit behind one module, which its test guards (tests/msg-runtime.test.ts).
    files: ['src/**/*.ts'],
    ignores: ['src/i18n/msg-runtime.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {group: ['@lit/localize/*'], message: 'Only src/i18n/msg-runtime.ts uses @lit/localize internals.'},
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      // Test fixtures reach into the shadow root and assert on elements known to exist.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // chai's property assertions (`expect(x).to.be.true`) are expressions by design.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
);

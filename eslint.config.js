import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist', 'dist-real', '.lighthouseci', 'coverage', 'public/mockServiceWorker.js', 'playwright-report', 'test-results', 'bench-results'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended, ...pluginQuery.configs['flat/recommended']],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
    },
  },
  {
    // Shared code must not reach into features: ui/ and api/ know nothing of the sections.
    files: ['src/ui/**', 'src/api/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/sections/**', '**/devtools/**'], message: 'Shared code must not import features.' }] }],
    },
  },
  {
    files: ['test/**', 'scripts/**', '*.config.{ts,js}', 'mocks/node.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
)

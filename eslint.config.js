import { readdirSync } from 'node:fs'
import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import { createNodeResolver, importX } from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// The layer map (docs/architecture.md, Layers), as bulletproof-react guards it: shared code never imports
// features, features never import each other, and only the entry and the devtools see the mocks.
const sections = readdirSync(new URL('./src/sections', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

const layerZones = [
  {
    target: ['./src/!(devtools|app)/**', './src/app/!(build-flags).{ts,tsx}', './src/app/head/**'],
    from: './mocks',
    message: 'Only src/app/build-flags.ts and src/devtools/ may import the mock layer.',
  },
  {
    target: ['./src/ui', './src/api'],
    from: ['./src/sections', './src/devtools'],
    message: 'Shared code (ui/, api/) must not import features.',
  },
  { target: './src/sections', from: './src/devtools', message: 'Sections must not import the developer tools.' },
  {
    target: ['./src/api', './src/ui', './src/i18n', './src/metrics', './src/sections', './src/devtools'],
    from: './src/app',
    message: 'src/app/ composes the layers; nothing below it imports it.',
  },
  ...sections.map((name) => ({
    target: `./src/sections/${name}`,
    from: './src/sections',
    except: [`./${name}`],
    message: 'A section must not import a sibling section.',
  })),
]

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-real',
      '.lighthouseci',
      'coverage',
      'public/mockServiceWorker.js',
      'playwright-report',
      'test-results',
      'bench-results',
    ],
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [
      js.configs.recommended,
      ...tseslint.configs.recommended,
      ...pluginQuery.configs['flat/recommended-strict'],
    ],
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser } },
    settings: {
      // The TypeScript preset's parsers, with the built-in resolver instead of its separate TS resolver package.
      'import-x/extensions': ['.ts', '.tsx', '.mts', '.mjs', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.mts'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.mts', '.mjs', '.js'] })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
    },
  },
  {
    files: ['test/**', 'scripts/**', '*.config.{ts,js}', 'mocks/node.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
)

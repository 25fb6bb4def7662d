// @vitest-environment node
import { ESLint } from 'eslint'
import { beforeAll, describe, expect, test } from 'vitest'

// Each case is linted as if it were a file at `path`, with the project's real config: the imports
// resolve against the real tree, so a rule that stopped guarding its zone would let the case pass.
// That the tree itself passes is `npm run lint`'s job (eslint . --max-warnings 0, before these tests in npm test).
const eslint = new ESLint({ cwd: process.cwd() })
// The first lint loads the config, its plugins and the TypeScript parser: seconds on a busy machine,
// paid here rather than inside whichever case runs first.
beforeAll(() => eslint.lintText('', { filePath: 'src/ui/warm-up.ts' }), 60_000)

async function ruleErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path })
  return result.messages.map((message) => `${message.ruleId}: ${message.message}`)
}

const wrongWay = [
  {
    why: 'shared UI importing a section',
    path: 'src/ui/wrong-way.tsx',
    code: `import { ProductsSection } from '../sections/products/products-section'\nexport const Wrong = ProductsSection\n`,
    error: /no-restricted-paths.*Shared code/,
  },
  {
    why: 'the API client importing the developer tools',
    path: 'src/api/wrong-way.ts',
    code: `import { applyScenario } from '../devtools/apply-scenario'\nexport const wrong = applyScenario\n`,
    error: /no-restricted-paths.*Shared code/,
  },
  {
    why: 'shared UI importing the mock layer',
    path: 'src/ui/wrong-way.tsx',
    code: `import { scenarios } from '../../mocks/scenarios'\nexport const wrong = scenarios\n`,
    error: /no-restricted-paths.*Only src\/app\/build-flags\.ts and src\/devtools\//,
  },
  {
    why: 'metrics importing the mock layer',
    path: 'src/metrics/wrong-way.ts',
    code: `import { getActiveScenario } from '../../mocks/scenario-store'\nexport const wrong = getActiveScenario\n`,
    error: /no-restricted-paths.*Only src\/app\/build-flags\.ts and src\/devtools\//,
  },
  {
    why: 'the render module importing the mock layer',
    path: 'src/app/render-app.tsx',
    code: `import { scenarios } from '../../mocks/scenarios'\nexport const wrong = scenarios\n`,
    error: /no-restricted-paths.*Only src\/app\/build-flags\.ts and src\/devtools\//,
  },
  {
    why: 'the API client importing the app layer',
    path: 'src/api/wrong-way.ts',
    code: `import { mockApi } from '../app/build-flags'\nexport const wrong = mockApi\n`,
    error: /no-restricted-paths.*nothing below it/,
  },
  {
    why: 'a section importing a sibling section',
    path: 'src/sections/products/wrong-way.ts',
    code: `import { ProfileSection } from '../profile/profile-section'\nexport const wrong = ProfileSection\n`,
    error: /no-restricted-paths.*sibling section/,
  },
  {
    why: 'a section importing the developer tools',
    path: 'src/sections/categories/wrong-way.ts',
    code: `import { HistoryTab } from '../../devtools/history-tab'\nexport const wrong = HistoryTab\n`,
    error: /no-restricted-paths.*developer tools/,
  },
  {
    why: 'an import cycle (get-json already imports api-error)',
    path: 'src/api/api-error.ts',
    code: `import { getJson } from './get-json'\nexport const wrong = getJson\n`,
    error: /import-x\/no-cycle/,
  },
  {
    why: 'an inline query instead of a queryOptions() factory (TanStack strict preset)',
    path: 'src/sections/products/wrong-way.ts',
    code: `import { useQuery } from '@tanstack/react-query'\nexport const useWrong = () => useQuery({ queryKey: ['products', 'x'], queryFn: () => 1 })\n`,
    error: /@tanstack\/query\/prefer-query-options/,
  },
]

describe('lint guards the layer map', () => {
  test.each(wrongWay)('fails on $why', async ({ path, code, error }) => {
    const errors = await ruleErrors(path, code)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(error)
  })

  test.each([
    {
      why: 'the build flags importing the mock layer',
      path: 'src/app/build-flags.ts',
      code: `import { scenarios } from '../../mocks/scenarios'\nexport const ok = scenarios\n`,
    },
    {
      why: 'the devtools importing the mock layer',
      path: 'src/devtools/right-way.ts',
      code: `import { scenarios } from '../../mocks/scenarios'\nexport const ok = scenarios\n`,
    },
    {
      why: 'a section importing its own files',
      path: 'src/sections/products/right-way.ts',
      code: `import { ProductsSection } from './products-section'\nexport const ok = ProductsSection\n`,
    },
    {
      why: 'a section importing shared UI',
      path: 'src/sections/profile/right-way.ts',
      code: `import { SkeletonBlock } from '../../ui/skeleton'\nexport const ok = SkeletonBlock\n`,
    },
  ])('allows $why', async ({ path, code }) => {
    expect(await ruleErrors(path, code)).toEqual([])
  })
})

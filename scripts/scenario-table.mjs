// The scenario registry is TypeScript; Vite's module runner lets these Node scripts read the one copy.
import { runnerImport } from 'vite'

export async function scenarioTable() {
  const { module } = await runnerImport('/mocks/scenarios.ts')
  return module.scenarios
}

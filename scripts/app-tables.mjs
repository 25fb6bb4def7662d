// The scenario registry and the endpoint table are TypeScript; Vite's module runner lets these Node
// scripts read the one copy of each.
import { runnerImport } from 'vite'

/** Imports a TypeScript module; the runner sets NODE_ENV=development, which must not leak into a later build. */
async function importSource(path) {
  const nodeEnv = process.env.NODE_ENV
  try {
    return (await runnerImport(path)).module
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV
    else process.env.NODE_ENV = nodeEnv
  }
}

export async function scenarioTable() {
  return (await importSource('/mocks/scenarios.ts')).scenarios
}

/** Every section's name, in the endpoint table's order (src/api/endpoints.ts). */
export async function sectionNames() {
  return (await importSource('/src/api/endpoints.ts')).endpointNames
}

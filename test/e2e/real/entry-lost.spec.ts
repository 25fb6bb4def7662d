import { entryLostTests } from '../entry-lost-cases'
import { serveScenario } from './real-server'

// The mocking-off build as a static host serves it: the entry script lost, once or twice.
entryLostTests({
  prepare: async (page, baseURL) => {
    await serveScenario(page, baseURL, '')
  },
})

import { fetchEndpoint } from '../../api/endpoint-query'
import { endpointNames, endpoints } from '../../api/endpoints'
import type { Task } from './strategies'

/**
 * Every endpoint of the table as the strategy lab runs it: the real API client (timeout,
 * validation, typed errors), but no query cache and no retries, so only the coordination differs.
 */
export const labTasks = (): Task[] =>
  endpointNames.map((name) => ({ name, run: (signal) => fetchEndpoint<unknown>(endpoints[name], signal) }))

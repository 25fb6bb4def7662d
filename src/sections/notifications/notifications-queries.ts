import { useQuery } from '@tanstack/react-query'
import { endpointQuery } from '../../api/endpoint-query'
import { endpoints } from '../../api/endpoints'

// Key, fetcher, schema, retries and cache all follow from the endpoint table's entry.
export const notificationQueries = {
  all: () => ['notifications'] as const,
  list: () => endpointQuery(endpoints.notifications),
}

export const useNotifications = () => useQuery(notificationQueries.list())

import { useQuery } from '@tanstack/react-query'
import { endpointQuery } from '../../api/endpoint-query'
import { endpoints } from '../../api/endpoints'

// Key, fetcher, schema, retries and cache all follow from the endpoint table's entry.
export const profileQueries = {
  all: () => ['profile'] as const,
  detail: () => endpointQuery(endpoints.profile),
}

export const useProfile = () => useQuery(profileQueries.detail())

import { useQuery } from '@tanstack/react-query'
import { endpointQuery } from '../../api/endpoint-query'
import { endpoints } from '../../api/endpoints'

// Key, fetcher, schema, retries and cache all follow from the endpoint table's entry.
export const productQueries = {
  all: () => ['products'] as const,
  list: () => endpointQuery(endpoints.products),
}

export const useProducts = () => useQuery(productQueries.list())

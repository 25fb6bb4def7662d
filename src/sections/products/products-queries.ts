import { queryOptions, useQuery } from '@tanstack/react-query'
import { endpoints } from '../../api/endpoints'
import { getJson } from '../../api/get-json'
import { queryPolicy } from '../../api/query-policy'
import { productListSchema } from '../../api/schemas'

export const fetchProducts = (signal?: AbortSignal) => getJson(endpoints.products, productListSchema, { signal })

export const productQueries = {
  all: () => ['products'] as const,
  list: () =>
    queryOptions({
      queryKey: [...productQueries.all(), 'list'],
      queryFn: ({ signal }) => fetchProducts(signal),
      ...queryPolicy(endpoints.products),
    }),
}

export const useProducts = () => useQuery(productQueries.list())

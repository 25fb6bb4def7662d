import { queryOptions, useQuery } from '@tanstack/react-query'
import { endpoints } from '../../api/endpoints'
import { getJson } from '../../api/get-json'
import { queryPolicy } from '../../api/query-policy'
import { categoryListSchema } from '../../api/schemas'

export const fetchCategories = (signal?: AbortSignal) => getJson(endpoints.categories, categoryListSchema, { signal })

export const categoryQueries = {
  all: () => ['categories'] as const,
  list: () =>
    queryOptions({
      queryKey: [...categoryQueries.all(), 'list'],
      queryFn: ({ signal }) => fetchCategories(signal),
      ...queryPolicy(endpoints.categories),
    }),
}

export const useCategories = () => useQuery(categoryQueries.list())

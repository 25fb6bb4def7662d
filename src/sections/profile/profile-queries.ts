import { queryOptions, useQuery } from '@tanstack/react-query'
import { endpoints } from '../../api/endpoints'
import { getJson } from '../../api/get-json'
import { queryPolicy } from '../../api/query-policy'
import { profileSchema } from '../../api/schemas'

export const fetchProfile = (signal?: AbortSignal) => getJson(endpoints.profile, profileSchema, { signal })

export const profileQueries = {
  all: () => ['profile'] as const,
  detail: () =>
    queryOptions({
      queryKey: [...profileQueries.all(), 'detail'],
      queryFn: ({ signal }) => fetchProfile(signal),
      ...queryPolicy(endpoints.profile),
    }),
}

export const useProfile = () => useQuery(profileQueries.detail())

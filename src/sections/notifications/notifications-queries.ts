import { queryOptions, useQuery } from '@tanstack/react-query'
import { endpoints } from '../../api/endpoints'
import { getJson } from '../../api/get-json'
import { queryPolicy } from '../../api/query-policy'
import { notificationListSchema } from '../../api/schemas'

export const fetchNotifications = (signal?: AbortSignal) =>
  getJson(endpoints.notifications, notificationListSchema, { signal })

export const notificationQueries = {
  all: () => ['notifications'] as const,
  list: () =>
    queryOptions({
      queryKey: [...notificationQueries.all(), 'list'],
      queryFn: ({ signal }) => fetchNotifications(signal),
      ...queryPolicy(endpoints.notifications),
    }),
}

export const useNotifications = () => useQuery(notificationQueries.list())

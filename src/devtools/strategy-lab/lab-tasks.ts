import { endpointNames } from '../../api/endpoints'
import { fetchCategories } from '../../sections/categories/categories-queries'
import { fetchNotifications } from '../../sections/notifications/notifications-queries'
import { fetchProducts } from '../../sections/products/products-queries'
import { fetchProfile } from '../../sections/profile/profile-queries'
import type { Task } from './strategies'

const fetchers = { products: fetchProducts, categories: fetchCategories, profile: fetchProfile, notifications: fetchNotifications }

/**
 * The four requests as the strategy lab runs them: the real API client (timeout, validation,
 * typed errors), but no query cache and no retries, so only the coordination differs.
 */
export const labTasks = (): Task[] => endpointNames.map((name) => ({ name, run: (signal) => fetchers[name](signal) }))

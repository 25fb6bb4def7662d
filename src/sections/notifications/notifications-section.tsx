import './notifications.css'
import { useEndpoint } from '../../api/endpoint-query'
import { endpoints } from '../../api/endpoints'
import type { Notification } from '../../api/schemas'
import { useI18n } from '../../i18n/i18n-context'
import { BrowseProductsLink, EmptyState } from '../../ui/empty-state'
import { ReservedCells } from '../../ui/reserved-cells'
import { SectionFrame } from '../../ui/section-frame'
import { SkeletonBlock, SkeletonText, times } from '../../ui/skeleton'
import { useAfterHydration } from '../../ui/use-after-hydration'
import { useNow } from '../../ui/use-now'

// Marking read, and what goes with it, loads once the page is hydrated: none of it is in the first render.
export const loadNotificationActions = () => import('./notification-actions')
type Actions = Awaited<ReturnType<typeof loadNotificationActions>>

/** The skeleton reserves this many rows: the most the dashboard lists (the API sends the newest). */
export const NOTIFICATION_ROWS = 5

const typeIcon: Record<Notification['type'], string> = { order: '📦', promo: '🏷️', 'eco-tip': '🌱', system: '🔔' }

export function NotificationsSection() {
  const query = useEndpoint(endpoints.notifications)
  const { t } = useI18n()
  const actions = useAfterHydration(loadNotificationActions)
  return (
    <SectionFrame
      name="notifications"
      query={query}
      skeleton={<NotificationListSkeleton />}
      footer={actions?.NotificationsFooter}
      empty={() => (
        <EmptyState
          title={t('notifications.empty')}
          hint={t('notifications.empty.hint')}
          action={<BrowseProductsLink />}
        />
      )}
      badge={({ items: notifications }) => (
        <>
          <UnreadBadge count={notifications.filter((n) => !n.read).length} />
          {/* In the header, outside the data's error boundary, which remounts with every new list. */}
          {actions && <actions.Announcers notifications={notifications} />}
        </>
      )}
    >
      {({ items }) => (
        <>
          <div className="notification-tools">{actions && <actions.MarkAllReadButton notifications={items} />}</div>
          <NotificationList
            notifications={items.slice(0, NOTIFICATION_ROWS)}
            listedAt={query.dataUpdatedAt}
            actions={actions}
          />
        </>
      )}
    </SectionFrame>
  )
}

function UnreadBadge({ count }: { count: number }) {
  const { t, format } = useI18n()
  return (
    <span className={`badge ${count === 0 ? 'badge--quiet' : ''}`}>
      {t('unreadCount', { count: format.integer(count) })}
    </span>
  )
}

interface NotificationListProps {
  notifications: Notification[]
  listedAt: number
  actions?: Actions
}

function NotificationList({ notifications, listedAt, actions }: NotificationListProps) {
  const { t, format } = useI18n()
  // Times tick with the page's clock; never earlier than the list itself, so nothing reads "in 2 seconds".
  const now = useNow(listedAt)
  return (
    <ul className="notification-list">
      {notifications.map((notification, row) => (
        // Keyed by row: a new arrival rewrites the rows in place rather than moving them (no layout shift).
        <li key={row} className={`notification ${notification.read ? '' : 'notification--unread'}`}>
          <span className="notification__icon" aria-hidden="true">
            {typeIcon[notification.type]}
          </span>
          <div className="notification__body">
            {/* A text longer than its three lines is cut short; its title keeps it whole. */}
            <p className="notification__text" id={`notification-${row}`} title={notification.text}>
              <span className="notification__type">{t(notification.type)}</span>
              {notification.read ? '' : <span className="visually-hidden"> {t('unread')}</span>}:{' '}
              <bdi>{notification.text}</bdi>
            </p>
            <time className="notification__time" dateTime={notification.createdAt}>
              {format.relativeTime(notification.createdAt, now)}
            </time>
            {actions && <actions.MarkReadButton notification={notification} describedBy={`notification-${row}`} />}
          </div>
        </li>
      ))}
      <ReservedCells count={NOTIFICATION_ROWS - notifications.length} className="notification" />
    </ul>
  )
}

function NotificationListSkeleton() {
  return (
    <>
      <div className="notification-tools" />
      <ul className="notification-list">
        {times(NOTIFICATION_ROWS).map((index) => (
          <li key={index} className="notification">
            <SkeletonBlock className="notification__icon" />
            <div className="notification__body">
              <SkeletonText className="notification__text" lines={['w90', 'w60']} />
              <div className="notification__meta">
                <SkeletonText className="notification__time" lines={['w30']} />
              </div>
            </div>
          </li>
        ))}
      </ul>
    </>
  )
}

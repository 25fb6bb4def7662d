import './notifications.css'
import type { Notification } from '../../api/schemas'
import { EmptyState } from '../../ui/empty-state'
import { formatRelativeTime } from '../../ui/format'
import { SectionFrame } from '../../ui/section-frame'
import { SkeletonBlock, times } from '../../ui/skeleton'
import { useNow } from '../../ui/use-now'
import { NewNotificationsAnnouncer } from './new-notifications-announcer'
import { useNotifications } from './notifications-queries'

/** The skeleton reserves this many rows: the most the dashboard lists (the API sends the newest). */
export const NOTIFICATION_ROWS = 5

const typeText: Record<Notification['type'], { icon: string; label: string }> = {
  order: { icon: '📦', label: 'Order' },
  promo: { icon: '🏷️', label: 'Offer' },
  'eco-tip': { icon: '🌱', label: 'Eco tip' },
  system: { icon: '🔔', label: 'Account' },
}

export function NotificationsSection() {
  const query = useNotifications()
  return (
    <SectionFrame
      name="notifications"
      query={query}
      skeleton={<NotificationListSkeleton />}
      isEmpty={(notifications) => notifications.length === 0}
      empty={<EmptyState title="You're all caught up" hint="New messages about your orders and offers show up here." />}
      badge={(notifications) => (
        <>
          <UnreadBadge count={notifications.filter((n) => !n.read).length} />
          {/* In the header, outside the data's error boundary, which remounts with every new list. */}
          <NewNotificationsAnnouncer notifications={notifications} describe={describeNotification} />
        </>
      )}
    >
      {(notifications) => (
        <NotificationList notifications={notifications.slice(0, NOTIFICATION_ROWS)} listedAt={query.dataUpdatedAt} />
      )}
    </SectionFrame>
  )
}

function UnreadBadge({ count }: { count: number }) {
  return <span className={`badge ${count === 0 ? 'badge--quiet' : ''}`}>{count} unread</span>
}

/** "Order: Your order #4821 has shipped…", as a screen reader hears a new one. */
const describeNotification = (notification: Notification) => `${typeText[notification.type].label}: ${notification.text}`

function NotificationList({ notifications, listedAt }: { notifications: Notification[]; listedAt: number }) {
  // Times tick with the page's clock; never earlier than the list itself, so nothing reads "in 2 seconds".
  const now = useNow(listedAt)
  return (
    <ul className="notification-list">
      {notifications.map((notification, row) => {
        const type = typeText[notification.type]
        return (
          // Keyed by row: a new arrival rewrites the rows in place rather than moving them (no layout shift).
          <li key={row} className={`notification ${notification.read ? '' : 'notification--unread'}`}>
            <span className="notification__icon" aria-hidden="true">
              {type.icon}
            </span>
            <div className="notification__body">
              <p className="notification__text">
                <span className="notification__type">{type.label}</span>
                {notification.read ? '' : <span className="visually-hidden"> (unread)</span>}: {notification.text}
              </p>
              <time className="notification__time" dateTime={notification.createdAt}>
                {formatRelativeTime(notification.createdAt, now)}
              </time>
            </div>
          </li>
        )
      })}
    </ul>
  )
}

function NotificationListSkeleton() {
  return (
    <ul className="notification-list">
      {times(NOTIFICATION_ROWS).map((index) => (
        <li key={index} className="notification notification--skeleton">
          <SkeletonBlock className="notification__icon" />
          <div className="notification__body">
            <SkeletonBlock className="skeleton--line skeleton--w90" />
            <SkeletonBlock className="skeleton--line skeleton--w30" />
          </div>
        </li>
      ))}
    </ul>
  )
}

import './notifications.css'
import type { Notification } from '../../api/schemas'
import { EmptyState } from '../../ui/empty-state'
import { formatRelativeTime } from '../../ui/format'
import { SectionFrame } from '../../ui/section-frame'
import { SkeletonBlock, times } from '../../ui/skeleton'
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
      badge={(notifications) => <UnreadBadge count={notifications.filter((n) => !n.read).length} />}
    >
      {(notifications) => (
        // Times are relative to when the list arrived, which keeps rendering pure.
        <NotificationList notifications={notifications.slice(0, NOTIFICATION_ROWS)} now={query.dataUpdatedAt} />
      )}
    </SectionFrame>
  )
}

function UnreadBadge({ count }: { count: number }) {
  return <span className={`badge ${count === 0 ? 'badge--quiet' : ''}`}>{count} unread</span>
}

function NotificationList({ notifications, now }: { notifications: Notification[]; now: number }) {
  return (
    <ul className="notification-list">
      {notifications.map((notification) => {
        const type = typeText[notification.type]
        return (
          <li key={notification.id} className={`notification ${notification.read ? '' : 'notification--unread'}`}>
            <span className="notification__icon" aria-hidden="true">
              {type.icon}
            </span>
            <div className="notification__body">
              <p className="notification__text" title={notification.text}>
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

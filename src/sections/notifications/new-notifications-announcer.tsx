import { useState } from 'react'
import type { Notification } from '../../api/schemas'
import { useI18n } from '../../i18n/i18n-context'

interface AnnouncerProps {
  notifications: Notification[]
  describe: (notification: Notification) => string
}

/**
 * Says, politely and once, each notification that arrives after the list was first shown: a live
 * push or a poll. What was there at first is not read out; the list itself shows it.
 */
export function NewNotificationsAnnouncer({ notifications, describe }: AnnouncerProps) {
  const { t } = useI18n()
  const [seen, setSeen] = useState(() => ({
    list: notifications,
    ids: new Set(notifications.map((n) => n.id)),
    message: '',
  }))
  // Adjusting state to a new list during render (React's pattern for derived state), not in an effect.
  if (seen.list !== notifications) {
    const arrived = notifications.filter((n) => !seen.ids.has(n.id))
    setSeen({
      list: notifications,
      ids: new Set([...seen.ids, ...notifications.map((n) => n.id)]),
      message:
        arrived.length > 0
          ? t('newNotifications', { count: arrived.length, descriptions: arrived.map(describe).join('. ') })
          : seen.message,
    })
  }
  return (
    <span role="status" className="visually-hidden">
      {seen.message}
    </span>
  )
}

import { pushLiveNotificationNow } from '../../mocks/live-handler'

/** Makes the mock API push one live notification now, over the socket the page already has open. */
export function PushNotificationButton() {
  return (
    <p className="panel-actions">
      <button type="button" className="button button--quiet" onClick={pushLiveNotificationNow}>
        Push a notification now
      </button>
    </p>
  )
}

/** Makes the mock API push one live notification now, over the socket the page already has open (mocks/browser.ts). */
export function PushNotificationButton() {
  return (
    <p className="panel-actions">
      <button type="button" className="button button--quiet" onClick={() => window.ecomarketMocks?.pushNotification()}>
        Push a notification now
      </button>
    </p>
  )
}

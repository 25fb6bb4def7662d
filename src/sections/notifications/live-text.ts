// The English wording of live notifications, in one place for translation.
export const liveText = {
  /** What a screen reader hears when notifications arrive while the page is open. */
  arrived: (descriptions: string[]) =>
    descriptions.length === 1 ? `New notification. ${descriptions[0]}` : `${descriptions.length} new notifications. ${descriptions.join('. ')}`,
}

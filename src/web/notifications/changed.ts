// "The person's messages changed" inside the page (issue 10: 全部已读 in the message centre clears the
// header bell's badge at once, not at its next 60 s poll). A DOM event: no store, no provider.
const EVENT = 'govit:notifications-changed';

export function announceNotificationsChanged(): void {
  window.dispatchEvent(new Event(EVENT));
}

/** Calls `fn` whenever the messages changed elsewhere on the page; returns the unsubscribe. */
export function onNotificationsChanged(fn: () => void): () => void {
  window.addEventListener(EVENT, fn);
  return () => window.removeEventListener(EVENT, fn);
}

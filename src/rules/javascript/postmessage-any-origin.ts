export function notify(target: Window, data: unknown): void {
  // ruleid: javascript.postmessage-any-origin
  target.postMessage(data, '*');
  // ok: javascript.postmessage-any-origin
  target.postMessage(data, window.location.origin);
}

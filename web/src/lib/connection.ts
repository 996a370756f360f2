import { signal } from '@preact/signals';

/**
 * Whether the server can be reached: false when a request found no network or the browser says
 * it is offline, true again on the next answer or the browser's "online" event.
 */
export const online = signal(typeof navigator === 'undefined' ? true : navigator.onLine);

if (typeof window !== 'undefined') {
  window.addEventListener('online', () => {
    online.value = true;
  });
  window.addEventListener('offline', () => {
    online.value = false;
  });
}

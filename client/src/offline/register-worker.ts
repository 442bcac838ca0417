/**
 * Installs the service worker (scripts/offline) once the page has loaded and a moment has
 * passed, so that its precaching never competes with a phone's first load on venue Wi-Fi.
 */
export function registerWorker(): void {
  // No serviceWorker on plain HTTP but localhost: the app then works online only.
  if (import.meta.env.PROD) {
    addEventListener('load', () =>
      setTimeout(() => navigator.serviceWorker?.register('/sw.js'), 3000),
    );
  }
}

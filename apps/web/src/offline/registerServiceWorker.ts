/**
 * Installs the service worker that keeps the app shell for offline reloads (build/sw.js).
 * Browsers allow one only on HTTPS or localhost; elsewhere (plain HTTP on a LAN) Plenary
 * still works online and keeps typed text in IndexedDB, but cannot reopen without network.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => {
      // Refused (private mode, policy): online use is unaffected.
    });
  });
}

// Plenary's service worker: keeps the app shell so a statement opened before reopens after
// a reload without a network; its text comes from IndexedDB (y-indexeddb) and merges when
// the server is back. Generated into dist/sw.js by build/serviceWorker.ts, which fills in
// the version and the list of built files.
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const SHELL = `plenary-shell-${VERSION}`;
/** Last answers of GET /api/…, for reading while offline; emptied on sign-in and sign-out. */
const API = 'plenary-api';

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL)
      .then((cache) => cache.addAll(['/', ...PRECACHE]))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith('plenary-shell-') && name !== SHELL)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/auth/') && request.method === 'POST') {
    // Another person may sign in on this browser next: forget what the last one read.
    event.waitUntil(caches.delete(API));
    return;
  }
  if (request.method !== 'GET') return;
  if (url.pathname.startsWith('/api/')) event.respondWith(networkFirst(request));
  else if (url.pathname.startsWith('/assets/')) event.respondWith(cacheFirst(request));
  else if (request.mode === 'navigate') event.respondWith(appShell(request));
});

/** Hashed assets never change: the cached copy is the right one. */
async function cacheFirst(request) {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    const copy = response.clone();
    caches
      .open(SHELL)
      .then((cache) => cache.put(request, copy))
      .catch(() => undefined);
  }
  return response;
}

/** Any page of the app is index.html: the network's when it answers, else the cached one. */
async function appShell(request) {
  try {
    return await fetch(request);
  } catch (error) {
    const shell = await caches.match('/', { cacheName: SHELL });
    if (shell) return shell;
    throw error;
  }
}

/** The server's answer when there is one; offline, the last JSON answer to the same GET. */
async function networkFirst(request) {
  try {
    const response = await fetch(request);
    const type = response.headers.get('Content-Type') ?? '';
    if (response.status === 200 && type.startsWith('application/json')) {
      const copy = response.clone();
      caches
        .open(API)
        .then((cache) => cache.put(request, copy))
        .catch(() => undefined);
    }
    return response;
  } catch (error) {
    const cached = await caches.match(request, { cacheName: API });
    if (cached) return cached;
    throw error;
  }
}

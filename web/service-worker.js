// The app shell offline. web/vite.config.ts fills in the version and the precache list (index.html,
// the entry's JS and CSS, the questionnaire's chunks and the translations) at build time.
// Only those public, content-hashed files are ever cached: no API response, no navigation
// response (an old-style invite link carries its token in the path), nothing fetched at run time.
const CACHE = 'pmo-shell-__VERSION__';
const PRECACHE = __PRECACHE__;
const SHELL = '/index.html';

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

// Older versions' caches go as soon as this one takes over.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((k) => k.startsWith('pmo-shell-') && k !== CACHE).map((k) => caches.delete(k)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  // The API, other origins and anything but GET pass straight through, untouched and uncached.
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/'))
    return;
  if (request.mode === 'navigate') {
    // Network first, so a deploy shows at once; the cached shell only when the network fails.
    event.respondWith(
      fetch(request).catch(() =>
        caches.match(SHELL, { cacheName: CACHE }).then((shell) => shell || Response.error()),
      ),
    );
    return;
  }
  if (PRECACHE.includes(url.pathname))
    event.respondWith(
      caches.match(url.pathname, { cacheName: CACHE }).then((cached) => cached || fetch(request)),
    );
});

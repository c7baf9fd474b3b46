// GridDesk field app service worker: keeps the app shell and the pages last seen, so the crew can
// still read an order where there is no signal. Actions are not handled here: the page's outbox
// queues them and sends them when the network returns.
const VERSION = 'griddesk-field-1';
const SHELL = ['/m', '/css/field.css', '/js/field-app.js', '/js/app.js', '/webjars/bootstrap/css/bootstrap.min.css',
  '/img/field/icon-192.png'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(VERSION)
    .then((cache) => Promise.all(SHELL.map((url) => cache.add(url).catch(() => undefined))))
    .then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((key) => key !== VERSION).map((key) => caches.delete(key))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  // fragments (HX-Request) share their page's address: never let one stand in for the page
  if (request.method !== 'GET' || url.origin !== self.location.origin || request.headers.get('HX-Request')) {
    return;
  }
  if (url.pathname.startsWith('/m')) {
    event.respondWith(fetch(request).then((response) => {
      if (response.ok && !response.redirected) {
        const copy = response.clone();
        caches.open(VERSION).then((cache) => cache.put(request, copy));
      }
      return response;
    }).catch(() => caches.match(request).then((hit) => hit || caches.match('/m'))));
    return;
  }
  if (url.pathname.startsWith('/css/') || url.pathname.startsWith('/js/') || url.pathname.startsWith('/webjars/')
      || url.pathname.startsWith('/img/')) {
    // stale-while-revalidate: start from the cached shell, fetch the current one for next time
    event.respondWith(caches.match(request).then((hit) => {
      const fresh = fetch(request).then((response) => {
        if (response.ok) {
          const copy = response.clone();
          caches.open(VERSION).then((cache) => cache.put(request, copy));
        }
        return response;
      }).catch(() => hit || Response.error());
      return hit || fresh;
    }));
  }
});

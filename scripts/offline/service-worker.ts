/**
 * The service worker, written here so that it is type-checked and its rules unit-tested; the
 * Vite plugin (vite-plugin.ts) writes both functions' source into `sw.js` with the build's
 * cache name and file list. Neither may use anything from outside its own body.
 */

export type Strategy = 'network-first' | 'cache-first' | 'none';

/** What a fetch must be for the worker to answer it; anything else goes to the network as is. */
export interface RequestLike {
  method: string;
  url: string;
  mode: string;
  headers: { has(name: string): boolean };
}

/**
 * Only two kinds of request are the worker's: the app's pages (network first, then the cached
 * index.html, so a deploy shows at once when online) and the hashed files under /assets/
 * (cache first: a new build has new names). The API and Socket.IO are never answered nor
 * cached: their answers carry participants' and facilitators' data and tokens; neither is
 * anything with an Authorization header or a token in its query.
 */
export function strategyFor(request: RequestLike, origin: string): Strategy {
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== origin) return 'none';
  if (request.headers.has('authorization') || /token/i.test(url.search)) return 'none';
  if (/^\/(api|socket\.io)(\/|$)/.test(url.pathname)) return 'none';
  if (request.mode === 'navigate') return 'network-first';
  return url.pathname.startsWith('/assets/') ? 'cache-first' : 'none';
}

interface WaitEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends WaitEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
/** The parts of ServiceWorkerGlobalScope used here (the DOM lib has no worker types). */
export interface WorkerScope {
  location: { origin: string };
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: WaitEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}

/** Precaches the shell on install, drops older builds' caches on activate, answers fetches. */
export function serviceWorker(
  scope: WorkerScope,
  cacheName: string,
  precache: readonly string[],
  strategy: typeof strategyFor,
): void {
  const PREFIX = 'knyta-';
  scope.addEventListener('install', (event) => {
    event.waitUntil(
      caches
        .open(cacheName)
        .then((cache) => cache.addAll(precache))
        .then(() => scope.skipWaiting()),
    );
  });
  scope.addEventListener('activate', (event) => {
    event.waitUntil(
      caches
        .keys()
        .then((names) =>
          Promise.all(
            names
              .filter((name) => name.startsWith(PREFIX) && name !== cacheName)
              .map((name) => caches.delete(name)),
          ),
        )
        .then(() => scope.clients.claim()),
    );
  });
  scope.addEventListener('fetch', (event) => {
    const how = strategy(event.request, scope.location.origin);
    if (how === 'network-first') {
      event.respondWith(
        fetch(event.request).catch(() =>
          caches
            .open(cacheName)
            .then((cache) => cache.match('/index.html'))
            .then((shell) => shell ?? Response.error()),
        ),
      );
    } else if (how === 'cache-first') {
      event.respondWith(
        caches.open(cacheName).then(async (cache) => {
          const hit = await cache.match(event.request);
          if (hit) return hit;
          const response = await fetch(event.request);
          // A chunk the list left out (the pitch form) is kept once it was loaded online.
          if (response.ok) await cache.put(event.request, response.clone());
          return response;
        }),
      );
    }
  });
}

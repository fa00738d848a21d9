// The service worker: the page opens without a network after the first visit. It precaches the
// files of exactly one build, named in BUILD by the post-build hook (scripts/service-worker.mjs)
// with each file's SHA-256, serves them from that cache, and on activation deletes the caches
// of every other build of this app at this scope. A file whose bytes are not this build's
// (the host already serves a newer build) fails the install, so no cache mixes two builds.
const BUILD = { name: 'development', files: [] }; // written by scripts/service-worker.mjs

// Apps at other paths of the same origin (user.github.io/a/, /b/) keep their own caches.
const SCOPE = new URL(self.registration.scope).pathname;
const PREFIX = `vnus ${SCOPE} `;
const CACHE = PREFIX + BUILD.name;
const PATHS = new Set(BUILD.files.map((f) => f.path));

function base64(buffer) {
  let text = '';
  for (const byte of new Uint8Array(buffer)) text += String.fromCharCode(byte);
  return btoa(text);
}

async function precache() {
  const cache = await caches.open(CACHE);
  try {
    await Promise.all(BUILD.files.map(async ({ path, sha256 }) => {
      const digest = async (response) => base64(await crypto.subtle.digest('SHA-256', await response.clone().arrayBuffer()));
      // A file the last build had with the same bytes (the wasm, when only the text changed)
      // is taken from its cache, not downloaded again.
      const kept = await caches.match(path);
      if (kept && await digest(kept) === sha256) return cache.put(path, kept);
      // The copy the page just loaded is usually in the HTTP cache; when that copy is not
      // this build's, ask the host again past it.
      let response = await fetch(path);
      if (!response.ok || await digest(response) !== sha256) response = await fetch(new Request(path, { cache: 'no-cache' }));
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
      if (await digest(response) !== sha256) throw new Error(`${path} is not of build ${BUILD.name}`);
      await cache.put(path, response);
    }));
  } catch (error) {
    await caches.delete(CACHE);
    throw error;
  }
}

self.addEventListener('install', (event) => {
  // A new build takes over at once: the next visit gets it, without waiting for every tab to
  // close. A page of the old build still open keeps what it loaded; the reader's files carry
  // content hashes, so it never gets the new build's reader (it reads on the page instead).
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(SCOPE)) return;
  let path = url.pathname.slice(SCOPE.length);
  // The page at any of its addresses (?event=…, the folder itself) is index.html.
  if (request.mode === 'navigate' && path === '') path = 'index.html';
  if (!PATHS.has(path)) return;
  event.respondWith(caches.open(CACHE)
    .then((cache) => cache.match(path))
    .then((cached) => cached ?? fetch(request)));
});

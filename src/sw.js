// Velkommen's service worker: the guide opens with no network after the first visit, and costs
// no download until a new release. `tools/make-loader` writes it to dist/sw.js, filling in the
// files and the version of the build below; the loader registers it
// with the guide's own folder as its scope, and only when the guide is served from the page's
// origin (a service worker cannot be registered for another origin).
//
// What it keeps, in one cache per release ("velkommen-<version>"):
// - at install: the page (index.html), the loader, the JS glue, the wasm and the stylesheets;
// - when first fetched: a language file (locales/<lang>.ftl?v=…) and a content pack (packs/…:
//   the chosen municipality's and the national one, in the languages read), also those fetched
//   before the worker was there (the loader names them in a message).
// What the page has just fetched is taken from the browser's own copy where its address names its
// content (see `keep`): a first visit downloads the wasm once, not once for the page and once for
// the worker.
// What it never keeps: anything outside the guide's folder, anything but a GET, and any request
// with a query other than a language file's version (answers are never in a request: they stay in
// memory, and a results link keeps them in the fragment, which is not sent).
// A new release changes this file (its version and file names): the browser installs the new
// worker on the next visit, which takes over at once and deletes the older caches.

const VERSION = __VERSION__;
const FILES = __FILES__;
const CACHE = "velkommen-" + VERSION;
const scope = () => self.registration.scope;

/** Keeps `url` in `cache`. A file whose address names its content (a hashed file, a pack, a
 * language file by its version) is the same bytes whatever copy is taken: the page has most
 * likely just fetched it, so the browser's own copy is taken (`force-cache`) and the first visit
 * does not download the wasm a second time. The page and the loader keep their names across
 * releases: they are asked of the network as usual. */
function keep(cache, url, named) {
  if (!named) return cache.add(url);
  return fetch(url, { cache: "force-cache" }).then((response) => {
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return cache.put(url, response);
  });
}

/** Trunk's hashed file names (`velkommen-<16 hex>_bg.wasm`, `style-<16 hex>.css`…). */
const hashed = (f) => /-[0-9a-f]{16}(_bg)?\.[a-z]+$/.test(f);

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => Promise.all(FILES.map((f) => keep(cache, new URL(f, scope()).href, hashed(f)))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("velkommen-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

/** `url`'s path inside the guide's folder ("", "index.html", "packs/…"), or null outside it. */
function inFolder(url) {
  return url.href.startsWith(scope()) ? url.pathname.slice(new URL(scope()).pathname.length) : null;
}

/** Whether the worker may answer `request` from its cache (see the comment at the top): the only
 * query it answers is a language file's version. */
function ours(request) {
  if (request.method !== "GET") return false;
  const url = new URL(request.url);
  const rest = inFolder(url);
  if (rest === null) return false;
  return !url.search || keptWhenFetched(rest, url.search);
}

/** A language file (by its version) or a content pack: kept once fetched. */
function keptWhenFetched(rest, search) {
  return (/^locales\/[a-z]{2,3}\.ftl$/.test(rest) && /^\?v=[0-9a-f]+$/.test(search)) || (rest.startsWith("packs/") && !search);
}

// The loader names what the guide fetched before this worker was there: kept as if fetched now.
self.addEventListener("message", (event) => {
  const wanted = (event.data && Array.isArray(event.data.keep) ? event.data.keep : []).filter((u) => {
    try {
      const url = new URL(u);
      const rest = inFolder(url);
      return rest !== null && keptWhenFetched(rest, url.search);
    } catch (_) {
      return false;
    }
  });
  event.waitUntil(
    caches.open(CACHE).then((cache) => Promise.all(wanted.map((u) => cache.match(u).then((hit) => hit || keep(cache, u, true).catch(() => {}))))),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (!ours(request)) return;
  const url = new URL(request.url);
  const rest = inFolder(url);
  // The guide's own page, under its folder's address or as index.html.
  const page = request.mode === "navigate" && (rest === "" || rest === "index.html");
  const key = page ? new URL("index.html", scope()).href : request;
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(key).then((hit) => {
        if (hit) return hit;
        return fetch(request).then((response) => {
          // A language file or a pack is kept for the next visit; other files were kept at install.
          if (response.ok && keptWhenFetched(rest, url.search)) cache.put(request, response.clone());
          return response;
        });
      }),
    ),
  );
});

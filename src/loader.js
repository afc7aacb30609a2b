// Velkommen's loader: the one file a municipality's page includes, next to its host element:
//
//   <div id="velkommen" data-municipality="jammerbugt"></div>
//   <script type="module" src="https://www.jammerbugt.dk/velkommen/velkommen.js"></script>
//
// Its name never changes; the files it loads carry a content hash and may be cached forever.
// `tools/make-loader` (run by Trunk after each build) writes it to dist/velkommen.js with the
// hashed names, the crash texts of every language and the index of municipalities (each one's
// name, contact and content pack) filled in where the `__…__` placeholders are.
//
// What it does:
// - finds every file relative to its own URL, so the guide may live on another path or origin;
// - gives the guide a shadow root on the host element with the guide's stylesheet inside: the
//   host page's CSS does not reach the guide and the guide's CSS does not reach the host page;
// - starts the WebAssembly; if that is impossible (an old browser, a file that did not arrive) or
//   the guide stops with an error later (a Rust panic sends `velkommen-crash`), it shows a short
//   message in the person's language with the municipality's phone number and "start again",
//   never a frozen or empty box.
// No inline script, no inline style: it runs under a strict Content-Security-Policy.

const FILES = __FILES__;
const TEXTS = __TEXTS__;
// The index of municipalities and their content packs (src/content/packs.rs): handed to the guide.
const INDEX = __INDEX__;
// Only a release build keeps an offline copy: during development (tools/serve) every rebuild
// must show at once.
const OFFLINE = __OFFLINE__;
const RTL = ["ar", "fa"];
/** The writing direction of a language's text (as `Lang::dir` in the guide). */
const dirOf = (lang) => (RTL.includes(lang) ? "rtl" : "ltr");

const base = new URL(".", import.meta.url);
const file = (name) => new URL(name, base).href;

function hostElement() {
  const found = document.getElementById("velkommen");
  if (found) return found;
  // A page that forgot the element still gets the guide, at the end of its body.
  const div = document.createElement("div");
  div.id = "velkommen";
  document.body.append(div);
  return div;
}

/** `key` from the address fragment (`#s=…&l=ar&m=…`), which the guide keeps in the address. */
function fromFragment(key) {
  return new URLSearchParams(location.hash.replace(/^#/, "")).get(key);
}

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

/** The message `id` of `lang`, its `{ $name }` placeholders filled (isolated, as Fluent does). */
function text(lang, id, args) {
  const t = (TEXTS[lang] && TEXTS[lang][id]) || TEXTS.da[id];
  return t.replace(/\{\s*\$(\w+)\s*\}/g, (_, k) => "\u2068" + (args && args[k] ? args[k] : "") + "\u2069");
}

/** The crash message in `lang`: heading, reassurance, whom to call, and "start again". */
function crashBlock(lang, place, headingLevel) {
  let phone;
  if (place) {
    // The number as a link: one tap calls it on a phone.
    const [before, after] = text(lang, "crash-phone", { municipality: place.name, phone: "\u0000" }).split("\u0000");
    const call = el("a", { href: "tel:" + place.phone.replace(/\s+/g, ""), class: "vk-link", dir: "ltr" }, place.phone);
    phone = el("p", {}, before, call, after);
  } else {
    phone = el("p", {}, text(lang, "crash-phone-unknown"));
  }
  const again = el("button", { type: "button", class: "vk-button vk-button--primary" }, text(lang, "crash-again"));
  // Start again: the page without the guide's fragment (the answers were only in memory).
  again.addEventListener("click", () => location.replace(location.href.split("#")[0]));
  return el("div", { class: "vk-alert vk-alert--error", role: "alert", lang, dir: dirOf(lang) },
    el(headingLevel, { class: "vk-h1", tabindex: "-1" }, text(lang, "crash-heading")),
    el("p", {}, text(lang, "crash-body")),
    phone,
    again);
}

/** The index's entry of municipality `id` (as the guide reads it: without regard to case or
 * surrounding space), or undefined. */
function municipality(id) {
  return id ? INDEX.municipalities.find((e) => e.id === id.trim().toLowerCase()) : undefined;
}

/** `<main>` only on the guide's own page: a host page has its own (as `Ctx::main_tag`). */
function mainTag(host) {
  return host.hasAttribute("data-standalone") ? "main" : "div";
}

/** Replaces whatever the guide showed with the crash message. */
function fail(mount, host, reason) {
  if (mount.dataset.failed) return;
  mount.dataset.failed = "true";
  console.error("velkommen: the guide stopped:", reason);
  // (The guide's own root says the person's language only once the wasm runs: before, it is the
  // prerendered first screen, Danish whoever reads it.)
  const shown = mount.hasAttribute("data-rendered") ? mount.querySelector(".vk") : null;
  const lang = [shown && shown.dataset.chosen, fromFragment("l"), host.dataset.lang].find((l) => l && TEXTS[l]);
  const place = [shown && shown.dataset.municipality, fromFragment("m"), host.dataset.municipality]
    .map(municipality).find((e) => e && e.phone);
  const main = el(mainTag(host), { class: "vk-main" });
  if (lang) {
    main.append(crashBlock(lang, place, "h1"));
  } else {
    // The language is not known yet: Danish and English.
    main.append(crashBlock("da", place, "h1"), crashBlock("en", place, "h2"));
  }
  const lead = lang || "da";
  mount.replaceChildren(el("div", { class: "vk vk-crash", lang: lead, dir: dirOf(lead) }, main));
}

/** The prerendered first screen that fits how the guide opens, if any: `{ inline: true }` (the one
 * in index.html: its own page, Danish), `{ file, lang, name }` (another language, counter mode or
 * a host page, from first/; `name`: the municipality the host page names, put in place of the
 * prerender's), or null (another screen, a value the guide will explain: "loading" until the
 * wasm). The names are examples/prerender.rs's: `<lang>[-embedded][-counter][-fixed].html`. */
function firstScreen(host) {
  const screen = fromFragment("s");
  if (screen && screen !== "start") return null;
  // Counter mode, by a link or the host element, as the guide reads them (src/fragment.rs,
  // src/embed.rs); any other value, or idle minutes that are not a number of minutes, the guide
  // explains on its first screen: not prerendered.
  const linkMode = fromFragment("mode");
  const hostMode = (host.dataset.mode || "").trim().toLowerCase();
  if ((linkMode !== null && linkMode !== "counter") || (hostMode && hostMode !== "counter")) return null;
  const idle = (host.dataset.idleMinutes || "").trim();
  if (idle && !(/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(idle) && Number(idle) > 0 && Number(idle) <= 24 * 60)) return null;
  const counter = linkMode === "counter" || hostMode === "counter";
  // As the guide reads them: a link's `l=` exactly, the host page's `data-lang` as a language
  // tag ("EN", "en-GB"), the municipality without regard to case.
  const lang = fromFragment("l") || (host.dataset.lang || "da").trim().toLowerCase().split(/[-_]/)[0];
  if (!TEXTS[lang]) return null;
  const m = host.dataset.municipality && host.dataset.municipality.trim();
  const entry = municipality(m);
  if (m && !entry) return null;
  const standalone = host.hasAttribute("data-standalone");
  if (standalone && m) return null;
  if (standalone && !counter && lang === "da") return { inline: true };
  const path = `first/${lang}${standalone ? "" : "-embedded"}${counter ? "-counter" : ""}${entry ? "-fixed" : ""}.html`;
  return { file: path, lang, name: entry && entry.name };
}

/** Resolves when `link`'s stylesheet has loaded (or failed: the screen is shown anyway). */
function sheetLoaded(link) {
  if (!link || link.sheet) return Promise.resolve();
  return new Promise((resolve) => {
    link.addEventListener("load", resolve, { once: true });
    link.addEventListener("error", resolve, { once: true });
  });
}

/** Fetches a prerendered first screen from first/ and shows it once the guide's stylesheet is
 * there (never unstyled), unless the guide has rendered meanwhile. */
async function showFirstScreen(root, mount, first) {
  try {
    const [html] = await Promise.all([
      fetch(file(first.file)).then((r) => (r.ok ? r.text() : Promise.reject(new Error("HTTP " + r.status)))),
      sheetLoaded(root.querySelector("link[rel=stylesheet]")),
    ]);
    if (mount.hasAttribute("data-rendered") || mount.dataset.failed) return;
    mount.innerHTML = html;
    const radio = mount.querySelector("#vk-lang-" + first.lang);
    if (radio) radio.checked = true;
    const name = mount.querySelector(".vk-fixed strong");
    if (name && first.name) name.textContent = first.name;
  } catch (e) {
    console.warn("velkommen: no first screen before the guide:", e);
  }
}

async function start() {
  const host = hostElement();
  // A declarative shadow root (a prerendered page) is used as it is.
  const root = host.shadowRoot || host.attachShadow({ mode: "open" });
  if (window.CSS && CSS.registerProperty) {
    // The guide's own "rem" as a length, computed once at its root (see style.css).
    try {
      CSS.registerProperty({ name: "--vk-rem", syntax: "<length>", inherits: true, initialValue: "16px" });
    } catch (_) {
      // Already registered (a second loader on the page).
    }
  }
  const loading = () =>
    el(mainTag(host), { class: "vk-main vk-main--loading" },
      el("p", { class: "vk-loading", lang: "da" }, "Indlæser guiden …"),
      el("p", { class: "vk-loading", lang: "en" }, "Loading the guide …"));
  let mount = root.querySelector(".vk-mount");
  const first = firstScreen(host);
  const prerendered = !!mount && !!first && !!first.inline;
  if (!mount) {
    const css = el("link", { rel: "stylesheet", href: file(FILES.css) });
    mount = el("div", { class: "vk-mount" }, loading());
    // A stylesheet in a shadow root does not hold back the page's paint: the guide stays hidden
    // until its own has loaded, so it never shows unstyled and then moves (the host page keeps
    // its room, README "Embedding").
    mount.hidden = true;
    sheetLoaded(css).then(() => {
      mount.hidden = false;
    });
    root.replaceChildren(css, mount);
  } else if (!prerendered) {
    // The page holds the prerendered first screen, but the address asks for another screen,
    // language or mode: "loading" until the wasm shows it, rather than the wrong screen.
    mount.replaceChildren(loading());
  }
  // The guide fetches its language files and packs relative to this folder, not to the host page.
  mount.dataset.base = base.href;
  mount.dataset.index = JSON.stringify(INDEX);
  // "Start" pressed on the prerendered first screen before the wasm is there: remembered, and
  // the wasm goes on from it (the choices themselves are in the radios it reads). On a slow line
  // that can take seconds: the press is answered at once, under the button, in the language
  // chosen on the screen (else the screen's own), so that the person does not press again and
  // again or think the page is broken.
  mount.addEventListener("submit", (e) => {
    if (mount.hasAttribute("data-rendered")) return;
    e.preventDefault();
    mount.dataset.earlyStart = "true";
    const button = e.target.querySelector("button[type=submit]");
    if (!button || mount.querySelector(".vk-early-start")) return;
    const radio = mount.querySelector("input[name=vk-lang]:checked");
    const shown = mount.querySelector(".vk");
    const lang = [radio && radio.value, shown && shown.getAttribute("lang")].find((l) => l && TEXTS[l]) || "da";
    const status = el("p", { class: "vk-early-start", role: "status", lang, dir: dirOf(lang) }, text(lang, "early-start"));
    button.after(status);
    // The button is often at the bottom of a phone's screen: the answer must not be below it.
    status.scrollIntoView({ block: "nearest" });
  });
  mount.addEventListener("velkommen-crash", (e) => fail(mount, host, e.detail || "panic"));
  if (typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function") {
    fail(mount, host, "this browser has no WebAssembly");
    return;
  }
  if (prerendered) {
    // The first screen is in the page: let its stylesheet arrive and the screen be painted
    // first (on a slow connection the wasm would take their bandwidth), then fetch the wasm.
    // Choices made meanwhile are kept.
    if (document.readyState !== "complete") await new Promise((resolve) => addEventListener("load", resolve, { once: true }));
    await firstPaint();
  } else if (first && first.file && !(navigator.serviceWorker && navigator.serviceWorker.controller)) {
    // Another language or a host page: its first screen from first/ (a few KB), shown as soon as
    // it and the stylesheet are here, then the wasm. (Not with an offline copy: the wasm is at
    // hand at once.)
    await Promise.race([showFirstScreen(root, mount, first), new Promise((resolve) => setTimeout(resolve, 3000))]);
    // One frame to paint it (a tab opened in the background paints no frames: not more than 0.1 s).
    await Promise.race([
      new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))),
      new Promise((resolve) => setTimeout(resolve, 100)),
    ]);
  }
  try {
    const glue = await import(file(FILES.js));
    await glue.default({ module_or_path: file(FILES.wasm) });
  } catch (e) {
    fail(mount, host, e);
    return;
  }
  offline();
}

/** Resolves once the page has painted its first content (at most 3 s: a browser that does not
 * report paints). */
function firstPaint() {
  return new Promise((resolve) => {
    const after = () => setTimeout(resolve, 0);
    setTimeout(resolve, 3000);
    try {
      if (performance.getEntriesByName("first-contentful-paint").length) return after();
      const seen = new PerformanceObserver(() => {
        seen.disconnect();
        after();
      });
      seen.observe({ type: "paint", buffered: true });
    } catch (_) {
      requestAnimationFrame(after);
    }
  });
}

/** The next visit opens with no network: a service worker for the guide's folder only (sw.js).
 * Not for a guide on another origin than the page (a browser does not allow it), and never with
 * a wider scope than the folder, so a host page's own addresses stay the host's. */
function offline() {
  if (!OFFLINE || !("serviceWorker" in navigator) || base.origin !== location.origin) return;
  navigator.serviceWorker.register(file("sw.js"), { scope: base.pathname }).catch((e) => {
    console.warn("velkommen: no offline copy:", e);
  });
  // What the guide fetched before the worker was there (the language read, the chosen
  // municipality's packs): the worker keeps those too, so the next visit has them offline.
  navigator.serviceWorker.ready.then((registration) => {
    const fetched = performance
      .getEntriesByType("resource")
      .map((r) => r.name)
      .filter((u) => u.startsWith(base.href) && /\/(packs|locales)\//.test(u));
    if (registration.active && fetched.length) registration.active.postMessage({ keep: fetched });
  });
}

start();

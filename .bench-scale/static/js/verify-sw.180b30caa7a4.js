// The verify pages' service worker, served at /verify-sw.js with scope "/": it keeps what checking
// a certificate's credential needs, so that a verify link opened without a network still checks
// it (verify-offline.js) against the key list and revocation list as of the last visit:
//   /.well-known/did.json, /credentials/status/<list>.jwt, /static/js/*.js, /static/css/*.css,
//   and the verify pages /<lang>/verify/<code>/ (with /<lang>/verify/offline/, the page served
//   for a verify address it has no copy of).
// Always the network first, its copy only when the network fails (or answers 5xx); what it
// answers from its copy carries the header X-Verify-From-Cache: 1. Nothing else is kept: no admin,
// no learner pages, no query strings, no responses marked no-store, and only the last 50 verify
// pages; every other request skips this worker altogether (static routes), so the rest of the site
// is as fast as without it. Addresses are kept without their "#…" part, so a credential never
// ends up in the cache.
"use strict";

var CACHE = "otbasy-verify-v1";
var FROM_CACHE = "X-Verify-From-Cache";
var VERIFY_PAGE = /^\/([a-z]{2})\/verify\/[A-Za-z0-9-]+\/$/;
var SHELL = /^\/[a-z]{2}\/verify\/offline\/$/;
var MAX_PAGES = 50;
var FILES = [
  /^\/\.well-known\/did\.json$/,
  /^\/credentials\/status\/[A-Za-z0-9._~-]+\.jwt$/,
  /^\/static\/js\/[A-Za-z0-9._-]+\.js$/,
  /^\/static\/css\/[A-Za-z0-9._-]+\.css$/,
];
// The same, as URL patterns: requests matching none go straight to the network.
var ROUTED = [
  { pathname: "/.well-known/did.json" },
  { pathname: "/credentials/status/*" },
  { pathname: "/static/js/*" },
  { pathname: "/static/css/*" },
  { pathname: "/:lang/verify/*" },
];
var routes = "none";

// "page", "file" or null (not ours to keep) for a URL.
function kindOf(url) {
  if (url.origin !== self.location.origin || url.search) return null;
  if (VERIFY_PAGE.test(url.pathname)) return "page";
  for (var i = 0; i < FILES.length; i++) {
    if (FILES[i].test(url.pathname)) return "file";
  }
  return null;
}

function withoutHash(href) {
  var url = new URL(href, self.location.origin);
  url.hash = "";
  return url;
}

function shellFor(url) {
  var match = VERIFY_PAGE.exec(url.pathname);
  return match ? self.location.origin + "/" + match[1] + "/verify/offline/" : null;
}

function storable(response) {
  return (
    response.status === 200 &&
    response.type === "basic" &&
    !/no-store/i.test(response.headers.get("Cache-Control") || "")
  );
}

// The oldest verify pages beyond MAX_PAGES go (keys are in the order they were last stored).
function trimPages(cache) {
  return cache.keys().then(function (requests) {
    var pages = requests.filter(function (request) {
      var path = new URL(request.url).pathname;
      return VERIFY_PAGE.test(path) && !SHELL.test(path);
    });
    var extra = pages.slice(0, Math.max(0, pages.length - MAX_PAGES));
    return Promise.all(
      extra.map(function (request) {
        return cache.delete(request);
      })
    );
  });
}

function store(key, response) {
  if (!storable(response)) return Promise.resolve(false);
  var copy = response.clone();
  return caches
    .open(CACHE)
    .then(function (cache) {
      return cache.put(key, copy).then(function () {
        return kindOf(new URL(key)) === "page" ? trimPages(cache) : null;
      });
    })
    .then(
      function () {
        return true;
      },
      function () {
        return false;
      }
    );
}

// The kept copy of `key`, marked as such, or null.
function kept(key) {
  return caches
    .open(CACHE)
    .then(function (cache) {
      return cache.match(key, { ignoreVary: true });
    })
    .then(function (response) {
      if (!response) return null;
      var headers = new Headers(response.headers);
      headers.set(FROM_CACHE, "1");
      return new Response(response.body, {
        status: response.status,
        statusText: response.statusText,
        headers: headers,
      });
    });
}

function failed(response) {
  return response.status >= 500;
}

// Network first; the kept copy of `key` (else of `fallback`) when the network fails.
function networkFirst(event, request, key, fallback) {
  function fromCopy(response) {
    return kept(key)
      .then(function (copy) {
        return copy || (fallback ? kept(fallback) : null);
      })
      .then(function (copy) {
        return copy || response || Response.error();
      });
  }
  return fetch(request).then(
    function (response) {
      event.waitUntil(store(key, response));
      return failed(response) ? fromCopy(response) : response;
    },
    function () {
      return fromCopy(null);
    }
  );
}

// Fetch and keep a URL a page asked for, if it is one of ours.
function keep(href) {
  var url;
  try {
    url = withoutHash(href);
  } catch (error) {
    return Promise.resolve(false);
  }
  if (!kindOf(url)) return Promise.resolve(false);
  return fetch(url.href, { credentials: "omit", cache: "no-cache" }).then(
    function (response) {
      return store(url.href, response);
    },
    function () {
      return false;
    }
  );
}

// The offline page of a verify page's language, fetched once if not kept yet.
function keepShell(shell) {
  if (!shell) return Promise.resolve(false);
  return kept(shell).then(function (copy) {
    return copy ? true : keep(shell);
  });
}

self.addEventListener("install", function (event) {
  if (typeof event.addRoutes === "function") {
    var rule = {
      condition: {
        not: {
          or: ROUTED.map(function (pattern) {
            return { urlPattern: pattern };
          }),
        },
      },
      source: "network",
    };
    try {
      event.waitUntil(
        event.addRoutes(rule).then(
          function () {
            routes = "added";
          },
          function (error) {
            routes = "refused: " + error;
          }
        )
      );
    } catch (error) {
      routes = "refused: " + error;
    }
  }
  self.skipWaiting();
});

self.addEventListener("activate", function (event) {
  event.waitUntil(
    caches
      .keys()
      .then(function (names) {
        return Promise.all(
          names
            .filter(function (name) {
              return name.indexOf("otbasy-verify-") === 0 && name !== CACHE;
            })
            .map(function (name) {
              return caches.delete(name);
            })
        );
      })
      .then(function () {
        return self.clients.claim();
      })
  );
});

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET") return;
  var url = withoutHash(request.url);
  var kind = kindOf(url);
  if (request.mode === "navigate") {
    if (kind !== "page") return;
    var shell = shellFor(url);
    event.waitUntil(keepShell(shell));
    event.respondWith(networkFirst(event, request, url.href, shell));
  } else if (kind === "file") {
    event.respondWith(networkFirst(event, request, url.href, null));
  }
});

// {type: "keep", urls: [...]} from verify-offline.js; answers on the transferred port when done.
self.addEventListener("message", function (event) {
  var data = event.data || {};
  if (data.type !== "keep" || !Array.isArray(data.urls)) return;
  var work = Promise.all(data.urls.slice(0, 40).map(keep)).then(function (done) {
    if (event.ports && event.ports[0]) {
      event.ports[0].postMessage({ kept: done.filter(Boolean).length, routes: routes });
    }
  });
  event.waitUntil(work);
});

// The verify page also checks the certificate's own signed credential, which the PDF's QR carries
// after "#vc=" (browsers never send that part to the server): credential-verify.js checks it here
// against the registry's keys and revocation list, fetched now or, without a network, as
// verify-sw.js kept them on an earlier visit ("verified offline, status as of …"). The messages
// come translated in the element's data-msg-* attributes and are written as text, never as HTML.
(function () {
  var box = document.querySelector("[data-offline-verify]");
  var credential = window.OtbasyCredential;
  if (!box || !credential) return;
  var FROM_CACHE = "X-Verify-From-Cache"; // set by verify-sw.js on what it answers from its copy
  var didUrl = box.getAttribute("data-did-url") || "/.well-known/did.json";
  var pageLang = /^\/([a-z]{2})\/verify\//.exec(window.location.pathname);
  var lang = pageLang ? pageLang[1] : (document.documentElement.lang || "en").slice(0, 2);
  var shellUrl =
    box.getAttribute("data-offline-url") || (pageLang ? "/" + lang + "/verify/offline/" : null);
  var workers = "serviceWorker" in navigator ? navigator.serviceWorker : null;
  var controlledAtLoad = Boolean(workers && workers.controller);
  var statusPaths = [];

  function message(name, values) {
    var text =
      box.getAttribute("data-msg-" + name) ||
      box.getAttribute("data-msg-" + name.replace(/_/g, "-"));
    if (text === null) return null;
    Object.keys(values || {}).forEach(function (key) {
      text = text.split("{" + key + "}").join(values[key]);
    });
    return text;
  }

  function formatDate(date, withTime) {
    if (!date) return "";
    var style = withTime ? { dateStyle: "long", timeStyle: "short" } : { dateStyle: "long" };
    try {
      return new Intl.DateTimeFormat(lang, style).format(date);
    } catch (error) {
      return date.toISOString().slice(0, withTime ? 16 : 10).replace("T", " ");
    }
  }

  // Network first; the worker's copy (marked by its header) or, when the worker does not control
  // this page yet, the copy in its cache read from here.
  function load(url) {
    return fetch(url, { credentials: "omit", cache: "no-cache" })
      .then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        var fromCache = response.headers.get(FROM_CACHE) === "1";
        return response.text().then(function (text) {
          return { text: text, fromCache: fromCache };
        });
      })
      .catch(function () {
        if (!window.caches) throw new Error("offline");
        return window.caches.match(url, { ignoreVary: true }).then(function (kept) {
          if (!kept) throw new Error("offline");
          return kept.text().then(function (text) {
            return { text: text, fromCache: true };
          });
        });
      });
  }

  function tokenFromHash() {
    var found = null;
    (window.location.hash || "")
      .replace(/^#/, "")
      .split("&")
      .forEach(function (part) {
        if (part.slice(0, 3) === "vc=") found = part.slice(3);
      });
    if (found === null) return null;
    try {
      return decodeURIComponent(found).trim();
    } catch (error) {
      return "";
    }
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  var LOOKS = {
    ok: "valid",
    expired: "expired",
    no_status: "expired",
  };

  function render(result) {
    var text;
    if (result.ok) {
      text = result.fromCache
        ? message("verified-offline", { date: formatDate(result.statusAsOf, true) })
        : message("verified-online");
    } else {
      text = message(result.reason);
    }
    if (text === null && result.reason === "unsupported") return; // the server's answer stands
    box.setAttribute("data-result", result.reason);
    box.setAttribute("data-detail", result.detail || ""); // which check refused, for support
    box.setAttribute("data-source", result.fromCache ? "cache" : "network");
    while (box.firstChild) box.removeChild(box.firstChild);
    var status = element(
      "p",
      "verify__status verify__status--" + (LOOKS[result.reason] || "revoked"),
      text === null ? result.reason : text
    );
    status.setAttribute("role", "status");
    status.setAttribute("data-testid", "offline-verify-status");
    box.appendChild(status);
    if (result.issuerName) {
      var signer = message("signed-by", { issuer: result.issuerName });
      if (signer !== null) {
        var line = element("p", "verify__signer", signer);
        line.setAttribute("data-testid", "offline-verify-signer");
        box.appendChild(line);
      }
    }
    var facts = [
      ["course", result.course],
      ["holders", result.holders && result.holders.join(", ")],
      ["valid-until", formatDate(result.validUntil, false)],
    ].filter(function (fact) {
      return fact[1] && box.getAttribute("data-label-" + fact[0]) !== null;
    });
    if (result.issuerName && facts.length) {
      var list = element("dl", "verify__facts");
      facts.forEach(function (fact) {
        list.appendChild(element("dt", "", box.getAttribute("data-label-" + fact[0])));
        var value = element("dd", "", fact[1]);
        value.setAttribute("data-fact", fact[0]);
        list.appendChild(value);
      });
      box.appendChild(list);
    }
    box.hidden = false;
  }

  function check() {
    var token = tokenFromHash();
    if (token === null) return Promise.resolve(null);
    box.setAttribute("aria-busy", "true");
    return credential
      .verifyCredential({
        token: token,
        pageCode: credential.codeFromPath(window.location.pathname),
        lang: lang,
        loadDidDocument: function () {
          return load(didUrl);
        },
        loadStatusList: function (path) {
          statusPaths.push(path);
          return load(path);
        },
      })
      .then(function (result) {
        box.removeAttribute("aria-busy");
        render(result);
        return result;
      });
  }

  // What the worker should keep from this visit: the offline page of this language always; the
  // page itself, the key list, the status list and our scripts and styles when the worker did not
  // yet see them go by (the first visit). It keeps only what it was written to keep.
  function keepList() {
    var urls = shellUrl ? [shellUrl] : [];
    if (controlledAtLoad) return urls;
    urls.push(window.location.pathname, didUrl);
    urls = urls.concat(statusPaths);
    var assets = document.querySelectorAll("script[src], link[rel~='stylesheet'][href]");
    Array.prototype.forEach.call(assets, function (node) {
      urls.push(node.src || node.href);
    });
    return urls;
  }

  function keep(registration) {
    var worker = registration && registration.active;
    if (!worker) return;
    var channel = new MessageChannel();
    channel.port1.onmessage = function () {
      box.setAttribute("data-offline-ready", "true");
    };
    worker.postMessage({ type: "keep", urls: keepList() }, [channel.port2]);
  }

  var worker = Promise.resolve(null);
  var swUrl = box.getAttribute("data-sw-url");
  if (workers && swUrl) {
    worker = workers
      .register(swUrl, { scope: "/" })
      .then(function () {
        return workers.ready;
      })
      .catch(function () {
        return null;
      });
  }
  var checked = check().catch(function () {
    return null;
  });
  Promise.all([worker, checked]).then(function (done) {
    keep(done[0]);
  });
  window.addEventListener("hashchange", function () {
    check().catch(function () {});
  });
})();

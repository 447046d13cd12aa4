// Checks a certificate's signed credential in the browser, with nothing but WebCrypto (Ed25519) and
// DecompressionStream: no server round trip for the signature, and none at all when the registry's
// key list and revocation list were kept from an earlier visit (verify-sw.js keeps them).
//
// The credential is a VC-JOSE compact JWT: header {"alg":"EdDSA","typ":"vc+jwt","kid":"did:web:…"},
// payload an Open Badges 3.0 credential. The key is looked up by `kid` in the site's DID document
// (/.well-known/did.json, keys as Multikey "z6Mk…"), the revocation bit in the Bitstring Status
// List the credential names, itself a JWT signed by the same issuer.
//
// window.OtbasyCredential.verifyCredential(options) resolves (never rejects) to {ok, reason,
// detail, code, issuerName, validUntil, statusAsOf, holders, course, fromCache}, reason one of: ok,
// malformed, algorithm, unknown_key, revoked_key, signature, expired, revoked, mismatch, no_status
// (the status list, or the key list, is neither reachable nor kept), unsupported (this browser
// lacks Ed25519 or DecompressionStream). Facts (issuer, course, holders …) are only read from a
// payload whose signature checked out; before that they are null.
(function (root) {
  "use strict";

  var MAX_TOKEN = 8 * 1024; // a certificate's credential; the QR could not carry much more
  var MAX_STATUS_TOKEN = 512 * 1024; // a status list of 131072 bits is 16 KiB before GZIP
  var MAX_LIST_BYTES = 4 * 1024 * 1024; // refuse to inflate a status list beyond this
  var MULTICODEC = [0xed, 0x01]; // ed25519-pub
  // 2027-05-01, 2027-05-01T00:00:00Z, 2027-05-01T05:00:00.123456+05:00 …
  var ISO_DATE =
    /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;
  var BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

  function Refusal(reason, detail) {
    this.reason = reason;
    this.detail = detail || "";
  }

  function refuse(reason, detail) {
    throw new Refusal(reason, detail);
  }

  function isObject(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
  }

  // --- Encodings ---

  // base64url without padding (RFC 7515); anything else is refused, not repaired.
  function base64urlDecode(text) {
    if (typeof text !== "string" || !/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) {
      refuse("malformed", "base64url");
    }
    var binary = root.atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  function base58btcDecode(text) {
    if (typeof text !== "string" || !text.length) refuse("malformed", "base58");
    var zeros = 0; // each leading "1" is a leading zero byte
    while (zeros < text.length && text.charAt(zeros) === "1") zeros++;
    var digits = []; // the number's bytes, least significant first
    for (var i = zeros; i < text.length; i++) {
      var carry = BASE58.indexOf(text.charAt(i));
      if (carry < 0) refuse("malformed", "base58");
      for (var j = 0; j < digits.length; j++) {
        carry += digits[j] * 58;
        digits[j] = carry & 0xff;
        carry >>= 8;
      }
      while (carry > 0) {
        digits.push(carry & 0xff);
        carry >>= 8;
      }
    }
    var bytes = new Uint8Array(zeros + digits.length);
    for (var k = 0; k < digits.length; k++) bytes[zeros + k] = digits[digits.length - 1 - k];
    return bytes;
  }

  // Multikey "z…" (base58btc) of 0xed 0x01 + the 32-byte raw Ed25519 public key.
  function multikeyToRaw(multibase) {
    if (typeof multibase !== "string" || multibase.charAt(0) !== "z") {
      refuse("unknown_key", "multibase");
    }
    var bytes = base58btcDecode(multibase.slice(1));
    if (bytes.length !== 34 || bytes[0] !== MULTICODEC[0] || bytes[1] !== MULTICODEC[1]) {
      refuse("unknown_key", "multikey");
    }
    return bytes.slice(2);
  }

  function decodeJson(bytes) {
    var value;
    try {
      value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    } catch (error) {
      refuse("malformed", "json");
    }
    if (!isObject(value)) refuse("malformed", "json");
    return value;
  }

  // --- JWT ---

  // The three parts of a compact JWS, its header checked: EdDSA only, nothing we do not understand.
  function parseJwt(token, maxLength) {
    if (typeof token !== "string" || !token.length) refuse("malformed", "empty");
    if (token.length > (maxLength || MAX_TOKEN)) refuse("malformed", "too_large");
    var parts = token.split(".");
    if (parts.length !== 3) refuse("malformed", "parts");
    var header = decodeJson(base64urlDecode(parts[0]));
    if (header.alg !== "EdDSA") refuse("algorithm", String(header.alg));
    if (header.crit !== undefined) refuse("malformed", "crit");
    if (header.typ !== undefined && header.typ !== "vc+jwt") refuse("malformed", "typ");
    if (typeof header.kid !== "string" || !header.kid) refuse("unknown_key", "no_kid");
    var payload = decodeJson(base64urlDecode(parts[1]));
    var signature = base64urlDecode(parts[2]);
    if (signature.length !== 64) refuse("signature", "length");
    return {
      header: header,
      payload: payload,
      signature: signature,
      signingInput: new TextEncoder().encode(parts[0] + "." + parts[1]),
    };
  }

  function didOf(reference) {
    var hash = reference.indexOf("#");
    return hash < 0 ? reference : reference.slice(0, hash);
  }

  function absoluteId(id, didDocument) {
    return typeof id === "string" && id.charAt(0) === "#" ? didDocument.id + id : id;
  }

  // The verification method `kid` names, if the DID document lists it for signing credentials.
  function findKey(didDocument, kid) {
    if (!isObject(didDocument) || typeof didDocument.id !== "string") {
      refuse("no_status", "did_document");
    }
    if (didOf(kid) !== didDocument.id) refuse("unknown_key", "other_did");
    var methods = asList(didDocument.verificationMethod);
    var method = null;
    methods.forEach(function (candidate) {
      if (isObject(candidate) && absoluteId(candidate.id, didDocument) === kid) method = candidate;
    });
    if (!method) refuse("unknown_key", "not_listed");
    if (method.revoked !== undefined && method.revoked !== null) {
      refuse("revoked_key", String(method.revoked));
    }
    var allowed = asList(didDocument.assertionMethod).some(function (entry) {
      var id = isObject(entry) ? entry.id : entry;
      return absoluteId(id, didDocument) === kid;
    });
    if (!allowed) refuse("unknown_key", "not_assertion");
    if (method.type !== "Multikey") refuse("unknown_key", "type");
    if (method.controller !== undefined && method.controller !== didDocument.id) {
      refuse("unknown_key", "controller");
    }
    return method;
  }

  function importKey(method) {
    var raw = multikeyToRaw(method.publicKeyMultibase);
    if (!root.crypto || !root.crypto.subtle) refuse("unsupported", "webcrypto");
    return root.crypto.subtle.importKey("raw", raw, { name: "Ed25519" }, false, ["verify"]).catch(
      function (error) {
        var unsupported = error && error.name === "NotSupportedError";
        refuse(unsupported ? "unsupported" : "unknown_key", "import");
      }
    );
  }

  // Resolves to the parsed JWT when its signature is the issuer's; rejects with a Refusal.
  function verifyJwt(token, didDocument, maxLength) {
    return Promise.resolve().then(function () {
      var jwt = parseJwt(token, maxLength);
      var method = findKey(didDocument, jwt.header.kid);
      return importKey(method).then(function (key) {
        return root.crypto.subtle
          .verify({ name: "Ed25519" }, key, jwt.signature, jwt.signingInput)
          .then(function (valid) {
            if (!valid) refuse("signature", "");
            return jwt;
          });
      });
    });
  }

  // --- Credential fields ---

  function parseDate(value) {
    if (value === undefined || value === null) return null;
    var match = typeof value === "string" && ISO_DATE.exec(value);
    if (!match) refuse("malformed", "date");
    var text = match[1] + "T" + (match[2] || "00:00") + ":" + (match[3] || "00");
    if (match[4]) text += "." + (match[4] + "00").slice(0, 3);
    var zone = match[5] || "Z";
    if (/^[+-]\d{4}$/.test(zone)) zone = zone.slice(0, 3) + ":" + zone.slice(3);
    var date = new Date(text + zone.toUpperCase());
    if (isNaN(date.getTime())) refuse("malformed", "date");
    return date;
  }

  // A string, one {"@value","@language"} or a list of those: the one in `lang`, else the first.
  function inLanguage(value, lang) {
    if (typeof value === "string") return value;
    var list = Array.isArray(value) ? value : [value];
    var chosen = null;
    list.forEach(function (entry) {
      if (typeof entry === "string") entry = { "@value": entry };
      if (!isObject(entry) || typeof entry["@value"] !== "string") return;
      var entryLang = String(entry["@language"] || "").toLowerCase().split("-")[0];
      if (!chosen || (lang && entryLang === lang && chosen.lang !== lang)) {
        chosen = { text: entry["@value"], lang: entryLang };
      }
    });
    return chosen ? chosen.text : null;
  }

  function asList(value) {
    if (value === undefined || value === null) return [];
    return Array.isArray(value) ? value : [value];
  }

  function issuerOf(payload) {
    var issuer = payload.issuer;
    if (typeof issuer === "string") return { id: issuer, name: null };
    if (isObject(issuer) && typeof issuer.id === "string") {
      return { id: issuer.id, name: issuer.name };
    }
    refuse("malformed", "issuer");
  }

  function hasType(payload, type) {
    return asList(payload.type).indexOf(type) >= 0;
  }

  // Codes are compared as the server normalises them: upper case, letters and digits only.
  function normaliseCode(raw) {
    return String(raw || "")
      .toUpperCase()
      .replace(/[^A-Z0-9]/g, "");
  }

  // The code of a verify page's path (/<lang>/verify/<code>/), normalised; "" elsewhere.
  function codeFromPath(pathname) {
    var match = /^\/[a-z]{2}(?:-[a-z]+)?\/verify\/([^/]+)\/?$/i.exec(pathname || "");
    if (!match) return "";
    try {
      return normaliseCode(decodeURIComponent(match[1]));
    } catch (error) {
      return "";
    }
  }

  // The code of a credential id, https://<host>/api/credentials/<CODE>/, normalised; "" otherwise.
  function codeFromCredentialId(id) {
    var match = /\/api\/credentials\/([^/?#]+)\/?$/.exec(typeof id === "string" ? id : "");
    return match ? normaliseCode(match[1]) : "";
  }

  // The path (on this site) and list index a BitstringStatusListEntry points at.
  function statusEntry(payload) {
    var entries = asList(payload.credentialStatus).filter(function (entry) {
      return (
        isObject(entry) &&
        entry.type === "BitstringStatusListEntry" &&
        entry.statusPurpose === "revocation"
      );
    });
    if (!entries.length) return null;
    var entry = entries[0];
    var index = String(entry.statusListIndex);
    if (!/^\d{1,9}$/.test(index)) refuse("malformed", "status_index");
    var url;
    try {
      url = new URL(entry.statusListCredential);
    } catch (error) {
      refuse("malformed", "status_url");
    }
    if (!/^\/credentials\/status\/[A-Za-z0-9._~-]+\/?$/.test(url.pathname)) {
      refuse("malformed", "status_url");
    }
    return {
      id: entry.statusListCredential,
      path: url.pathname.replace(/\/$/, ""),
      jwtPath: url.pathname.replace(/\/$/, "") + ".jwt",
      index: parseInt(index, 10),
    };
  }

  // --- Status list ---

  // GZIP-inflated bytes of a multibase base64url (no padding) encodedList.
  function decodeList(encodedList) {
    if (typeof encodedList !== "string" || encodedList.charAt(0) !== "u") {
      refuse("no_status", "encoding");
    }
    var compressed = base64urlDecode(encodedList.slice(1));
    if (typeof root.DecompressionStream !== "function") refuse("unsupported", "decompression");
    var stream = new Blob([compressed]).stream().pipeThrough(new root.DecompressionStream("gzip"));
    var reader = stream.getReader();
    var chunks = [];
    var total = 0;
    function read() {
      return reader.read().then(function (step) {
        if (step.done) {
          var bytes = new Uint8Array(total);
          var offset = 0;
          chunks.forEach(function (chunk) {
            bytes.set(chunk, offset);
            offset += chunk.length;
          });
          return bytes;
        }
        total += step.value.length;
        if (total > MAX_LIST_BYTES) {
          reader.cancel();
          refuse("no_status", "too_large");
        }
        chunks.push(step.value);
        return read();
      });
    }
    return read().catch(function (error) {
      if (error instanceof Refusal) throw error;
      refuse("no_status", "gzip");
    });
  }

  // Bit `index` of the list, 0 being the most significant bit of the first byte.
  function bitAt(bytes, index) {
    if (index >= bytes.length * 8) refuse("no_status", "index");
    return (bytes[index >> 3] >> (7 - (index & 7))) & 1;
  }

  function samePath(a, b) {
    function path(value) {
      try {
        return new URL(value).pathname.replace(/\/$/, "").replace(/\.jwt$/, "");
      } catch (error) {
        return null;
      }
    }
    return path(a) !== null && path(a) === path(b);
  }

  // Resolves to {revoked, statusAsOf} from a status list JWT signed by `issuerId`'s key. Whatever
  // is wrong with the list, the credential is not at fault: its status is unknown (no_status).
  function checkStatusList(token, didDocument, entry, issuerId) {
    return verifyJwt(token, didDocument, MAX_STATUS_TOKEN)
      .then(function (jwt) {
        var payload = jwt.payload;
        var subject = payload.credentialSubject;
        if (issuerOf(payload).id !== issuerId) refuse("no_status", "list_issuer");
        if (payload.id !== undefined && !samePath(payload.id, entry.id)) {
          refuse("no_status", "list_id");
        }
        if (
          !isObject(subject) ||
          subject.type !== "BitstringStatusList" ||
          (subject.statusPurpose !== undefined && subject.statusPurpose !== "revocation")
        ) {
          refuse("no_status", "list_type");
        }
        var statusAsOf = parseDate(payload.validFrom);
        return decodeList(subject.encodedList).then(function (bytes) {
          return { revoked: bitAt(bytes, entry.index) === 1, statusAsOf: statusAsOf };
        });
      })
      .catch(function (refusal) {
        if (!(refusal instanceof Refusal)) refuse("no_status", "list_error");
        if (refusal.reason === "unsupported" || refusal.reason === "no_status") throw refusal;
        refuse("no_status", "list_" + refusal.reason + ":" + refusal.detail);
      });
  }

  // --- The whole check ---

  function result(reason, facts, detail) {
    var out = {
      ok: reason === "ok",
      reason: reason,
      detail: detail || "",
      code: null,
      issuerName: null,
      validUntil: null,
      statusAsOf: null,
      holders: [],
      course: null,
      fromCache: false,
    };
    Object.keys(facts || {}).forEach(function (key) {
      if (facts[key] !== undefined) out[key] = facts[key];
    });
    return out;
  }

  // options: token (the compact JWT), pageCode (the code of the page's address), lang ("kk", "ru",
  // "en"), now (a Date, default now), loadDidDocument() and loadStatusList(path): each resolves to
  // {text, fromCache} or rejects when neither the network nor a kept copy has it.
  function verifyCredential(options) {
    var facts = {};
    var fromCache = false;
    var now = options.now || new Date();
    var didDocument;
    var jwt;

    function loaded(copy) {
      if (copy.fromCache) fromCache = true;
      return copy.text;
    }

    return Promise.resolve()
      .then(function () {
        jwt = parseJwt(options.token, MAX_TOKEN); // malformed or not EdDSA: no need for keys
        return Promise.resolve()
          .then(options.loadDidDocument)
          .catch(function () {
            refuse("no_status", "did_document");
          });
      })
      .then(function (copy) {
        try {
          didDocument = JSON.parse(loaded(copy));
        } catch (error) {
          refuse("no_status", "did_document");
        }
        return verifyJwt(options.token, didDocument, MAX_TOKEN);
      })
      .then(function () {
        var payload = jwt.payload;
        var issuer = issuerOf(payload);
        if (issuer.id !== didDocument.id) refuse("unknown_key", "issuer");
        if (!hasType(payload, "VerifiableCredential")) refuse("malformed", "type");
        var subject = isObject(payload.credentialSubject) ? payload.credentialSubject : {};
        var achievement = isObject(subject.achievement) ? subject.achievement : {};
        facts.code = codeFromCredentialId(payload.id);
        facts.issuerName = inLanguage(issuer.name, options.lang);
        facts.course = inLanguage(achievement.name, options.lang);
        facts.holders = asList(subject.identifier)
          .map(function (identity) {
            var masked = isObject(identity) ? identity.identityHash : null;
            return typeof masked === "string" ? masked : null;
          })
          .filter(Boolean);
        facts.validUntil = parseDate(payload.validUntil);
        if (!facts.code || facts.code !== normaliseCode(options.pageCode)) {
          refuse("mismatch", facts.code);
        }
        var expired =
          (facts.validUntil && facts.validUntil.getTime() < now.getTime()) ||
          (typeof payload.exp === "number" && payload.exp * 1000 < now.getTime());
        var entry = statusEntry(payload);
        if (!entry) return expired ? "expired" : "ok";
        return Promise.resolve(entry.jwtPath)
          .then(options.loadStatusList)
          .then(loaded, function () {
            refuse("no_status", "unreachable");
          })
          .then(function (token) {
            return checkStatusList(token.trim(), didDocument, entry, issuer.id);
          })
          .then(
            function (status) {
              facts.statusAsOf = status.statusAsOf;
              if (status.revoked) return "revoked";
              return expired ? "expired" : "ok";
            },
            function (refusal) {
              // Revoked outranks expired; without a list, an expired certificate is still expired.
              if (expired && refusal instanceof Refusal && refusal.reason === "no_status") {
                return "expired";
              }
              throw refusal;
            }
          );
      })
      .then(
        function (reason) {
          facts.fromCache = fromCache;
          return result(reason, facts);
        },
        function (error) {
          facts.fromCache = fromCache;
          if (error instanceof Refusal) return result(error.reason, facts, error.detail);
          return result("malformed", facts, (error && error.name) || "error");
        }
      );
  }

  root.OtbasyCredential = {
    base64urlDecode: base64urlDecode,
    base58btcDecode: base58btcDecode,
    multikeyToRaw: multikeyToRaw,
    parseJwt: parseJwt,
    findKey: findKey,
    verifyJwt: verifyJwt,
    decodeList: decodeList,
    bitAt: bitAt,
    normaliseCode: normaliseCode,
    codeFromPath: codeFromPath,
    codeFromCredentialId: codeFromCredentialId,
    verifyCredential: verifyCredential,
    Refusal: Refusal,
  };
})(typeof self !== "undefined" ? self : window);

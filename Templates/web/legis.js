// Legis: the member's key in this browser. Makes an Ed25519 key with WebCrypto (the private
// part cannot be exported), keeps it in IndexedDB, and signs with it in OpenSSH's SSHSIG format:
// sign-in challenges in the "legis-sign-in" namespace, endorsement tags in git's "git" namespace.
"use strict";
(function () {
  const DATABASE = "legis";
  const STORE = "keys";
  const SLOT = "member";
  const encoder = new TextEncoder();

  function database() {
    return new Promise(function (resolve, reject) {
      const request = indexedDB.open(DATABASE, 1);
      request.onupgradeneeded = function () { request.result.createObjectStore(STORE); };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
    });
  }

  async function keep(keyPair) {
    const db = await database();
    return new Promise(function (resolve, reject) {
      const transaction = db.transaction(STORE, "readwrite");
      transaction.objectStore(STORE).put(keyPair, SLOT);
      transaction.oncomplete = function () { resolve(); };
      transaction.onerror = function () { reject(transaction.error); };
    });
  }

  async function stored() {
    const db = await database();
    return new Promise(function (resolve, reject) {
      const request = db.transaction(STORE, "readonly").objectStore(STORE).get(SLOT);
      request.onsuccess = function () { resolve(request.result || null); };
      request.onerror = function () { reject(request.error); };
    });
  }

  function join(parts) {
    let length = 0;
    for (const part of parts) length += part.length;
    const out = new Uint8Array(length);
    let offset = 0;
    for (const part of parts) { out.set(part, offset); offset += part.length; }
    return out;
  }

  function uint32(value) {
    return new Uint8Array([(value >>> 24) & 255, (value >>> 16) & 255, (value >>> 8) & 255, value & 255]);
  }

  // An SSH wire "string": a 4-byte big-endian length, then the bytes.
  function string(bytes) {
    if (typeof bytes === "string") bytes = encoder.encode(bytes);
    return join([uint32(bytes.length), bytes]);
  }

  function base64(bytes) {
    let text = "";
    for (const byte of bytes) text += String.fromCharCode(byte);
    return btoa(text);
  }

  function unbase64(text) {
    const binary = atob(text);
    const out = new Uint8Array(binary.length);
    for (let index = 0; index < binary.length; index++) out[index] = binary.charCodeAt(index);
    return out;
  }

  async function publicKeyBlob(keyPair) {
    const raw = new Uint8Array(await crypto.subtle.exportKey("raw", keyPair.publicKey));
    return join([string("ssh-ed25519"), string(raw)]);
  }

  // SSHSIG (OpenSSH PROTOCOL.sshsig) with SHA-512, armored as ssh-keygen writes it.
  async function sshsig(keyPair, message, namespace) {
    const magic = encoder.encode("SSHSIG");
    const digest = new Uint8Array(await crypto.subtle.digest("SHA-512", message));
    const signed = join([magic, string(namespace), string(""), string("sha512"), string(digest)]);
    const raw = new Uint8Array(await crypto.subtle.sign("Ed25519", keyPair.privateKey, signed));
    const blob = join([
      magic, uint32(1), string(await publicKeyBlob(keyPair)), string(namespace), string(""), string("sha512"),
      string(join([string("ssh-ed25519"), string(raw)])),
    ]);
    const lines = base64(blob).match(/.{1,70}/g).join("\n");
    return "-----BEGIN SSH SIGNATURE-----\n" + lines + "\n-----END SSH SIGNATURE-----\n";
  }

  function say(text) {
    const status = document.querySelector(".legis-status");
    if (status) status.textContent = text;
  }

  async function memberKey() {
    const keyPair = await stored();
    if (!keyPair) throw new Error("This browser holds no member key: open your invitation link in it first, or ask the secretariat for a new one.");
    return keyPair;
  }

  const actions = {
    enrol: async function (form) {
      say("Making your key…");
      const keyPair = await crypto.subtle.generateKey({ name: "Ed25519" }, false, ["sign", "verify"]);
      await keep(keyPair);
      form.elements.publicKey.value = "ssh-ed25519 " + base64(await publicKeyBlob(keyPair));
    },
    signin: async function (form) {
      const field = form.elements.challenge;
      const signature = await sshsig(await memberKey(), encoder.encode(field.value), field.dataset.namespace);
      form.elements.signature.value = signature;
    },
    endorse: async function (form) {
      const payload = unbase64(form.elements.payload.value);
      form.elements.signature.value = await sshsig(await memberKey(), payload, "git");
    },
  };

  for (const form of document.querySelectorAll("form[data-legis]")) {
    const action = actions[form.dataset.legis];
    if (!action) continue;
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (!window.isSecureContext || !crypto.subtle) {
        say("This page is not a secure context (use https, or http://localhost), so the browser cannot use its key.");
        return;
      }
      action(form).then(function () { form.submit(); }, function (error) { say(error.message || String(error)); });
    });
  }
})();

// Lädt extension.js mit einem nachgebildeten Modul „vscode“ (ohne VS Code): Die Erweiterung und
// vscode-languageclient/node lassen sich laden, und fehlt der Befehl des Sprachservers, kommt die
// deutsche Meldung mit der Installation. Aufruf: node tests/laden.js [Verzeichnis der Erweiterung]
"use strict";
const assert = require("assert");
const Module = require("module");
const path = require("path");

const verzeichnis = path.resolve(process.argv[2] || path.join(__dirname, ".."));
const meldungen = [];
let befehl = "lexdsl-gibt-es-nicht";
const clients = [];
const vscode = {
  window: {
    showErrorMessage: async (meldung) => { meldungen.push(meldung); },
    createOutputChannel: () => ({ appendLine() {}, dispose() {} }),
  },
  workspace: {
    workspaceFolders: undefined,
    getConfiguration: () => ({ get: (k) => (k === "befehl" ? befehl : undefined) }),
    onDidChangeConfiguration: () => ({ dispose() {} }),
  },
  commands: { registerCommand: () => ({ dispose() {} }), executeCommand: async () => {} },
};
// Alles Übrige (Klassen, Aufzählungen), das vscode-languageclient beim Laden braucht, als leere Klasse.
const leer = () => new Proxy(class {}, { get: (t, k) => (k in t ? t[k] : leer()) });
const nachbildung = new Proxy(vscode, { get: (t, k) => (k in t ? t[k] : leer()) });
const laden = Module._load;
Module._load = function (name, ...rest) {
  if (name === "vscode") return nachbildung;
  const modul = laden.call(this, name, ...rest);
  if (name !== "vscode-languageclient/node") return modul;
  // Der echte Client lädt; gestartet wird ein nachgebildeter, der nur festhält, womit.
  assert.strictEqual(typeof modul.LanguageClient, "function");
  class LanguageClient {
    constructor(...angaben) { clients.push(angaben); }
    async start() {}
    async stop() {}
  }
  return { ...modul, LanguageClient };
};

const erweiterung = require(path.join(verzeichnis, "extension.js"));
(async () => {
  const context = { subscriptions: [] };
  await erweiterung.activate(context);  // Befehl fehlt
  assert.strictEqual(meldungen.length, 1, `eine Meldung erwartet: ${JSON.stringify(meldungen)}`);
  assert.match(meldungen[0], /„lexdsl-gibt-es-nicht“ wurde nicht gefunden/);
  assert.match(meldungen[0], /pip install 'lexdsl\[sprache\]'/);
  assert.strictEqual(context.subscriptions.length, 2);
  assert.strictEqual(erweiterung.finden("lexdsl-gibt-es-nicht"), undefined);
  assert.ok(erweiterung.finden("node"), "node liegt im PATH");

  // Ein vorhandener Befehl: gestartet als „<befehl> sprachserver“ über stdin/stdout, ohne weitere Angaben
  // (TransportKind.stdio hinge „--stdio“ an, das lexdsl sprachserver ablehnt).
  befehl = "node";
  await erweiterung.activate({ subscriptions: [] });
  assert.strictEqual(clients.length, 1);
  const [id, , server, optionen] = clients[0];
  assert.strictEqual(id, "lexdsl");
  assert.strictEqual(server.command, erweiterung.finden("node"));
  assert.deepStrictEqual(server.args, ["sprachserver"]);
  assert.strictEqual(server.transport, undefined);
  const muster = optionen.documentSelector.map((f) => f.pattern).filter(Boolean);
  assert.deepStrictEqual(muster, ["**/*.lexdsl", "**/*.feature", "**/beispiele/**/*.{yaml,yml}"]);
  assert.strictEqual(meldungen.length, 1);
  console.log(`✓ ${path.relative(process.cwd(), path.join(verzeichnis, "extension.js")) || "extension.js"} lädt; fehlt der Befehl, meldet sie es auf Deutsch, sonst startet sie „<befehl> sprachserver“.`);
})().catch((fehler) => {
  console.error(fehler);
  process.exit(1);
});

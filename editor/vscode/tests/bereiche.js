// Zerlegt Dateien mit den Grammatiken aus package.json (vscode-textmate, wie VS Code) und gibt je Zeile
// die Bereiche als JSON aus: {"datei": [[[anfang, ende, [scopes…]], …], …]} (Spalten in UTF-16).
// Aufruf: node tests/bereiche.js <scopeName> <datei>…   (tests/test_editor.py vergleicht sie mit dem Parser)
"use strict";
const fs = require("fs");
const path = require("path");
const oniguruma = require("vscode-oniguruma");
const textmate = require("vscode-textmate");

const wurzel = path.join(__dirname, "..");
const paket = JSON.parse(fs.readFileSync(path.join(wurzel, "package.json"), "utf8"));
const grammatiken = Object.fromEntries(paket.contributes.grammars.map((g) => [g.scopeName, path.join(wurzel, g.path)]));

async function main() {
  const [scope, ...dateien] = process.argv.slice(2);
  const wasm = fs.readFileSync(require.resolve("vscode-oniguruma/release/onig.wasm"));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (muster) => new oniguruma.OnigScanner(muster),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (name) => (grammatiken[name]
      ? textmate.parseRawGrammar(fs.readFileSync(grammatiken[name], "utf8"), grammatiken[name])
      : null),
  });
  const grammatik = await registry.loadGrammar(scope);
  const ergebnis = {};
  for (const datei of dateien) {
    let stapel = textmate.INITIAL;
    ergebnis[datei] = fs.readFileSync(datei, "utf8").split(/\r?\n/).map((zeile) => {
      const r = grammatik.tokenizeLine(zeile, stapel);
      stapel = r.ruleStack;
      return r.tokens.map((t) => [t.startIndex, t.endIndex, t.scopes]);
    });
  }
  process.stdout.write(JSON.stringify(ergebnis));
}
main().catch((fehler) => { console.error(fehler); process.exit(1); });

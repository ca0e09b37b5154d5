// lexdsl für Visual Studio Code: startet den Sprachserver „lexdsl sprachserver“ (LSP über stdio)
// für Normdateien (.lexdsl), Szenarien (.feature) und Beispielfälle (beispiele/*.yaml).
// Reines JavaScript, ohne Übersetzungsschritt; die Hervorhebung kommt aus syntaxes/.
"use strict";

const fs = require("fs");
const path = require("path");
const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

const INSTALLIEREN = "pip install 'lexdsl[sprache]'";
const EINSTELLUNG = "lexdsl.sprachserver.befehl";

/** @type {LanguageClient | undefined} */
let client;
/** @type {vscode.OutputChannel | undefined} */
let ausgabe;

/**
 * Der volle Pfad eines Befehls wie die Shell ihn fände, sonst undefined.
 * Ein Befehl mit Pfadtrenner wird so genommen, wie er steht (relativ zum Arbeitsbereich).
 */
function finden(befehl, arbeitsbereich) {
  const ausfuehrbar = (datei) => {
    try {
      fs.accessSync(datei, process.platform === "win32" ? fs.constants.F_OK : fs.constants.X_OK);
      return fs.statSync(datei).isFile();
    } catch {
      return false;
    }
  };
  const endungen = process.platform === "win32"
    ? ["", ...(process.env.PATHEXT || ".EXE;.CMD;.BAT").split(";")]
    : [""];
  if (befehl.includes("/") || befehl.includes("\\")) {
    const voll = path.isAbsolute(befehl) || !arbeitsbereich ? befehl : path.join(arbeitsbereich, befehl);
    return endungen.map((e) => voll + e).find(ausfuehrbar);
  }
  for (const verzeichnis of (process.env.PATH || "").split(path.delimiter)) {
    if (!verzeichnis) continue;
    const treffer = endungen.map((e) => path.join(verzeichnis, befehl + e)).find(ausfuehrbar);
    if (treffer) return treffer;
  }
  return undefined;
}

function arbeitsbereich() {
  const ordner = vscode.workspace.workspaceFolders;
  return ordner && ordner.length > 0 ? ordner[0].uri.fsPath : undefined;
}

async function fehlt(befehl) {
  const auswahl = await vscode.window.showErrorMessage(
    `lexdsl: Der Sprachserver lässt sich nicht starten – der Befehl „${befehl}“ wurde nicht gefunden. ` +
      `Installieren Sie ihn mit ${INSTALLIEREN} oder tragen Sie den vollen Pfad in der Einstellung ` +
      `„${EINSTELLUNG}“ ein (etwa /pfad/zum/.venv/bin/lexdsl).`,
    "Einstellung öffnen",
  );
  if (auswahl === "Einstellung öffnen") {
    await vscode.commands.executeCommand("workbench.action.openSettings", EINSTELLUNG);
  }
}

async function starten() {
  const einstellungen = vscode.workspace.getConfiguration("lexdsl.sprachserver");
  const befehl = (einstellungen.get("befehl") || "lexdsl").trim();
  const argumente = einstellungen.get("argumente") || ["sprachserver"];
  const cwd = arbeitsbereich();
  const programm = finden(befehl, cwd);
  if (!programm) {
    await fehlt(befehl);
    return;
  }
  if (!ausgabe) ausgabe = vscode.window.createOutputChannel("lexdsl Sprachserver");
  // Ohne „transport“: stdin/stdout des Prozesses. Mit TransportKind.stdio hinge der Client „--stdio“ an,
  // und lexdsl sprachserver kennt keine weiteren Angaben.
  const server = { command: programm, args: argumente, options: { cwd } };
  const clientOptions = {
    // Nach Muster, nicht nach Sprache: auch wenn eine andere Erweiterung .feature-Dateien übernimmt.
    documentSelector: [
      { scheme: "file", language: "lexdsl" },
      { scheme: "file", pattern: "**/*.lexdsl" },
      { scheme: "file", pattern: "**/*.feature" },
      { scheme: "file", pattern: "**/beispiele/**/*.{yaml,yml}" },
    ],
    diagnosticCollectionName: "lexdsl",
    outputChannel: ausgabe,
  };
  client = new LanguageClient("lexdsl", "lexdsl Sprachserver", server, clientOptions);
  try {
    await client.start();
  } catch (fehler) {
    client = undefined;
    vscode.window.showErrorMessage(
      `lexdsl: Der Sprachserver „${programm} ${argumente.join(" ")}“ ist nicht gestartet: ` +
        `${fehler && fehler.message ? fehler.message : fehler}. Braucht ${INSTALLIEREN}; ` +
        `Einzelheiten in der Ausgabe „lexdsl Sprachserver“.`,
    );
  }
}

async function anhalten() {
  if (!client) return;
  const alt = client;
  client = undefined;
  try {
    await alt.stop();
  } catch {
    // Ein Server, der schon beendet ist, muss nicht mehr angehalten werden.
  }
}

/** @param {vscode.ExtensionContext} context */
async function activate(context) {
  context.subscriptions.push(
    vscode.commands.registerCommand("lexdsl.sprachserver.neustart", async () => {
      await anhalten();
      await starten();
    }),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (e.affectsConfiguration("lexdsl.sprachserver")) {
        await anhalten();
        await starten();
      }
    }),
  );
  await starten();
}

function deactivate() {
  return anhalten();
}

module.exports = { activate, deactivate, finden };

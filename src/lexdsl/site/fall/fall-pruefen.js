/* Fall prüfen: die Prüfung von lexdsl im Browser (Pyodide, alles von dieser Website, nichts aus dem Netz).
 *
 * Python (fall_pruefen.py im Zip) entscheidet alles: welche Frage als nächste kommt, wie eine Antwort gelesen
 * wird, was feststeht und warum. Dieses Skript zeigt nur an und schickt jede Antwort mit allen bisherigen an
 * schritt(). Text aus Normen und Antworten kommt nur über textContent ins Dokument, nie als HTML.
 */
(function () {
  "use strict";
  var root = document.getElementById("fall-pruefen");
  if (!root) return;
  var folder = root.getAttribute("data-pfad");
  var engine = null;     // das Python-Modul fall_pruefen
  var state = null;      // Norm, Stichtag, Antworten, Übersprungenes: so, wie Python sie zuletzt bestätigt hat
  var shown = 0;         // gezeigte Stände (data-schritte: daran erkennt ein Test, dass ein Schritt fertig ist)
  var byId = function (id) { return document.getElementById(id); };

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }

  function button(text, onClick, cls) {
    var node = el("button", text, "md-button" + (cls ? " " + cls : ""));
    node.type = "button";
    node.addEventListener("click", onClick);
    return node;
  }

  function status(text) { byId("fp-status").textContent = text; }

  function failure(text, hint) {
    var box = byId("fp-meldung");
    box.replaceChildren(el("strong", "Fehler: "), document.createTextNode(text));
    if (hint) box.append(el("br"), document.createTextNode("Hinweis: " + hint));
    box.hidden = false;
    box.scrollIntoView({block: "start"});
  }

  function localToday() {
    var now = new Date();
    var pad = function (n) { return String(n).padStart(2, "0"); };
    return now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate());
  }

  function pageLink(name, href) {
    // Nur relative Pfade der Website (beim Bau erzeugt); alles andere bleibt Text.
    if (typeof href !== "string" || !/^[A-Za-z0-9._\/-]+$/.test(href)) return el("span", name);
    var link = el("a", name);
    link.href = href;
    return link;
  }

  // ------------------------------------------------------------ Start

  async function boot() {
    if (location.protocol === "file:") {
      status("Diese Seite braucht einen Webserver, etwa: python3 -m http.server -d site");
      failure("Als Datei geöffnet kann der Browser Python nicht laden.", "Starten Sie einen Webserver "
        + "im Ordner der Website und öffnen Sie die Seite über http://127.0.0.1.");
      return;
    }
    if (typeof loadPyodide !== "function") throw new Error("Pyodide fehlt");
    var index = new URL(folder + "pyodide/", location.href).href;
    var py = await loadPyodide({indexURL: index, packageBaseUrl: index, stdout: function () {},
                                stderr: function () {}});
    var response = await fetch(folder + "lexdsl-fall.zip");
    if (!response.ok) throw new Error("Zip fehlt");
    py.FS.writeFile("/tmp/lexdsl-fall.zip", new Uint8Array(await response.arrayBuffer()));
    py.runPython("import sys\nsys.path.insert(0, '/tmp/lexdsl-fall.zip')");
    engine = py.pyimport("fall_pruefen");
    var normen = JSON.parse(engine.normen());
    if (normen.length !== byId("fp-norm").options.length - 1) throw new Error("Normen passen nicht");
    byId("fp-beginnen").disabled = false;
    root.setAttribute("data-bereit", "1");
    status("Bereit: Wählen Sie die Norm und den Stichtag.");
  }

  byId("fp-stichtag").value = localToday();
  byId("fp-start").addEventListener("submit", function (event) {
    event.preventDefault();
    var norm = parseInt(byId("fp-norm").value, 10) || 0;
    if (step({norm: norm, stichtag: byId("fp-stichtag").value, antworten: {}, uebersprungen: []})) {
      byId("fp-start").hidden = true;
      byId("fp-gespraech").hidden = false;
      focusQuestion();
    }
  });
  byId("fp-neu").addEventListener("click", function () {
    state = null;
    byId("fp-gespraech").hidden = true;
    byId("fp-meldung").hidden = true;
    byId("fp-start").hidden = false;
    byId("fp-norm").focus();
  });

  // ------------------------------------------------------------ ein Schritt

  function step(request) {
    var answer;
    try {
      answer = JSON.parse(engine.schritt(JSON.stringify(request)));
    } catch (error) {
      failure("Die Prüfung im Browser ist fehlgeschlagen.", "Laden Sie die Seite neu.");
      return false;
    }
    if (answer.fehler) {
      failure((answer.feld ? "»" + answer.feld + "«: " : "") + answer.fehler, answer.hinweis);
      return false;
    }
    byId("fp-meldung").hidden = true;
    state = answer.zustand;
    show(answer);
    return true;
  }

  function act(extra) {
    var request = Object.assign({}, state, extra);
    if (step(request)) focusQuestion();
  }

  function focusQuestion() {
    var first = byId("fp-frage").querySelector("input, button");
    if (first) first.focus();
  }

  // ------------------------------------------------------------ Anzeige

  function show(view) {
    root.setAttribute("data-schritte", String(++shown));
    root.querySelector(".fp-titel").textContent = (view.norm || "Gesamtprüfung")
      + (view.stichtag_text ? " am " + view.stichtag_text : " (ohne Stichtag)");
    showQuestion(view);
    var results = byId("fp-ergebnisse");
    results.replaceChildren();
    view.ergebnisse.forEach(function (r) {
      var holder = results;
      if (view.gesamt) {
        holder = el("details");
        holder.append(el("summary", r.norm + ": " + r.entscheidung));
        results.append(holder);
      }
      holder.append(result(r), el("h4", "Begründung"), tree(r.begruendung));
    });
    showAnswers(view);
    status(view.fertig ? (view.entschieden ? "Entschieden." : "Keine Frage mehr.")
                       : "Nächste Frage: " + view.frage.name);
  }

  function result(r) {
    var box = el("div", null, "fp-ergebnis");
    var line = el("p", null, "fp-entscheidung ergebnis-" + r.ergebnis);
    line.setAttribute("data-ergebnis", r.ergebnis);
    line.append(pageLink(r.norm, r.seite), document.createTextNode(": " + r.entscheidung));
    box.append(line);
    if (r.fassung) box.append(el("p", "Fassung „" + r.fassung.name + "“ – " + r.fassung.gewaehlt, "fp-klein"));
    if (r.warnung) box.append(el("p", r.warnung, "fp-warnung"));
    if (r.moeglich_text.length) box.append(el("p", "Noch möglich: " + r.moeglich_text.join(", ")));
    if (r.hinweis) box.append(el("p", r.hinweis, "fp-warnung"));
    return box;
  }

  function tree(nodes) {
    var list = el("ul", null, "fp-begruendung");
    nodes.forEach(function (k) {
      var item = el("li");
      item.append(el("span", k.wert, "fp-wert fp-wert-" + k.wert), document.createTextNode(" " + k.text));
      if (k.fundstellen.length) item.append(" ", el("span", "[" + k.fundstellen.join("; ") + "]", "fp-fundstellen"));
      if (k.kinder.length) item.append(tree(k.kinder));
      list.append(item);
    });
    return list;
  }

  function showQuestion(view) {
    var box = byId("fp-frage");
    box.replaceChildren();
    var frage = view.frage;
    if (!frage) {
      box.append(el("h3", view.entschieden ? "Entschieden" : "Keine Frage mehr", null));
      box.lastChild.id = "fp-frage-titel";
      box.append(el("p", view.entschieden
        ? "Der Fall ist entschieden. Entscheidung und Begründung mit Fundstellen stehen unter „Stand der Prüfung“."
        : "Offen bleibt nur, was Sie mit „weiß nicht“ beantwortet haben: " + view.uebersprungen.join(", ")
          + ". Ändern Sie eine Antwort unten, um weiterzuprüfen."));
      view.ergebnisse.forEach(function (r) { box.append(result(r)); });
      return;
    }
    var title = el("h3", "Nächste Frage");
    title.id = "fp-frage-titel";
    var set = el("fieldset");
    set.setAttribute("data-art", frage.art);
    set.append(el("legend", frage.name, "fp-merkmal"));
    if (frage.beschreibung) set.append(el("p", frage.beschreibung, "fp-beschreibung"));
    if (frage.fundstellen.length) set.append(el("p", "Fundstelle: " + frage.fundstellen.join("; "), "fp-klein"));
    var about = el("p", "Entscheidet " + (frage.entscheidet ? "allein " : "") + "mit über: ", "fp-klein");
    frage.normen.forEach(function (pair, i) {
      if (i) about.append(", ");
      about.append(pageLink(pair[0], pair[1]));
    });
    set.append(about);
    var keys = el("p", null, "fp-knoepfe");
    var skip = button("weiß nicht", function () { act({frage: frage.name, antwort: "weiss_nicht"}); }, "fp-leise");
    if (frage.art === "janein") {
      keys.append(button("ja", function () { act({frage: frage.name, antwort: "ja"}); }, "md-button--primary"),
                  button("nein", function () { act({frage: frage.name, antwort: "nein"}); }, "md-button--primary"),
                  skip);
      set.append(keys);
    } else {
      var read;
      if (frage.art === "auswahl") {
        frage.werte.forEach(function (w, i) {
          var radio = el("input");
          radio.type = "radio";
          radio.name = "fp-wahl";
          radio.id = "fp-wahl-" + i;
          radio.value = w;
          radio.checked = i === 0;
          var label = el("label", w);
          label.htmlFor = radio.id;
          var line = el("p", null, "fp-wahl");
          line.append(radio, " ", label);
          set.append(line);
        });
        read = function () { var c = set.querySelector("input:checked"); return c ? c.value : ""; };
      } else {
        var input = el("input");
        input.id = "fp-wert";
        input.type = frage.art === "datum" ? "date" : frage.art === "anzahl" ? "number" : "text";
        if (frage.art === "anzahl") input.min = "0";
        var label = el("label", frage.art === "dauer" ? "Dauer (etwa „18 Monate“ oder „2 Jahre“)"
                                : frage.art === "datum" ? "Datum" : "Anzahl");
        label.htmlFor = input.id;
        var line = el("p");
        line.append(label, el("br"), input);
        set.append(line);
        input.addEventListener("keydown", function (event) {
          if (event.key === "Enter") { event.preventDefault(); take(); }
        });
        read = function () { return input.value; };
      }
      var take = function () { act({frage: frage.name, antwort: "wert", wert: read()}); };
      keys.append(button("Antwort übernehmen", take, "md-button--primary"), skip);
      set.append(keys);
    }
    box.append(title, set);
  }

  function showAnswers(view) {
    var box = byId("fp-antworten-inhalt");
    box.replaceChildren();
    if (!view.antworten.length) box.append(el("p", "Noch keine."));
    else {
      box.append(el("p", "Jede Antwort lässt sich hier ändern (dann „Änderungen übernehmen“) oder auf unbekannt setzen."));
      var table = el("table");
      var body = el("tbody");
      var fields = {};
      view.antworten.forEach(function (a, i) {
        var row = el("tr");
        var head = el("th");
        head.scope = "row";
        var label = el("label", a.name);
        label.htmlFor = "fp-fakt-" + i;
        head.append(label);
        var field;
        if (a.art === "janein" || a.art === "auswahl") {
          field = el("select");
          (a.art === "janein" ? ["ja", "nein"] : a.werte).concat(["unbekannt"]).forEach(function (w) {
            var option = el("option", w);
            option.value = w;
            option.selected = w === a.text;
            field.append(option);
          });
        } else {
          field = el("input");
          field.type = a.art === "datum" ? "date" : "text";
          field.value = a.art === "datum" ? a.iso : a.text;
        }
        field.id = "fp-fakt-" + i;
        fields[a.name] = field;
        var cell = el("td");
        cell.append(field);
        var reset = button("auf unbekannt", function () { act({loeschen: a.name}); }, "fp-leise");
        reset.setAttribute("aria-label", a.name + " auf unbekannt setzen");
        var resetCell = el("td");
        resetCell.append(reset);
        row.append(head, cell, resetCell);
        body.append(row);
      });
      table.append(body);
      box.append(table, button("Änderungen übernehmen", function () {
        var answers = {};
        Object.keys(fields).forEach(function (name) { answers[name] = fields[name].value; });
        act({antworten: answers});
      }));
    }
    if (view.uebersprungen.length) {
      box.append(el("p", "Mit „weiß nicht“ beantwortet: " + view.uebersprungen.join(", ") + "."));
    }
  }

  var started = performance.now();
  boot().then(function () {
    root.setAttribute("data-ladezeit-ms", String(Math.round(performance.now() - started)));
  }, function () {
    status("Die Prüfung konnte nicht geladen werden.");
    failure("Python ließ sich im Browser nicht starten.", "Laden Sie die Seite neu; es braucht einen aktuellen "
      + "Browser mit WebAssembly.");
  });
})();

// Glossar: der Filter über Begriffe und Merkmale (ohne Netz, ohne Bibliothek).
// Ein Eintrag bleibt sichtbar, wenn jedes Wort der Eingabe in seinem Namen oder Text vorkommt;
// Umlaute und Groß-/Kleinschreibung zählen nicht („ausreise“ findet „Ausreise“).
(function () {
  "use strict";
  function plain(text) {
    return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/ß/g, "ss");
  }
  function setUp() {
    var input = document.getElementById("lx-glossar-filter");
    if (!input || input.dataset.bereit) { return; }
    input.dataset.bereit = "1";
    var entries = Array.prototype.slice.call(document.querySelectorAll(".lx-eintrag"));
    var texts = entries.map(function (entry) { return plain(entry.textContent); });
    var status = document.getElementById("lx-glossar-treffer");
    function apply() {
      var words = plain(input.value).split(/\s+/).filter(Boolean);
      var shown = 0;
      entries.forEach(function (entry, i) {
        var hit = words.every(function (w) { return texts[i].indexOf(w) !== -1; });
        entry.hidden = !hit;
        if (hit) { shown += 1; }
      });
      status.textContent = words.length ? shown + " von " + entries.length + " Einträgen" : "";
    }
    input.addEventListener("input", apply);
    var query = new URLSearchParams(window.location.search).get("filter");
    if (query) { input.value = query; apply(); }
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", setUp); } else { setUp(); }
}());

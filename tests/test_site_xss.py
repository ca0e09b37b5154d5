"""Die gebaute Website gibt keinen Text als HTML aus: ein Korpus feindlicher Texte (XSS) an jeder Stelle.

Jede Nutzlast trägt eine eigene Marke (``lx01`` …), damit eine Fundstelle sofort zeigt,
welche Nutzlast durchgerutscht ist. Ein Projekt im temporären Verzeichnis enthält je
Nutzlast eine Normdatei (Norm, Vorschrift, Merkmale, Begriff, Fassungen, Nebenfolgen,
Ermessenskriterien, Wortlaut, Fundstellen, Kommentare) und eine Feature-Datei
(Funktionalität, Grundlage, Szenario, Grundriss, Tags, Schritte, Tabellen, Beispiele),
dazu einen Fall, einen Cucumber-Bericht und einen Abdeckungsbericht, beide ebenfalls
mit Nutzlasten. Geprüft werden alle HTML-Seiten, der Suchindex, die SVG-Diagramme
und – mit Chromium – die Seiten und die Suche im Browser.

Wo die Grammatik eine Nutzlast nicht zulässt (Namen, „[“/„]“ in Fundstellen, „[“/„#“ in
Titeln, Steuer- und Formatzeichen in Normdateien), prüft ein Test die Ablehnung, und die
Nutzlast steht dort nur soweit möglich. ``pytest -s`` zeigt die Zählung der Stellen.
"""

from __future__ import annotations

import functools
import html
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from .conftest import ROOT
from .site_support import HOOKS, build_site, html_files, parse_html

pytest.importorskip("mkdocs")

# ------------------------------------------------------------------ Nutzlasten

#: (Marke, Nutzlast). Jede Nutzlast enthält ihre Marke; unsichtbare Zeichen stehen als Escape da.
PAYLOADS: list[tuple[str, str]] = [
    ("lx01", '<script>alert("lx01")</script>'),
    ("lx02", '"><img src=x onerror=alert("lx02")>'),
    ("lx03", "'><svg onload=alert('lx03')>"),
    ("lx04", '<svg><script>alert("lx04")</script></svg>'),
    ("lx05", 'javascript:alert("lx05")'),                                  # darf nie ein href werden
    ("lx06", "<a href=\"javascript:alert('lx06')\">lx06</a>"),
    ("lx07", "<iframe srcdoc=\"<script>alert('lx07')</script>\"></iframe>"),
    ("lx08", '</title><script>alert("lx08")</script>'),
    ("lx09", '</textarea><script>alert("lx09")</script>'),
    ("lx10", "<style>@import 'http://evil.example/lx10.css';</style>"),
    ("lx11", "<!-- lx11"),                                                  # Kommentar, der den Rest verschluckt
    ("lx12", ']]><script>alert("lx12")</script>'),                         # CDATA-Ende
    ("lx13", "<math><mi xlink:href=\"javascript:alert('lx13')\">lx13</mi></math>"),
    ("lx14", '&lt;script&gt;alert("lx14")&lt;/script&gt;'),                # bereits maskiert: bleibt so sichtbar
    ("lx15", "{{ config }} {% raw %}lx15{% endraw %} {{ 7*7 }}"),           # Jinja
    ("lx16", '`<script>alert("lx16")</script>`'),                          # Markdown-Codespanne
    ("lx17", '[lx17](javascript:alert("lx17"))'),                          # Markdown-Verweis
    ("lx18", '![lx18](x onerror=alert("lx18"))'),                          # Markdown-Bild
    ("lx19", '<details open ontoggle=alert("lx19")>'),
    ("lx20", "＜script＞alert('lx20')＜/script＞"),                          # Vollbreiten-Klammern
    ("lx21", "lx21\u2028<script>alert('lx21')</script>\u2029ende"),        # Zeilen-/Absatztrenner
    ("lx22", "<scr\u200bipt>alert('lx22')</scr\u200bipt>\u200d\ufeff"),    # Zeichen ohne Breite
    ("lx23", "x\" onmouseover=\"alert('lx23')\" data-x=\""),               # Attribut mit "
    ("lx24", "x' onfocus='alert(`lx24`)' autofocus='"),                    # Attribut mit ' und `
    ("lx25", "` onclick=alert(\"lx25\") `"),                                # Attribut mit `
    ("lx26", "url(javascript:alert('lx26')) @import url(http://evil.example/lx26.css)"),
    ("lx27", "\\\";alert('lx27');//</script>"),                             # JS-/JSON-Zeichenkette
    ("lx28", '<body onload=alert("lx28")>'),
    ("lx29", '&#60;script&#62;alert("lx29")&#60;/script&#62;'),            # numerische Entitäten
    ("lx30", "<object data=\"javascript:alert('lx30')\"></object><embed src=\"javascript:alert('lx30')\">"),
    ("lx31", "<form action=\"javascript:alert('lx31')\"><button formaction=\"javascript:alert('lx31')\">x</button>"),
    ("lx32", "*lx32* _lx32_ <http://evil.example/lx32> {: onclick=\"alert('lx32')\" }"),  # Markdown, attr_list
    ("lx33", '<img src="http://evil.example/lx33.png"><link rel=stylesheet href=//evil.example/lx33.css>'),
    ("lx34", "\\u003cimg src=x onerror=alert('lx34')\\u003e"),             # JSON-Escape als Text
]
MARKERS = [marker for marker, _ in PAYLOADS]

#: Namen von Merkmalen und Begriffen erlauben nur Buchstaben, Ziffern, Leerzeichen und §„“”‚‘’'()/.,&+–-.
#: Diese Namen sind das Feindlichste, was die Grammatik dort zulässt.
NAME_PAYLOADS = [
    ("lx90", "lx90 O'Brien (alert('lx90')) & Co/KG"),
    ("lx91", "lx91 „x“ ‚y‘ &amp (alert(’lx91’)) +–- x/'y"),
]

#: Zeichen mit HTML-Bedeutung: eine Nutzlast, die eines enthält, darf nie roh in einer Seite stehen.
HTML_CHARS = set("<>\"'&")


def dsl_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def fits_title(text: str) -> bool:
    """TITLE: keine „[“, kein „#“ (beginnt einen Kommentar), kein Zeilenende."""
    return not set(text) & set("[#\n")


def fits_citation(text: str) -> bool:
    """CITATION: keine eckigen Klammern, kein Zeilenende."""
    return not set(text) & set("[]\n")


def gherkin_cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|")


def tag_form(text: str) -> str:
    """Ein Tag hat keine Leerzeichen: Die Nutzlast ohne Leerraum (Leerzeichen werden zu _)."""
    return re.sub(r"\s+", "_", text)


def squash(text: str) -> str:
    """Wie der Parser Kennungen, Titel und Fundstellen liest: Leerraum (auch U+2028) wird ein Leerzeichen."""
    return " ".join(text.split())


@functools.cache
def dsl_rejects(text: str) -> bool:
    """Lehnt die Normensprache eine Datei ab, in der ``text`` als Zeichenkette steht (etwa Steuer- und
    Formatzeichen wie U+2028 oder U+200B)? Gefragt wird der Parser selbst, nicht eine Liste im Test."""
    from lexdsl.errors import LexdslError
    from lexdsl.language import parser

    try:
        parser.parse(f"Merkmal M: ja/nein\n  {dsl_string(text)}\n", "probe.lexdsl")
    except LexdslError:
        return True
    return False


def in_dsl(payload: str) -> str:
    """Die Nutzlast, wie sie in einer Normdatei stehen kann: unverändert oder ohne die abgelehnten Zeichen."""
    if not dsl_rejects(payload):
        return payload
    reduced = "".join(char for char in payload if not dsl_rejects(char))
    assert not dsl_rejects(reduced), payload
    return reduced


def norm_id(index: int) -> str:
    return squash(f"§ {index} {in_dsl(PAYLOADS[index - 1][1])}")


def vorschrift_id(index: int) -> str:
    return squash(f"V {index} {in_dsl(PAYLOADS[index - 1][1])}")


# ------------------------------------------------------------------ Projekt

class Placements:
    """Wo welche Nutzlast steht: (Stelle, Marke) → Zahl; dazu die Stellen, die die Grammatik ablehnt."""

    def __init__(self):
        self.counts: dict[tuple[str, str], int] = {}
        self.rejected: dict[str, set[str]] = {}

    def add(self, position: str, marker: str) -> None:
        self.counts[(position, marker)] = self.counts.get((position, marker), 0) + 1

    def reject(self, position: str, marker: str) -> None:
        self.rejected.setdefault(position, set()).add(marker)

    @property
    def positions(self) -> set[str]:
        return {position for position, _ in self.counts}

    @property
    def total(self) -> int:
        return sum(self.counts.values())


#: Die Normensprache lehnt Dateien mit Steuer- und Formatzeichen ab; dort steht die Nutzlast ohne sie.
CONTROL_CHARS = "Normdatei mit Steuer- oder Formatzeichen"


class Slots:
    """Setzt eine Nutzlast an eine Stelle ein und zählt die Stelle (oder ihre Ablehnung durch die Grammatik)."""

    def __init__(self, marker: str, payload: str, placements: Placements, norm_file: bool = False):
        self.marker = marker
        self.payload = in_dsl(payload) if norm_file else payload
        self.placements = placements
        if norm_file and self.payload != payload:
            placements.reject(CONTROL_CHARS, marker)    # dort steht die Nutzlast ohne diese Zeichen

    def raw(self, position: str, prefix: str = "") -> str:
        self.placements.add(position, self.marker)
        return prefix + self.payload

    def string(self, position: str, prefix: str = "") -> str:
        """Eine Zeichenkette der Normensprache: " und \\ werden mit \\ geschützt."""
        self.placements.add(position, self.marker)
        return dsl_string(prefix + self.payload)

    def cite(self, position: str, prefix: str = "") -> str:
        """Eine Fundstelle; „[“ und „]“ lehnt die Grammatik ab, dann steht nur die Marke da."""
        if fits_citation(self.payload):
            self.placements.add(f"Fundstelle ({position})", self.marker)
            return f"[{prefix}{self.payload}]"
        self.placements.reject(f"Fundstelle ({position})", self.marker)
        return f"[{prefix}{self.marker}]"

    def title(self, position: str) -> str:
        """Ein Titel nach „Norm "…":“; „[“ und „#“ lehnt die Grammatik ab."""
        if fits_title(self.payload):
            self.placements.add(position, self.marker)
            return f"Titel {self.marker} {self.payload}"
        self.placements.reject(position, self.marker)
        return f"Titel {self.marker}"

    def cell(self, position: str) -> str:
        """Eine Zelle einer Gherkin-Tabelle: | und \\ werden mit \\ geschützt."""
        self.placements.add(position, self.marker)
        return gherkin_cell(self.payload)

    def tag(self, position: str) -> str:
        self.placements.add(position, self.marker)
        return "@" + tag_form(self.payload)


def norm_source(index: int, placements: Placements) -> str:
    """Eine Normdatei, in der die Nutzlast an jeder Stelle steht, die die Grammatik erlaubt."""
    n = len(PAYLOADS)
    marker, payload = PAYLOADS[index - 1]
    x = Slots(marker, payload, placements, norm_file=True)
    own, ermessen, ohne = (Slots(*PAYLOADS[k % n], placements, norm_file=True) for k in (index - 1, index, index + 1))

    def target(slots: Slots) -> str:     # „abweichend von "…"“ nennt die Kennung einer Vorschrift
        number = MARKERS.index(slots.marker) + 1
        return slots.string("Abweichung (Kennung der Vorschrift)", f"V {number} ")

    return f"""\
# Kommentar {marker}: {x.raw("Kommentar")}
Merkmal Voraussetzung {marker}: ja/nein   {x.cite("Merkmal")}
  {x.string("Beschreibung eines Merkmals", "Beschreibung ")}
Merkmal Auswahl {marker}: Auswahl {x.string("Wert einer Auswahl")}, "harmlos {marker}"   {x.cite("Merkmal", "§ 2 ")}
  {x.string("Beschreibung eines Merkmals")}
Merkmal Sperre {marker}: ja/nein
  "Sperre {marker}"

Begriff Gefahr {marker}   {x.cite("Begriff", "VwV ")}
  {x.string("Beschreibung eines Begriffs", "Begriff ")}
  liegt vor, wenn Voraussetzung {marker}   {x.cite("Bedingung")}
  liegt insbesondere vor, wenn Auswahl {marker}: {x.string("Vergleich mit einem Auswahlwert")}   {x.cite("Bedingung")}

# {x.raw("Kommentar")}
Vorschrift {x.string("Kennung einer Vorschrift", f"V {index} ")}: Vorschrift {x.title("Titel einer Vorschrift")}   {x.cite("Vorschrift")}
  {x.string("Beschreibung einer Vorschrift", "Vorschrift ")}
  Wortlaut {x.cite("Wortlaut")}:
    > {x.raw("Wortlaut")}
  Ein Aufenthaltstitel darf nicht erteilt werden, wenn Sperre {marker}   {x.cite("Regel")}

Norm {x.string("Kennung einer Norm", f"§ {index} ")}: {x.title("Titel einer Norm")}   {x.cite("Norm")}
  {x.string("Beschreibung einer Norm")}
  # {x.raw("Kommentar")}
  Wortlaut {x.cite("Wortlaut")}:
    > {x.raw("Wortlaut")}
    > {x.raw("Wortlaut", marker + " ")}
  Der Tatbestand ist erfüllt, wenn alle folgenden:   {x.cite("Bedingung")}
    - Gefahr {marker}   {x.cite("Bedingung")}
    - nicht Auswahl {marker}: "harmlos {marker}"
  Die Aufenthaltserlaubnis soll erteilt werden.   {x.cite("Regel")}
    es sei denn Auswahl {marker}: {x.string("Vergleich mit einem Auswahlwert")}   {x.cite("Bedingung")}
    atypischer Fall, wenn Voraussetzung {marker}   {x.cite("Bedingung")}
  Sie darf nicht erteilt werden, wenn Auswahl {marker}: einer von {x.string("Vergleich mit einem Auswahlwert")}, "harmlos {marker}"   {x.cite("Regel")}
  abweichend von {target(own)}, wenn Voraussetzung {marker}   {x.cite("Bedingung")}
  nach Ermessen abweichend von {target(ermessen)}   {x.cite("Abweichung")}
  abweichend von {target(ohne)}
  Nebenfolgen:   {x.cite("Nebenfolgen")}
    Geltungsdauer: {x.string("Nebenfolge (Text)")}   {x.cite("Nebenfolgen")}
    Zuständigkeit: {x.string("Nebenfolge (Text)")}, wenn Voraussetzung {marker}
    Familiennachzug: {x.string("Nebenfolge (Text)")}
  Nebenfolgen bei Versagung:
    Hinweis: {x.string("Nebenfolge (Text)")}
  Ermessenskriterien:   {x.cite("Ermessenskriterien")}
    - {x.string("Ermessenskriterium (Text)")}   {x.cite("Ermessenskriterien")}
    - {x.string("Ermessenskriterium (Text)")}, wenn Voraussetzung {marker}
  Fassung {x.string("Name einer Fassung")}: gilt ab 01.01.2000 bis 31.12.2009   {x.cite("Fassung")}
    Die Aufenthaltserlaubnis kann erteilt werden.   {x.cite("Regel")}
    Nebenfolgen:
      Erwerbstätigkeit: {x.string("Nebenfolge (Text)")}
  Fassung {x.string("Name einer Fassung", "Neu ")}: gilt ab 01.01.2010, Stand 01.01.2010
    Die Aufenthaltserlaubnis ist zu erteilen, wenn Voraussetzung {marker}   [§ {index}]
    Ermessenskriterien:
      - {x.string("Ermessenskriterium (Text)", "Neu ")}
"""


def names_source(placements: Placements) -> str:
    """Merkmal, Begriff und Nebenfolge mit den feindlichsten Namen, die die Grammatik erlaubt."""
    m = Slots(*NAME_PAYLOADS[0], placements, norm_file=True)
    b = Slots(*NAME_PAYLOADS[1], placements, norm_file=True)
    return f"""\
Merkmal {m.raw("Name eines Merkmals")}: ja/nein   {m.cite("Merkmal")}
  {m.string("Beschreibung eines Merkmals")}
Begriff {b.raw("Name eines Begriffs")}   {b.cite("Begriff")}
  liegt vor, wenn {m.raw("Name in einer Bedingung")}
Norm "§ 90 Namen": Namen {NAME_PAYLOADS[0][0]} {NAME_PAYLOADS[1][0]}   {b.cite("Norm")}
  Der Tatbestand ist erfüllt, wenn {b.raw("Name in einer Bedingung")}
  Die Aufenthaltserlaubnis kann erteilt werden, wenn nicht {m.raw("Name in einer Bedingung")}   {m.cite("Regel")}
  Nebenfolgen:
    {b.raw("Art einer Nebenfolge")}: {m.string("Nebenfolge (Text)")}   {b.cite("Nebenfolgen")}
"""


NORM_STEP = 'Schritt „Wenn "Norm" geprüft wird“'


def feature_source(index: int, placements: Placements) -> str:
    """Eine Feature-Datei mit der Nutzlast in Namen, Tags, Schritten, Tabellen und Beispielen."""
    marker, payload = PAYLOADS[index - 1]
    x = Slots(marker, payload, placements)
    if '"' in payload:           # „Wenn "…" geprüft wird“ erlaubt kein " in der Kennung der Norm
        placements.reject(NORM_STEP, marker)
        check = "Wenn alle Normen geprüft werden"
    else:
        placements.add(NORM_STEP, marker)
        check = f'Wenn "{norm_id(index)}" geprüft wird'
    return f"""\
# language: de
# {x.raw("Kommentar (Feature-Datei)")}
@{marker} {x.tag("Tag der Funktionalität")}
Funktionalität: {x.raw("Funktionalität")}
  {x.raw("Beschreibung der Funktionalität", "Beschreibung ")}

  Grundlage:
    Angenommen die Merkmale:
      | Merkmal                 | Wert   |
      | Sperre {marker}         | nein   |
      | Voraussetzung {marker}  | {x.cell("Tabelle der Grundlage")} |

  {x.tag("Tag eines Szenarios")}
  Szenario: {x.raw("Name eines Szenarios")}
    Angenommen ein Fall mit folgenden Merkmalen:
      | Merkmal          | Wert   |
      | Auswahl {marker} | {x.cell("Datentabelle")} |
      | {x.cell("Datentabelle")} | {x.cell("Datentabelle")} |
    Und das Merkmal "{x.raw("Schritt mit Werten in Anführungszeichen")}" ist "{x.raw("Schritt mit Werten in Anführungszeichen")}"
    {check}
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "{x.raw("Schritt mit Werten in Anführungszeichen")}"

  {x.tag("Tag eines Szenarios")}
  Szenariogrundriss: {x.raw("Name eines Szenarios", "Grundriss ")}
    Angenommen das Merkmal "Auswahl {marker}" ist "<wert>"
    Wenn alle Normen geprüft werden
    Dann kommt "<norm>" in Betracht

    Beispiele: {x.raw("Name der Beispiele")}
      | wert   | norm   | {x.cell("Kopf der Beispiele")} |
      | {x.cell("Zelle der Beispiele")} | {x.cell("Zelle der Beispiele")} | {x.cell("Zelle der Beispiele")} |
      | harmlos {marker} | § {index} | x |
"""


def case_data(placements: Placements) -> dict:
    """Ein Fall für die Gesamtprüfung auf der Startseite: Bezeichnung und Auswahlwerte sind Nutzlasten."""
    merkmale: dict = {NAME_PAYLOADS[0][1]: False}
    label = []
    for marker, payload in PAYLOADS:
        x = Slots(marker, payload, placements)
        # Die Bezeichnung darf wie Normtext keine Steuer- und Richtungszeichen enthalten (Falldateien weisen sie ab).
        label.append(in_dsl(x.raw("Fall (Bezeichnung)")))
        merkmale.update({f"Voraussetzung {marker}": True, f"Sperre {marker}": False,
                         f"Auswahl {marker}": in_dsl(x.raw("Fall (Wert einer Auswahl)"))})
    return {"bezeichnung": " ".join(label), "merkmale": merkmale}


def cucumber_report(features, placements: Placements) -> list:
    """Ein Cucumber-Bericht: passende Einträge (bestanden/fehlgeschlagen) und feindlicher Ballast."""
    out = []
    for k, feature in enumerate(features):
        x = Slots(*PAYLOADS[k], placements)
        elements = []
        for scenario in feature.scenarios:
            runs = [scenario.all_step_texts(ex.steps) for ex in scenario.examples] if scenario.outline \
                else [scenario.all_step_texts()]
            for n, texts in enumerate(runs):
                status = "failed" if (k + n) % 2 else "passed"
                elements.append({"line": scenario.line, "name": x.raw("Cucumber-Bericht"), "steps": [
                    {"name": t, "result": {"status": status, "error_message": x.raw("Cucumber-Bericht")}}
                    for t in texts]})
        elements.append({"line": x.raw("Cucumber-Bericht"), "name": x.raw("Cucumber-Bericht"), "steps": [
            {"name": x.raw("Cucumber-Bericht"), "result": {"status": x.raw("Cucumber-Bericht")}}]})
        out.append({"uri": feature.path, "name": x.raw("Cucumber-Bericht"), "elements": elements})
    return out


def coverage_report(root: Path, placements: Placements) -> dict:
    """Ein Abdeckungsbericht, in dem jedes Feld – auch die Zahlen – eine Nutzlast ist (außer dem Anteil)."""
    normen = []
    for index, (marker, payload) in enumerate(PAYLOADS, 1):
        x = Slots(marker, payload, placements)
        gap = {"stelle": f"{root}/norms/{x.raw('Abdeckungsbericht (Text)')}:1:2",
               "text": x.raw("Abdeckungsbericht (Text)"), "pfad": x.raw("Abdeckungsbericht (Text)"),
               "fundstellen": [x.raw("Abdeckungsbericht (Text)")], "fehlt": x.raw("Abdeckungsbericht (Text)")}
        row = {"stelle": x.raw("Abdeckungsbericht (Text)"), "text": x.raw("Abdeckungsbericht (Text)"),
               "art": x.raw("Abdeckungsbericht (Text)"), "pfad": x.raw("Abdeckungsbericht (Text)"),
               "fundstellen": [x.raw("Abdeckungsbericht (Text)")], "wahr": [x.raw("Abdeckungsbericht (Text)")],
               "falsch": [], "entscheidend": [x.raw("Abdeckungsbericht (Text)")]}
        normen.append({"norm": norm_id(index), "szenarien": x.raw("Abdeckungsbericht (Zahl)"),
                       "bedingungen": x.raw("Abdeckungsbericht (Zahl)"),
                       "beide_richtungen": x.raw("Abdeckungsbericht (Zahl)"), "anteil": 0.5,
                       "entscheidend": x.raw("Abdeckungsbericht (Zahl)"), "luecken": [gap], "liste": [row]})
    return {"normen": normen}


INDEX_MD = """\
# Start

<!-- lexdsl:uebersicht -->

## Normen

<!-- lexdsl:normen -->

## Gesamtprüfung

<!-- lexdsl:gesamtpruefung fall.json -->

## JSON

<!-- lexdsl:json fall.json -->
"""


def write_project(root: Path) -> Placements:
    """Schreibt das feindliche Projekt nach ``root`` und liefert die Zählung der Stellen."""
    from lexdsl.site.scenarios import read_features

    placements = Placements()
    for folder in ("docs", "norms", "features", "ergebnisse"):
        (root / folder).mkdir(parents=True)
    (root / "docs" / "index.md").write_text(INDEX_MD, encoding="utf-8")
    for index in range(1, len(PAYLOADS) + 1):
        (root / "norms" / f"p{index:02}.lexdsl").write_text(norm_source(index, placements), encoding="utf-8")
        (root / "features" / f"p{index:02}").mkdir()
        (root / "features" / f"p{index:02}" / f"p{index:02}.feature").write_text(
            feature_source(index, placements), encoding="utf-8")
    (root / "norms" / "namen.lexdsl").write_text(names_source(placements), encoding="utf-8")
    (root / "fall.json").write_text(json.dumps(case_data(placements), ensure_ascii=False), encoding="utf-8")
    features = read_features(root / "features")
    (root / "ergebnisse" / "cucumber.json").write_text(json.dumps(cucumber_report(features, placements)),
                                                      encoding="utf-8")
    (root / "ergebnisse" / "abdeckung.json").write_text(json.dumps(coverage_report(root, placements)),
                                                       encoding="utf-8")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8").replace("src/lexdsl/site/hooks.py", str(HOOKS))
    (root / "mkdocs.yml").write_text(config.replace("extra_css:\n  - stylesheets/lexdsl.css\n", ""),
                                     encoding="utf-8")
    return placements


class XssSite:
    def __init__(self, root: Path, placements: Placements):
        self.root = root
        self.site = root / "site"
        self.placements = placements
        self.pages = html_files(self.site)
        self.raw = {path: path.read_text(encoding="utf-8") for path in self.pages}
        self.parsed = {path: parse_html(path) for path in self.pages}

    def norm_page(self, index: int) -> Path:
        from lexdsl.site.anchors import slug

        return self.site / "normen" / f"{slug(norm_id(index))}.html"

    def text(self, path: Path) -> str:
        return "".join(self.parsed[path].text)


@pytest.fixture(scope="module")
def xss_site(tmp_path_factory) -> XssSite:
    root = tmp_path_factory.mktemp("xss")
    placements = write_project(root)
    build_site(root / "mkdocs.yml", root / "site")
    return XssSite(root, placements)


# ------------------------------------------------------------------ der Korpus selbst

def test_corpus_has_at_least_20_distinct_payloads_each_with_its_own_marker():
    payloads = [payload for _, payload in PAYLOADS]
    assert len(PAYLOADS) >= 20
    assert len(set(payloads)) == len(payloads)
    assert len(set(MARKERS)) == len(MARKERS)
    for marker, _payload in PAYLOADS + NAME_PAYLOADS:
        assert re.fullmatch(r"lx\d\d", marker)
        # Die Marke steht in genau dieser Nutzlast: Ein Fund nennt die Nutzlast eindeutig.
        assert [m for m, p in PAYLOADS + NAME_PAYLOADS if marker in p] == [marker]
    assert sum(bool(set(p) & HTML_CHARS) for p in payloads) >= 20


def test_the_grammar_rejects_payloads_in_names_and_where_the_test_skips_them():
    """Namen lassen keine Nutzlast zu (nur die Namen lx90/lx91); Titel und Fundstellen lehnen „[“, „]“, „#“ ab."""
    from lexdsl.errors import LexdslError
    from lexdsl.language import parser

    def parsed(source: str):
        try:
            return parser.parse(source, "t.lexdsl").declarations[0]
        except LexdslError:
            return None

    for marker, payload in PAYLOADS:
        merkmal = parsed(f"Merkmal {payload}: ja/nein\n")
        begriff = parsed(f"Begriff {payload}\n  liegt vor, wenn x\n")
        assert merkmal is None or merkmal.name != payload, marker
        assert begriff is None or begriff.name != payload, marker
        norm = parsed(f'Norm "N": Titel {payload}   [§ 1]\n  Die Aufenthaltserlaubnis kann erteilt werden.\n')
        if not fits_title(payload):
            assert norm is None or norm.title != f"Titel {payload}", marker
        cited = parsed(f"Merkmal M: ja/nein   [{payload}]\n")
        if not fits_citation(payload):
            assert cited is None or cited.citations != (payload,), marker
    for marker, name in NAME_PAYLOADS:
        assert parsed(f"Merkmal {name}: ja/nein\n").name == name, marker


def test_every_payload_reaches_every_position_the_grammar_allows(xss_site):
    placements = xss_site.placements
    positions = placements.positions | set(placements.rejected)
    by_marker: dict[str, set[str]] = {}
    for position, marker in placements.counts:
        by_marker.setdefault(marker, set()).add(position)
    name_only = {"Name eines Merkmals", "Name eines Begriffs", "Name in einer Bedingung", "Art einer Nebenfolge"}
    for marker in MARKERS:
        rejected = {p for p, markers in placements.rejected.items() if marker in markers}
        assert (by_marker[marker] | rejected) - {CONTROL_CHARS} == positions - name_only - {CONTROL_CHARS}, marker
    # Die Namen (lx90, lx91) stehen überall, wo ein Name steht.
    assert name_only <= by_marker["lx90"] | by_marker["lx91"]
    assert len(positions) >= 40
    report = [f"{len(PAYLOADS)} Nutzlasten (+{len(NAME_PAYLOADS)} Namen), {len(placements.positions)} Stellen, "
              f"{placements.total} Platzierungen"]
    report += [f"  abgelehnt: {p}: {', '.join(sorted(m))}" for p, m in sorted(placements.rejected.items())]
    print("\n".join(report))


def test_placed_texts_arrive_intact_in_the_corpus(xss_site):
    """Die Nutzlasten stehen unverändert in den Normen, nicht verstümmelt: Sonst bewiese der Rest wenig."""
    from lexdsl.compiler import ir
    from lexdsl.workspace.compile import Frontend
    from lexdsl.workspace.sources import find_sources

    modules, diagnostics = Frontend(None).check(find_sources(xss_site.root / "norms"))
    assert [d for d in diagnostics if d.is_error] == []
    corpus = ir.lower(modules)
    norms = {n.id: n for n in corpus.normen + corpus.vorschriften}
    merkmale = {m.name: m for m in corpus.merkmale}
    for index, (marker, payload) in enumerate(PAYLOADS, 1):
        payload = in_dsl(payload)
        variants = [n for n in corpus.normen if n.id == norm_id(index)]
        assert len(variants) == 2, marker
        norm = variants[0]
        # Kennungen, Titel und Namen von Fassungen liest der Parser mit normalisiertem Leerraum (squash).
        assert norm.description == payload
        assert norm.title == squash(f"Titel {marker} {payload}" if fits_title(payload) else f"Titel {marker}")
        assert {v.fassung.name for v in variants} == {squash(payload), squash("Neu " + payload)}
        assert payload in {item.text for item in norm.nebenfolgen}
        assert payload in {item.text for item in norm.ermessenskriterien}
        assert vorschrift_id(index) in norms
        assert merkmale[f"Auswahl {marker}"].values == (payload, f"harmlos {marker}")
        assert merkmale[f"Voraussetzung {marker}"].description == "Beschreibung " + payload
    assert NAME_PAYLOADS[0][1] in merkmale


# ------------------------------------------------------------------ HTML

#: Elemente, die nur aus einer Nutzlast stammen können (Website und Theme verwenden sie nicht).
FOREIGN_TAGS = {"iframe", "object", "embed", "math", "mi", "textarea", "frame", "frameset", "base", "img", "image",
                "video", "audio", "source", "applet", "portal"}
#: Attribute, die nur aus einer Nutzlast stammen können.
FOREIGN_ATTRS = {"srcdoc", "formaction", "action", "autofocus", "data-x", "xlink:href", "data", "ping", "background"}
URL_ATTRS = {"href", "src", "xlink:href", "action", "formaction", "srcdoc", "data", "poster", "cite", "background"}
#: Wo eine Marke in einem Attribut stehen darf: als Teil eines Pfads oder Ankers, als maskierter Text im aria-label.
MARKED_ATTRS = {("a", "href"), ("link", "href"), ("h1", "id"), ("h2", "id"), ("h3", "id"), ("h4", "id"),
                ("svg", "aria-label")}
MARKER_RE = re.compile(r"lx\d\d")
HIGHLIGHT_RE = re.compile(r'<div class="highlight">.*?</div>', re.S)


def hostile_texts() -> list[tuple[str, str]]:
    """Jede Nutzlast in jeder Form, in der sie in den Dateien des Projekts steht."""
    out = []
    for marker, payload in PAYLOADS + NAME_PAYLOADS:
        out += [(marker, form) for form in dict.fromkeys([payload, tag_form(payload), in_dsl(payload)])]
    return out


def inside_a_tag(raw: str, text: str) -> bool:
    """Steht ``text`` irgendwo innerhalb von ``<…>``, also als Tag oder Attribut statt als Text?"""
    start = raw.find(text)
    while start >= 0:
        if raw.rfind("<", 0, start) > raw.rfind(">", 0, start):
            return True
        start = raw.find(text, start + 1)
    return False


def test_no_payload_stands_raw_in_any_page(xss_site):
    """Keine Nutzlast mit <, >, " , ' oder & steht roh in einer Seite.

    Ausnahme mit Begründung: Pygments maskiert im hervorgehobenen Quelltext nur &, < und >
    (``html.escape(quote=False)``); Anführungszeichen im *Text* eines Elements sind harmlos.
    Eine Nutzlast, deren einzige HTML-Zeichen Anführungszeichen sind, darf dort also roh stehen –
    aber nie innerhalb eines Tags und nirgends außerhalb des hervorgehobenen Quelltexts.
    """
    found = []
    for path, raw in xss_site.raw.items():
        outside = HIGHLIGHT_RE.sub("", raw)
        for marker, text in hostile_texts():
            if not set(text) & HTML_CHARS or text not in raw:
                continue
            if set(text) & set("<>&") or text in outside or inside_a_tag(raw, text):
                at = raw.index(text)
                found.append(f"{path.relative_to(xss_site.site)} [{marker}]: …{raw[max(0, at - 80):at + len(text)]}")
    assert found == [], "\n".join(found[:20])


def test_parsed_pages_contain_no_element_or_attribute_from_a_payload(xss_site):
    found = []
    for path, doc in xss_site.parsed.items():
        where = str(path.relative_to(xss_site.site))
        tags = [element.tag for element in doc.elements]
        if tags.count("html") != 1 or tags.count("body") != 1 or tags.count("head") != 1:
            found.append(f"{where}: Gerüst zerstört ({tags.count('body')} body)")
        for element in doc.elements:
            tag, attrs = element.tag, element.attrs
            if tag in FOREIGN_TAGS:
                found.append(f"{where}: <{tag} {attrs}>")
            for name, value in attrs.items():
                squeezed = re.sub(r"[\s\x00-\x1f]+", "", value).lower()
                if name.startswith("on") or name in FOREIGN_ATTRS or not re.fullmatch(r"[a-z][a-z0-9:-]*", name):
                    found.append(f"{where}: <{tag} {name}={value!r}>")
                if name in URL_ATTRS and any(bad in squeezed for bad in ("javascript:", "vbscript:", "data:text",
                                                                         "evil.example")):
                    found.append(f"{where}: <{tag} {name}={value!r}>")
                if MARKER_RE.search(value):
                    if (tag, name) not in MARKED_ATTRS:
                        found.append(f"{where}: Marke in <{tag} {name}={value!r}>")
                    elif name in ("href", "id") and not re.fullmatch(r"[\w./#%-]*", value):
                        found.append(f"{where}: <{tag} {name}={value!r}> ist kein Pfad")
            if tag in ("script", "style") and (MARKER_RE.search(element.text) or "alert(" in element.text
                                                or "@import" in element.text or "evil.example" in element.text):
                found.append(f"{where}: <{tag}>{element.text[:120]}")
            if tag == "script" and re.match(r"(?:[a-z]+:)?//", attrs.get("src", ""), re.I):
                found.append(f"{where}: fremdes Skript {attrs['src']}")
            if tag == "link" and re.match(r"(?:[a-z]+:)?//", attrs.get("href", ""), re.I):
                found.append(f"{where}: fremde Ressource {attrs['href']}")
        head = xss_site.raw[path][:xss_site.raw[path].index("</head>")]
        titles = re.findall(r"<title>(.*?)</title>", head, re.S)
        if len(titles) != 1 or "<" in titles[0]:
            found.append(f"{where}: Titel der Seite zerstört: {titles}")
    assert found == [], "\n".join(found[:30])


def test_payloads_stay_visible_as_text(xss_site):
    """Maskiert, nicht gelöscht: Jede Nutzlast steht vollständig im sichtbaren Text.

    Verglichen wird mit normalisiertem Leerraum: Die HTML-Blöcke werden zeilenweise gebaut, und
    ``str.splitlines`` trennt auch an U+2028/U+2029 (lx21); aus dem Trenner wird ein Zeilenumbruch.
    """
    site = xss_site.site
    glossary = squash(xss_site.text(site / "glossar.html"))
    start = squash(xss_site.text(site / "index.html"))
    gesamt = squash(xss_site.text(site / "gesamtpruefung.html"))
    for index, (marker, payload) in enumerate(PAYLOADS, 1):
        page = xss_site.norm_page(index)
        text = squash(xss_site.text(page))
        in_norm = squash(in_dsl(payload))                          # so steht sie in der Normdatei
        assert in_norm in text, (marker, page.name)                 # Beschreibung der Norm
        assert text.count(marker) >= 20, (marker, text.count(marker))
        vorschrift = next(p for p in (site / "vorschriften").glob(f"v-{index}-*.html"))
        assert "Vorschrift " + in_norm in squash(xss_site.text(vorschrift)), marker
        assert "Beschreibung " + in_norm in glossary, marker
        assert in_norm in start, marker                             # Bezeichnung des Falls (JSON)
        assert "Grundriss " + squash(payload) in gesamt, marker     # Name des Szenariogrundrisses (Gherkin)
    assert '&lt;script&gt;alert("lx14")' in glossary             # bereits Maskiertes bleibt wörtlich sichtbar
    assert '&#60;script&#62;alert("lx29")' in glossary
    for marker, name in NAME_PAYLOADS:
        assert name in glossary, marker


# ------------------------------------------------------------------ Suchindex

#: Was Material im Suchindex an HTML behält (und in der Trefferliste als HTML zeigt).
SEARCH_TAGS = {"p", "code", "pre", "ul", "ol", "li", "strong", "em", "b", "i", "br", "table", "thead", "tbody", "tr",
               "th", "td", "dl", "dt", "dd", "blockquote", "span"}


def test_search_index_keeps_payloads_as_text(xss_site):
    index = json.loads((xss_site.site / "search" / "search_index.json").read_text(encoding="utf-8"))
    found = []
    seen_markers: set[str] = set()
    visible = ""
    from .site_support import Collector

    for doc in index["docs"]:
        for field in ("title", "text"):
            value = doc[field]
            lowered = value.lower()
            for bad in ("<script", "<img", "<svg", "<iframe", "<style", "<math", "<object", "<embed", "<a ",
                        "<details", "<body", "<form", "<link", "<textarea", "<!--", "</title"):
                if bad in lowered:
                    found.append(f"{doc['location']} {field}: {bad}")
            if re.search(r"<[^>]*(?:\bon\w+\s*=|javascript:)", value, re.I):
                found.append(f"{doc['location']} {field}: Handler oder javascript: in einem Tag")
            parsed = Collector()
            parsed.feed(value)
            parsed.close()
            for element in parsed.elements:
                if element.tag not in SEARCH_TAGS or element.attrs:
                    found.append(f"{doc['location']} {field}: <{element.tag} {element.attrs}>")
            seen_markers |= set(MARKER_RE.findall(value))
            visible += html.unescape(value) + "\n"
    assert found == [], "\n".join(found[:30])
    assert set(MARKERS) <= seen_markers
    visible = squash(visible)
    for marker, payload in PAYLOADS:
        assert squash(payload) in visible and squash(in_dsl(payload)) in visible, marker


# ------------------------------------------------------------------ SVG

FONTS = {'"../assets/fonts/DejaVuSans.ttf"', '"../assets/fonts/DejaVuSans-Bold.ttf"'}


def test_decision_diagrams_are_well_formed_svg_without_script(xss_site):
    svg_ns = "{http://www.w3.org/2000/svg}"
    count = 0
    found = []
    for path, raw in xss_site.raw.items():
        diagrams = re.findall(r'<svg xmlns="http://www.w3.org/2000/svg" class="lx-diagram".*?</svg>', raw, re.S)
        assert len(diagrams) == raw.count('<figure class="lx-diagramm">'), path
        for svg in diagrams:
            count += 1
            root = ET.fromstring(svg)                      # wohlgeformtes XML, sonst ParseError
            for element in root.iter():
                local = element.tag.removeprefix(svg_ns)
                if local in ("script", "foreignObject", "a", "image", "use", "iframe", "animate", "set", "handler"):
                    found.append(f"{path.name}: <{local}>")
                for name in element.attrib:
                    if name.lower().startswith("on") or "href" in name:
                        found.append(f"{path.name}: <{local} {name}>")
                # Laden darf das Bild nur die Schrift der Website, relativ verwiesen.
                if local == "style" and ("@import" in (element.text or "")
                                         or set(re.findall(r"url\(([^)]*)\)", element.text or "")) - FONTS):
                    found.append(f"{path.name}: <style> lädt etwas")
    # Jedes Diagramm liegt auch allein als SVG-Datei neben der Seite (zum Öffnen in voller Größe).
    standalone = sorted((xss_site.root / "site").rglob("*-diagramm-*.svg"))
    assert len(standalone) == count
    for file in standalone:
        text = file.read_text(encoding="utf-8")
        root = ET.fromstring(text.encode("utf-8"))
        for element in root.iter():
            local = element.tag.removeprefix(svg_ns)
            if local in ("script", "foreignObject", "a", "image", "use", "iframe", "animate", "set", "handler") or any(
                    name.lower().startswith("on") or "href" in name for name in element.attrib):
                found.append(f"{file.name}: <{local}>")
            if local == "style" and ("@import" in (element.text or "")
                                     or set(re.findall(r"url\(([^)]*)\)", element.text or "")) - FONTS):
                found.append(f"{file.name}: <style> lädt etwas")
    assert found == [], "\n".join(found[:20])
    assert count >= 2 * len(PAYLOADS) + len(PAYLOADS)     # zwei Fassungen je Norm, dazu die Vorschriften
    for index, (marker, _payload) in enumerate(PAYLOADS, 1):
        raw = xss_site.raw[xss_site.norm_page(index)]
        svg = re.search(r'<svg xmlns="http://www.w3.org/2000/svg" class="lx-diagram".*?</svg>', raw, re.S).group(0)
        root = ET.fromstring(svg)
        assert marker in root.get("aria-label") and marker in "".join(root.itertext()), marker


# ------------------------------------------------------------------ Regression: Zahlen im Abdeckungsbericht

def test_coverage_summary_escapes_the_numbers_of_the_report():
    """Früher standen szenarien, bedingungen, beide_richtungen und entscheidend unmaskiert in der Seite."""
    from types import SimpleNamespace

    from lexdsl.site.pages import coverage_html

    hostile = '<img src=x onerror=alert("lx02")>'
    data = {"szenarien": hostile, "bedingungen": hostile, "beide_richtungen": hostile, "anteil": 0.5,
            "entscheidend": hostile, "luecken": [], "liste": []}
    project = SimpleNamespace(coverage_for=lambda norm_id: data, relative=lambda path: path)
    out = coverage_html(project, SimpleNamespace(id="N"))
    assert "<img" not in out
    assert out.count("&lt;img src=x onerror=alert(&#34;lx02&#34;)&gt;") == 4


# ------------------------------------------------------------------ im Browser

#: Läuft vor jedem Skript jeder Seite: alert, confirm, prompt und print werden zu Fallen, und ein
#: MutationObserver meldet jedes fremde Element, jeden on*-Handler, jedes javascript: und jedes
#: Skript oder Stylesheet mit einer Marke – auch wenn nie etwas ausgeführt wird.
TRAP = r"""
(() => {
  const found = [];
  Object.defineProperty(window, "__lx_xss", {value: found, writable: false, configurable: false});
  const trap = (name) => function (...args) { found.push(name + "(" + args.map(String).join(", ") + ")"); };
  for (const name of ["alert", "confirm", "prompt", "print"]) {
    Object.defineProperty(window, name, {value: trap(name), writable: false, configurable: false});
  }
  const foreign = new Set(["iframe", "object", "embed", "math", "textarea", "img", "image", "base", "frame",
                           "video", "audio", "portal"]);
  const urls = new Set(["href", "src", "xlink:href", "action", "formaction", "srcdoc", "data", "poster", "style",
                        "background"]);
  const why = (el) => {
    const tag = el.localName;
    if (foreign.has(tag)) return tag;
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) return tag + "[" + attr.name + "]";
      if (urls.has(attr.name) && /javascript:|evil\.example/i.test(attr.value.replace(/[\s\0-\x1f]+/g, "")))
        return tag + "[" + attr.name + "=" + attr.value + "]";
    }
    if ((tag === "script" || tag === "style") && /lx\d\d|alert\(|@import/.test(el.textContent)) return tag;
    return "";
  };
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        for (const el of [node, ...node.querySelectorAll("*")]) {
          const reason = why(el);
          if (reason) found.push("Element " + reason + " in " + location.pathname);
        }
      }
    }
  }).observe(document, {childList: true, subtree: true});
})();
"""

CANARY = """<!doctype html><html><body><script>alert("falle")</script><img src=fehlt onerror=confirm(2)>
<p id=p></p><script>document.getElementById("p").innerHTML = "<svg onload=prompt(3)>";</script></body></html>"""

#: Ein Animationsframe und etwas Zeit: onerror, ontoggle und Materials eigene Skripte sind gelaufen.
SETTLE = "new Promise(r => requestAnimationFrame(() => setTimeout(() => r(true), 60)))"

SEARCH = """(() => {{
  const input = document.querySelector(".md-search__input");
  input.value = {query};
  input.dispatchEvent(new Event("input", {{bubbles: true}}));
  input.dispatchEvent(new KeyboardEvent("keyup", {{bubbles: true}}));
  return true;
}})()"""


def test_nothing_runs_and_nothing_is_loaded_in_chromium(xss_site, tmp_path):
    from .harness import open_page, serve

    (tmp_path / "falle.html").write_text(CANARY, encoding="utf-8")
    site = xss_site.site
    pages = ["index.html", "glossar.html", "gesamtpruefung.html", "normen/90-namen.html"]
    # Alle Nutzlasten stehen in Start, Glossar und Gesamtprüfung (und in der Navigation jeder Seite);
    # dazu Normseiten der gefährlichsten, eine Vorschrift und die Hervorhebung von Suchbegriffen (?h=).
    pages += [xss_site.norm_page(MARKERS.index(m) + 1).relative_to(site).as_posix()
              for m in ("lx01", "lx08", "lx19", "lx23")]
    pages += [next((site / "vorschriften").glob("v-10-*.html")).relative_to(site).as_posix()]
    pages.append(xss_site.norm_page(2).relative_to(site).as_posix() + "?h=script")
    caught: list[str] = []
    with serve(tmp_path) as canary, serve(site) as base, open_page(timeout=20) as session:
        tab = session.page
        tab.add_init_script(TRAP)

        # Die Falle selbst: Auf einer Seite, die wirklich Skript ausführt, schnappt sie zu.
        tab.goto(canary + "falle.html")
        tab.evaluate(SETTLE)
        sprung = tab.evaluate("window.__lx_xss")
        assert {"alert(falle)", "confirm(2)", "prompt(3)"} <= set(sprung), sprung
        assert any(s.startswith("Element script") for s in sprung) and any("img" in s for s in sprung), sprung
        session.errors.clear()      # die Falle lädt absichtlich ein fehlendes Bild
        session.requests.clear()

        for page in pages:
            tab.goto(base + page)
            tab.evaluate(SETTLE)
            caught += [f"{page}: {x}" for x in tab.evaluate("window.__lx_xss")]
            if not tab.evaluate("document.querySelector('article h1') !== null"):
                caught.append(f"{page}: Seite zerstört (keine Überschrift im Inhalt)")
        assert caught == [], "\n".join(caught[:30])      # vor der Suche: Eine zerstörte Seite sucht nicht

        # Die Suche: Material zeigt Titel und Text der Treffer als HTML. ?q= öffnet sie; weitere Begriffe
        # werden ins Suchfeld geschrieben, statt die Seite (und den Suchindex) jedes Mal neu zu laden.
        tab.goto(base + "index.html?q=lx01")
        for query in ["lx01", "lx07", "lx19", "lx23", "lx33", "script", "onerror"]:
            tab.evaluate(SEARCH.format(query=json.dumps("")))
            tab.wait_for_function("document.querySelectorAll('.md-search-result__item').length === 0")
            tab.evaluate(SEARCH.format(query=json.dumps(query)))
            link = f" && [...items].some(i => i.querySelector('a').href.includes({json.dumps(query)}))" \
                if MARKER_RE.fullmatch(query) else ""
            tab.wait_for_function(f"(() => {{ const items = document.querySelectorAll('.md-search-result__item');"
                                  f" return items.length > 0{link}; }})()")
            tab.evaluate(SETTLE)
            result = tab.evaluate("""(() => {
                const box = document.querySelector('.md-search-result');
                return [box.textContent,
                        box.querySelectorAll('script, style, img, iframe, object, embed, math, textarea, form, '
                                             + 'details:not(.md-search-result__more), svg:not(.md-icon svg)').length];
            })()""")
            assert result[1] == 0, (query, result[1])
            if MARKER_RE.fullmatch(query):
                payload = dict(PAYLOADS)[query]
                assert squash(payload) in squash(result[0]), query       # als Text sichtbar, nicht als Element
        caught += [f"Suche: {x}" for x in tab.evaluate("window.__lx_xss")]

        foreign = session.foreign_requests()
        errors = list(session.errors)
    assert caught == []
    assert foreign == []
    assert errors == []

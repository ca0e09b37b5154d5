"""pytest-Plugin: die allgemeine Schrittbibliothek für deutsche Gherkin-Szenarien.

Eine Rechtsexpertin schreibt Szenarien ohne Python. Merkmale werden mit ihrem
Namen angegeben, Ergebnisse mit ihrem deutschen Grad geprüft::

    # language: de
    Funktionalität: § 25 Abs. 5 AufenthG

      Szenario: VwV 25.5.2 – nach 18 Monaten Duldung soll erteilt werden
        Angenommen der Grundfall "beispiele/reiseunfaehigkeit.yaml"
        Und das Merkmal "Dauer der Duldung" ist "24 Monate"
        Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
        Dann soll die Aufenthaltserlaubnis erteilt werden
        Und die Begründung nennt "VwV 25.5.2"

Alle Schritte stehen in ``STEPS`` mit Beispielsätzen; ein Test prüft, dass
kein Satz zu zwei Schrittdefinitionen passt. Das Plugin wird über den
Einstiegspunkt ``pytest11`` geladen; ohne pytest-bdd bleibt es still.
"""

from __future__ import annotations

import re
import types
from pathlib import Path

import pytest

try:
    from pytest_bdd import given, parsers, then, when
except ImportError:  # pragma: no cover – pytest-bdd nicht installiert
    given = when = then = parsers = None

from .vocabulary import Outcome

# ----------------------------------------------------------------- Zustand


# Aufzeichnung für die Bedingungsabdeckung (nur mit --lexdsl-abdeckung).
_RECORDS: list = []


def _scenario_label(request) -> str:
    """Der Titel des Szenarios (bei Grundrissen mit Beispielzeile), sonst der Testname."""
    name = request.node.name
    try:
        from pytest_bdd.scenario import scenario_wrapper_template_registry
        from pytest_bdd.utils import registry_get_safe

        template = registry_get_safe(scenario_wrapper_template_registry, getattr(request.node, "function", None))
        if template is not None:
            name = template.name
            callspec = getattr(request.node, "callspec", None)
            if callspec is not None:
                name += f" [{callspec.id}]"
    except Exception:  # noqa: BLE001 – nur die Beschriftung; der Testname genügt notfalls
        pass
    return name


class Szenario:
    """Was ein Szenario angibt und was die Prüfung ergibt."""

    def __init__(self, config, label: str = ""):
        self.config = config
        self.label = label
        self.normen = config.getini("lexdsl_normen") or "norms"
        self.werte: dict[str, object] = {}
        self.stichtag: str | None = None
        self.ergebnis = None
        self.ergebnisse: dict = {}

    def korpus(self):
        return _corpus(self.config, self.normen)

    def setze(self, name: str, wert) -> None:
        korpus = self.korpus()
        merkmal = korpus.merkmale.get(name)
        if merkmal is None:
            from .errors import suggest

            nahe = suggest(name, korpus.merkmale, limit=5)
            liste = ", ".join(f"»{n}«" for n in nahe) if nahe else "keine ähnlichen"
            pytest.fail(f"Unbekanntes Merkmal »{name}«. Am nächsten: {liste}.", pytrace=False)
        if wert is None:
            self.werte[name] = None
            return
        from .cases import convert_value
        from .errors import CaseError

        try:
            self.werte[name] = convert_value(name, merkmal, wert)
        except CaseError as exc:
            pytest.fail(exc.render(), pytrace=False)

    def pruefe(self, norm: str) -> None:
        korpus = self.korpus()
        if norm not in korpus.normen:
            from .errors import did_you_mean

            pytest.fail(f"Unbekannte Norm »{norm}«. {did_you_mean(norm, korpus.normen) or ''}", pytrace=False)
        self.ergebnis = self._pruefe(korpus.norm(norm))

    def _pruefe(self, norm):
        facts = self.korpus().complete(self.werte, stichtag=self.stichtag)
        result = norm.pruefen(facts)
        if self.config.getoption("lexdsl_abdeckung", None) and result.hinweis is None:
            from .coverage import Record

            _RECORDS.append((self.korpus(), Record(result.compiled, facts, self.label)))
        return result

    def pruefe_alle(self) -> None:
        self.ergebnisse = {nid: self._pruefe(norm) for nid, norm in self.korpus().normen.items()}

    def ergebnis_von(self, norm: str):
        if not self.ergebnisse:
            pytest.fail("Es wurden nicht alle Normen geprüft (Schritt »Wenn alle Normen geprüft werden« fehlt).",
                        pytrace=False)
        if norm not in self.ergebnisse:
            from .errors import did_you_mean

            pytest.fail(f"Unbekannte Norm »{norm}«. {did_you_mean(norm, self.ergebnisse) or ''}", pytrace=False)
        return self.ergebnisse[norm]

    def erwarte_ergebnis(self):
        if self.ergebnis is None:
            pytest.fail("Es wurde noch keine Norm geprüft (Schritt »Wenn \"…\" geprüft wird« fehlt).", pytrace=False)
        return self.ergebnis


_CORPORA: dict = {}


def _corpus(config, path: str):
    from .workspace.corpus import load

    root = Path(str(config.rootpath))
    full = (root / path).resolve()
    if full not in _CORPORA:
        # Ohne pytest-Cache (-p no:cacheprovider) gilt der übliche Zwischenspeicher von lexdsl.
        cache = config.cache.mkdir("lexdsl") if getattr(config, "cache", None) is not None else None
        _CORPORA[full] = load(full, cache_dir=cache)
    return _CORPORA[full]


def _beschreibe(ergebnis) -> str:
    text = f"Ergebnis: {ergebnis.outcome.value} – {ergebnis.sentence}"
    if ergebnis.missing:
        text += "\nFehlende Merkmale: " + ", ".join(ergebnis.missing)
    from .render import result_text

    return text + "\n\n" + result_text(ergebnis)


# ----------------------------------------------------------------- Schritte

# (Art, regulärer Ausdruck, Beispielsätze). Die Beispiele prüft der Mehrdeutigkeitstest.
STEPS: list[tuple[str, str, tuple[str, ...]]] = []
# Muster → Erläuterung (der Docstring der Schrittfunktion), für die Schrittbibliothek der Website.
STEP_DOCS: dict[str, str] = {}


def _step(kind: str, pattern: str, *examples: str):
    STEPS.append((kind, pattern, examples))

    def register(fn):
        if fn.__doc__:
            STEP_DOCS[pattern] = " ".join(fn.__doc__.split())
        if parsers is None:  # pragma: no cover
            return fn
        decorator = {"given": given, "when": when, "then": then}[kind]
        # stacklevel=2: pytest-bdd legt die Schritt-Fixture im Modul des Aufrufers ab,
        # also in diesem Modul und nicht in dieser Hilfsfunktion.
        return decorator(parsers.re(pattern), stacklevel=2)(fn)

    return register


def _tabelle(datatable) -> list[tuple[str, str]]:
    if not datatable:
        pytest.fail("Die Tabelle ist leer.", pytrace=False)
    rows = [list(map(str.strip, row)) for row in datatable]
    if [c.lower() for c in rows[0][:2]] == ["merkmal", "wert"]:
        rows = rows[1:]
    out = []
    for row in rows:
        if len(row) != 2:
            pytest.fail(f"Jede Zeile der Tabelle braucht genau zwei Spalten (Merkmal | Wert): {row}", pytrace=False)
        out.append((row[0], row[1]))
    return out


@pytest.fixture
def lexdsl_szenario(request):
    """Zustand eines Szenarios: gesetzte Merkmale und das Ergebnis."""
    return Szenario(request.config, _scenario_label(request))


@_step("given", r'die Normen aus "(?P<pfad>[^"]+)"', 'die Normen aus "norms"')
def _normen(lexdsl_szenario, pfad):
    """Die Normen kommen aus diesem Verzeichnis statt aus dem eingestellten (Standard: norms)."""
    lexdsl_szenario.normen = pfad


@_step("given", r'der Grundfall "(?P<datei>[^"]+)"', 'der Grundfall "beispiele/reiseunfaehigkeit.yaml"')
def _grundfall(lexdsl_szenario, datei):
    """Lädt die Merkmale einer Falldatei (YAML oder JSON) als Ausgangsfall; spätere Schritte ändern
    einzelne Merkmale.
    """
    from .cases import case_values, read_case_data
    from .errors import CaseError

    korpus = lexdsl_szenario.korpus()
    pfad = Path(str(lexdsl_szenario.config.rootpath)) / datei
    try:
        werte, _label, _stichtag = case_values(read_case_data(pfad), korpus.merkmale, korpus.begriffe)
    except CaseError as exc:
        pytest.fail(exc.render(), pytrace=False)
    lexdsl_szenario.werte.update(werte)


@_step("given", r"ein Fall mit folgenden Merkmalen:?", "ein Fall mit folgenden Merkmalen:")
def _fall(lexdsl_szenario, datatable):
    """Der Fall besteht genau aus den Merkmalen der Tabelle (Spalten Merkmal und Wert); ein vorher
    geladener Fall wird verworfen. »unbekannt« lässt ein Merkmal offen.
    """
    lexdsl_szenario.werte.clear()
    for name, wert in _tabelle(datatable):
        lexdsl_szenario.setze(name, None if wert.lower() == "unbekannt" else wert)


@_step("given", r"(?:außerdem )?die Merkmale:?", "die Merkmale:", "außerdem die Merkmale:")
def _merkmale(lexdsl_szenario, datatable):
    """Setzt oder ändert die Merkmale der Tabelle im bisherigen Fall; »unbekannt« lässt ein Merkmal offen."""
    for name, wert in _tabelle(datatable):
        lexdsl_szenario.setze(name, None if wert.lower() == "unbekannt" else wert)


@_step("given", r'das Merkmal "(?P<name>[^"]+)" ist "(?P<wert>[^"]*)"',
       'das Merkmal "Reiseunfähigkeit" ist "ja"', 'das Merkmal "Dauer der Duldung" ist "24 Monate"')
def _merkmal(lexdsl_szenario, name, wert):
    """Setzt ein Merkmal. Der Wert wird wie in einer Falldatei geschrieben: ja/nein, eine Zahl, »24
    Monate«, ein Datum oder ein Wert der Auswahl.
    """
    lexdsl_szenario.setze(name, wert)


@_step("given", r'das Merkmal "(?P<name>[^"]+)" ist unbekannt', 'das Merkmal "Reiseunfähigkeit" ist unbekannt')
def _merkmal_unbekannt(lexdsl_szenario, name):
    """Das Merkmal ist nicht festgestellt. Kann es das Ergebnis ändern, ist das Ergebnis offen und nennt es."""
    lexdsl_szenario.setze(name, None)


@_step("given", r'der Stichtag "(?P<datum>[^"]+)"', 'der Stichtag "01.01.2010"', 'der Stichtag "2024-06-30"')
def _stichtag(lexdsl_szenario, datum):
    """Entscheidungsstichtag (TT.MM.JJJJ oder JJJJ-MM-TT); er wählt bei Normen mit Fassungen die geltende Fassung."""
    from .cases.values import convert_date
    from .errors import CaseError

    try:
        lexdsl_szenario.stichtag = convert_date("Stichtag", datum)
    except CaseError as exc:
        pytest.fail(exc.render(), pytrace=False)


@_step("when", r"alle Normen geprüft werden", "alle Normen geprüft werden")
def _pruefen_alle(lexdsl_szenario):
    """Prüft den Fall gegen alle Normen (Gesamtprüfung), wie »lexdsl prüfen« ohne --norm."""
    lexdsl_szenario.pruefe_alle()


@_step("when", r'(?:die Norm )?"(?P<norm>[^"]+)" geprüft wird',
       '"§ 25 Abs. 5 AufenthG" geprüft wird', 'die Norm "§ 25 Abs. 5 AufenthG" geprüft wird')
def _pruefen(lexdsl_szenario, norm):
    """Prüft den Fall gegen eine Norm; die folgenden Dann-Schritte beziehen sich auf ihr Ergebnis."""
    lexdsl_szenario.pruefe(norm)


def _ergebnis_ist(lexdsl_szenario, erwartet: Outcome, handlung: str | None = None) -> None:
    ergebnis = lexdsl_szenario.erwarte_ergebnis()
    if ergebnis.outcome is not erwartet:
        pytest.fail(f"Erwartet: {erwartet.value}. Tatsächlich:\n{_beschreibe(ergebnis)}", pytrace=False)
    if handlung is not None:
        handlung = "erteilen" if handlung.startswith("erteil") else "verlängern"
        if ergebnis.action != handlung:
            pytest.fail(f"Erwartet wurde »{handlung}«, die Norm regelt »{ergebnis.action}«.", pytrace=False)


@_step("then", r"ist die Aufenthaltserlaubnis zu (?P<handlung>erteilen|verlängern)",
       "ist die Aufenthaltserlaubnis zu erteilen", "ist die Aufenthaltserlaubnis zu verlängern")
def _anspruch(lexdsl_szenario, handlung):
    """Anspruch: Die Behörde ist gebunden."""
    _ergebnis_ist(lexdsl_szenario, Outcome.ANSPRUCH, handlung)


@_step("then", r"soll die Aufenthaltserlaubnis (?P<handlung>erteilt|verlängert) werden",
       "soll die Aufenthaltserlaubnis erteilt werden")
def _soll(lexdsl_szenario, handlung):
    """Regelanspruch (Soll): zu erteilen, wenn kein atypischer Fall vorliegt."""
    _ergebnis_ist(lexdsl_szenario, Outcome.SOLL, handlung)


@_step("then", r"kann die Aufenthaltserlaubnis (?P<handlung>erteilt|verlängert) werden",
       "kann die Aufenthaltserlaubnis erteilt werden", "kann die Aufenthaltserlaubnis verlängert werden")
def _kann(lexdsl_szenario, handlung):
    """Ermessen: Die Behörde entscheidet nach pflichtgemäßem Ermessen."""
    _ergebnis_ist(lexdsl_szenario, Outcome.ERMESSEN, handlung)


@_step("then", r"darf die Aufenthaltserlaubnis nicht (?P<handlung>erteilt|verlängert) werden",
       "darf die Aufenthaltserlaubnis nicht erteilt werden")
def _versagt(lexdsl_szenario, handlung):
    """Zwingende Versagung: Ein Versagungsgrund greift."""
    _ergebnis_ist(lexdsl_szenario, Outcome.VERSAGT, handlung)


@_step("then", r"ist der Tatbestand nicht erfüllt", "ist der Tatbestand nicht erfüllt")
def _nicht_erfuellt(lexdsl_szenario):
    """Der Tatbestand der Norm ist nicht erfüllt; die Norm ist nicht anwendbar."""
    _ergebnis_ist(lexdsl_szenario, Outcome.NICHT_ERFUELLT)


@_step("then", r"ist das Ergebnis offen", "ist das Ergebnis offen")
def _offen(lexdsl_szenario):
    """Fehlende Merkmale können das Ergebnis ändern; die Prüfung nennt sie."""
    _ergebnis_ist(lexdsl_szenario, Outcome.OFFEN)


@_step("then", r'die möglichen Ergebnisse sind "(?P<liste>[^"]+)"',
       'die möglichen Ergebnisse sind "soll, versagt"')
def _moeglich(lexdsl_szenario, liste):
    """Bei offenem Ergebnis: genau diese Ergebnisse sind noch möglich (durch Komma getrennt, etwa »soll, versagt«)."""
    ergebnis = lexdsl_szenario.erwarte_ergebnis()
    erwartet = set()
    for wort in (w.strip().lower() for w in liste.split(",")):
        gefunden = Outcome.from_word(wort)
        if gefunden is None:
            pytest.fail(f"Unbekanntes Ergebnis »{wort}«. Erlaubt: " + ", ".join(Outcome.words()), pytrace=False)
        erwartet.add(gefunden)
    if set(ergebnis.possible) != erwartet:
        tatsaechlich = ", ".join(o.value for o in ergebnis.possible) or "keine (das Ergebnis steht fest)"
        pytest.fail(f"Mögliche Ergebnisse: {tatsaechlich}; erwartet: {liste}.", pytrace=False)


@_step("then", r'gilt die Fassung "(?P<name>[^"]+)"', 'gilt die Fassung "Rechtslage 2024"')
def _fassung(lexdsl_szenario, name):
    """Angewandt wurde diese Fassung der Norm."""
    ergebnis = lexdsl_szenario.erwarte_ergebnis()
    if ergebnis.fassung is None:
        pytest.fail(f"»{ergebnis.norm}« hat keine Fassungen.", pytrace=False)
    if ergebnis.fassung.name != name:
        pytest.fail(f"Angewandt wurde die Fassung »{ergebnis.fassung.name}«, erwartet »{name}«.", pytrace=False)


def _gesamt(lexdsl_szenario, norm: str, erwartet: set, wort: str) -> None:
    ergebnis = lexdsl_szenario.ergebnis_von(norm)
    if ergebnis.outcome not in erwartet:
        pytest.fail(f"»{norm}« ist nicht {wort}, sondern: {ergebnis.outcome.value} – {ergebnis.sentence}\n"
                    + "\n".join(ergebnis.reasons()), pytrace=False)


@_step("then", r'kommt "(?P<norm>[^"]+)" mit "(?P<grad>[^"]+)" in Betracht',
       'kommt "§ 25 Abs. 5 AufenthG" mit "soll" in Betracht')
def _in_betracht(lexdsl_szenario, norm, grad):
    """Gesamtprüfung: Die Norm kommt mit diesem Grad in Betracht (Anspruch, soll oder kann)."""
    erwartet = Outcome.from_word(grad)
    if erwartet not in (Outcome.ANSPRUCH, Outcome.SOLL, Outcome.ERMESSEN):
        pytest.fail(f"»{grad}« ist kein erteilender Grad (anspruch, soll, ermessen).", pytrace=False)
    _gesamt(lexdsl_szenario, norm, {erwartet}, f"mit »{grad}« in Betracht kommend")


@_step("then", r'kommt "(?P<norm>[^"]+)" nicht in Betracht', 'kommt "§ 23a Abs. 1 S. 1 AufenthG" nicht in Betracht')
def _nicht_in_betracht(lexdsl_szenario, norm):
    """Keine Vervollständigung des Falls führt zur Erteilung (versagt, nicht anwendbar oder offen nur
    zwischen diesen).
    """
    ergebnis = lexdsl_szenario.ergebnis_von(norm)
    erteilend = {Outcome.ANSPRUCH, Outcome.SOLL, Outcome.ERMESSEN}
    moeglich = set(ergebnis.possible) if ergebnis.outcome is Outcome.OFFEN else {ergebnis.outcome}
    if moeglich & erteilend or (ergebnis.outcome is Outcome.OFFEN and not ergebnis.exact):
        pytest.fail(f"»{norm}« kann noch in Betracht kommen: {ergebnis.outcome.value}, möglich: "
                    + ", ".join(o.value for o in ergebnis.possible), pytrace=False)


@_step("then", r'ist "(?P<norm>[^"]+)" ausgeschlossen', 'ist "§ 25 Abs. 3 AufenthG" ausgeschlossen')
def _ausgeschlossen(lexdsl_szenario, norm):
    """Gesamtprüfung: Die Norm ist ausgeschlossen, weil ein Versagungsgrund greift."""
    _gesamt(lexdsl_szenario, norm, {Outcome.VERSAGT}, "ausgeschlossen")


@_step("then", r'ist "(?P<norm>[^"]+)" nicht anwendbar', 'ist "§ 22 S. 1 AufenthG" nicht anwendbar')
def _nicht_anwendbar(lexdsl_szenario, norm):
    """Gesamtprüfung: Der Tatbestand der Norm ist nicht erfüllt."""
    _gesamt(lexdsl_szenario, norm, {Outcome.NICHT_ERFUELLT}, "nicht anwendbar")


@_step("then", r'ist "(?P<norm>[^"]+)" offen', 'ist "§ 23 Abs. 1 S. 1 AufenthG" offen')
def _gesamt_offen(lexdsl_szenario, norm):
    """Gesamtprüfung: Das Ergebnis der Norm ist offen."""
    _gesamt(lexdsl_szenario, norm, {Outcome.OFFEN}, "offen")


@_step("then", r'ist das Merkmal "(?P<name>[^"]+)" noch festzustellen',
       'ist das Merkmal "Reiseunfähigkeit" noch festzustellen')
def _festzustellen(lexdsl_szenario, name):
    """Gesamtprüfung: Das Merkmal steht in der Liste dessen, was noch festzustellen ist."""
    offen = {m for r in lexdsl_szenario.ergebnisse.values() for m in r.missing}
    if not lexdsl_szenario.ergebnisse:
        pytest.fail("Es wurden nicht alle Normen geprüft.", pytrace=False)
    if name not in offen:
        pytest.fail(f"»{name}« ist nicht festzustellen. Festzustellen: {', '.join(sorted(offen)) or 'nichts'}.",
                    pytrace=False)


@_step("then", r'die Begründung nennt "(?P<fundstelle>[^"]+)"', 'die Begründung nennt "VwV 25.5.2"')
def _nennt(lexdsl_szenario, fundstelle):
    """Die Begründung zitiert diese Fundstelle (genau so geschrieben wie in der Norm)."""
    ergebnis = lexdsl_szenario.erwarte_ergebnis()
    if fundstelle not in ergebnis.citations():
        pytest.fail(f"Die Begründung nennt »{fundstelle}« nicht. Sie nennt: {', '.join(ergebnis.citations())}.",
                    pytrace=False)


@_step("then", r'die Begründung nennt nicht "(?P<fundstelle>[^"]+)"',
       'die Begründung nennt nicht "§ 25 Abs. 5 S. 3 AufenthG"')
def _nennt_nicht(lexdsl_szenario, fundstelle):
    """Die Begründung zitiert diese Fundstelle nicht."""
    ergebnis = lexdsl_szenario.erwarte_ergebnis()
    if fundstelle in ergebnis.citations():
        pytest.fail(f"Die Begründung nennt »{fundstelle}«, sollte es aber nicht.\n{_beschreibe(ergebnis)}",
                    pytrace=False)


def _texte(knoten):
    for k in knoten or ():
        yield k["text"]
        yield from _texte(k["kinder"])


@_step("then", r'die Begründung enthält "(?P<text>[^"]+)"', 'die Begründung enthält "abweichend von"')
def _enthaelt(lexdsl_szenario, text):
    """Eine Zeile der Begründung enthält diesen Text."""
    ergebnis = lexdsl_szenario.erwarte_ergebnis()
    if not any(text in zeile for zeile in _texte(ergebnis.begruendung)):
        pytest.fail(f"Kein Teil der Begründung enthält »{text}«.\n{_beschreibe(ergebnis)}", pytrace=False)


@_step("then", r'es fehlt das Merkmal "(?P<name>[^"]+)"', 'es fehlt das Merkmal "Reiseunfähigkeit"')
def _fehlt(lexdsl_szenario, name):
    """Das Ergebnis nennt dieses Merkmal als noch festzustellen."""
    ergebnis = lexdsl_szenario.erwarte_ergebnis()
    if name not in ergebnis.missing:
        pytest.fail(f"»{name}« fehlt nicht. Fehlend: {', '.join(ergebnis.missing) or 'nichts'}.", pytrace=False)


@_step("then", r"es fehlen genau die Merkmale:?", "es fehlen genau die Merkmale:")
def _fehlen_genau(lexdsl_szenario, datatable):
    """Das Ergebnis nennt genau die Merkmale der Tabelle als noch festzustellen, keines mehr und keines weniger."""
    ergebnis = lexdsl_szenario.erwarte_ergebnis()
    erwartet = {row[0].strip() for row in datatable if row and row[0].strip() and row[0].strip() != "Merkmal"}
    if set(ergebnis.missing) != erwartet:
        pytest.fail("Fehlende Merkmale: " + (", ".join(ergebnis.missing) or "keine") + "\nErwartet: "
                    + ", ".join(sorted(erwartet)), pytrace=False)


@_step("then", r"es fehlt kein Merkmal", "es fehlt kein Merkmal")
def _fehlt_keins(lexdsl_szenario):
    """Das Ergebnis steht fest; es fehlt kein Merkmal."""
    ergebnis = lexdsl_szenario.erwarte_ergebnis()
    if ergebnis.missing:
        pytest.fail("Es fehlen: " + ", ".join(ergebnis.missing), pytrace=False)


@_step("then", r'die Nebenfolge "(?P<art>[^"]+)" enthält "(?P<text>[^"]+)"',
       'die Nebenfolge "Familiennachzug" enthält "nicht gewährt"')
def _nebenfolge(lexdsl_szenario, art, text):
    """Die Nebenfolge dieser Art (etwa Geltungsdauer, Familiennachzug, Erwerbstätigkeit, Zuständigkeit)
    enthält den Text.
    """
    ergebnis = lexdsl_szenario.erwarte_ergebnis()
    eintrag = ergebnis.nebenfolgen.get(art)
    if eintrag is None:
        pytest.fail(f"Keine Nebenfolge »{art}«. Vorhanden: {', '.join(ergebnis.nebenfolgen) or 'keine'}.",
                    pytrace=False)
    if text not in eintrag["text"]:
        pytest.fail(f"Die Nebenfolge »{art}« lautet »{eintrag['text']}« und enthält »{text}« nicht.", pytrace=False)


@_step("then", r'es gibt keine Nebenfolge "(?P<art>[^"]+)"', 'es gibt keine Nebenfolge "Einvernehmen"')
def _keine_nebenfolge(lexdsl_szenario, art):
    """Das Ergebnis hat keine Nebenfolge dieser Art (etwa weil ihre Bedingung nicht erfüllt ist)."""
    ergebnis = lexdsl_szenario.erwarte_ergebnis()
    if art in ergebnis.nebenfolgen:
        pytest.fail(f"Es gibt die Nebenfolge »{art}«: {ergebnis.nebenfolgen[art]['text']}", pytrace=False)


@_step("then", r'die Ermessenskriterien nennen "(?P<text>[^"]+)"',
       'die Ermessenskriterien nennen "Dauer des Aufenthalts"')
def _kriterien(lexdsl_szenario, text):
    """Eines der aufgeführten Ermessenskriterien enthält den Text."""
    ergebnis = lexdsl_szenario.erwarte_ergebnis()
    if not any(text in k["text"] for k in ergebnis.ermessenskriterien):
        vorhanden = "; ".join(k["text"] for k in ergebnis.ermessenskriterien) or "keine"
        pytest.fail(f"Kein Ermessenskriterium enthält »{text}«. Vorhanden: {vorhanden}.", pytrace=False)


# ----------------------------------------------------------------- Sammeln

class FeatureFile(pytest.Module):
    """Eine .feature-Datei als Testmodul: ohne eigene Python-Datei im Projekt.

    Das Modulobjekt entsteht, indem ``scenarios(pfad)`` von pytest-bdd in
    einem frischen Modul ausgeführt wird; pytest sammelt die so erzeugten
    Testfunktionen wie aus einer gewöhnlichen Testdatei.
    """

    def _getobj(self):
        name = "lexdsl_szenarien_" + re.sub(r"\W", "_", self.path.stem)
        module = types.ModuleType(name)
        module.__file__ = str(self.path)
        module.__dict__["FEATURE_PFAD"] = str(self.path)
        code = compile("from pytest_bdd import scenarios\nscenarios(FEATURE_PFAD)\n", str(self.path), "exec")
        exec(code, module.__dict__)  # noqa: S102 – fester Code, der Pfad ist ein Datenwert
        return module


def pytest_collect_file(file_path, parent):
    if file_path.suffix == ".feature" and given is not None and parent.config.getini("lexdsl_feature_dateien"):
        return FeatureFile.from_parent(parent, path=file_path)
    return None


# ----------------------------------------------------------------- Konfiguration

_TAG = re.compile(r"(?<![\w@])@([A-Za-z_][\w]*)")


def pytest_addoption(parser):
    group = parser.getgroup("lexdsl")
    group.addoption("--lexdsl-abdeckung", dest="lexdsl_abdeckung", metavar="DATEI", default=None,
                    help="Bedingungsabdeckung der Szenarien als JSON nach DATEI schreiben und zusammenfassen")
    parser.addini("lexdsl_normen", "Pfad der Normen für die Szenarien (Standard: norms)", default="norms")
    parser.addini("lexdsl_feature_dateien", "Feature-Dateien direkt als Tests sammeln (Standard: ja)",
                  type="bool", default=True)


def pytest_configure(config):
    """Meldet alle Tags der Feature-Dateien als Marker an (für --strict-markers und -m)."""
    base = config.getini("bdd_features_base_dir") if _has_ini(config, "bdd_features_base_dir") else None
    root = Path(str(config.rootpath)) / (base or "features")
    if not root.is_dir():
        return
    tags: set[str] = set()
    for feature in root.rglob("*.feature"):
        try:
            text = feature.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        for line in text.splitlines():
            if line.lstrip().startswith("@"):
                tags.update(_TAG.findall(line))
    for tag in sorted(tags):
        config.addinivalue_line("markers", f"{tag}: Tag aus den Feature-Dateien")


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    target = config.getoption("lexdsl_abdeckung", None)
    if not target or not _RECORDS:
        return
    from .coverage import merge, report, summary_text, write

    by_corpus: dict = {}
    for corpus, record in _RECORDS:
        by_corpus.setdefault(id(corpus), (corpus, []))[1].append(record)
    # Mehrere Normverzeichnisse in einem Lauf: ein Bericht mit allen Normen.
    data = merge([report(records, corpus) for corpus, records in by_corpus.values()])
    write(data, Path(str(config.rootpath)) / target)
    terminalreporter.write_line("")
    terminalreporter.write_line(summary_text(data))
    terminalreporter.write_line(f"Abdeckungsbericht: {target}")
    _RECORDS.clear()


def _has_ini(config, name: str) -> bool:
    try:
        config.getini(name)
        return True
    except ValueError:
        return False

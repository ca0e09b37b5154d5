"""Die Schrittbibliothek der deutschen Gherkin-Szenarien – ohne pytest.

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

``STEPS`` enthält jeden Schritt mit Art, Muster, Beispielsätzen, Erläuterung
und Funktion; ein Test prüft, dass kein Satz zu zwei Schritten passt. Der
Zustand eines Szenarios ist ein ``Szenario``; ein Schritt, dessen Erwartung
nicht eintritt, löst ``ScenarioFailure`` mit deutscher Meldung aus. Das
pytest-Plugin (``lexdsl.pytest_plugin``) meldet die Schritte bei pytest-bdd an;
die Website liest sie von hier, ohne pytest zu laden.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, NoReturn

from .errors import CaseError, did_you_mean, nfc, suggest
from .vocabulary import Action, Outcome

if TYPE_CHECKING:
    from .runtime import CompiledNorm, Facts, Result, VersionedNorm
    from .workspace.corpus import Corpus


class ScenarioFailure(AssertionError):
    """Ein Schritt hat nicht das Erwartete gefunden; die Meldung ist deutsch und vollständig."""


def fail(message: str) -> NoReturn:
    raise ScenarioFailure(message)


# ----------------------------------------------------------------- Zustand

# Wer die geprüften Fälle aufzeichnet (für die Bedingungsabdeckung): (Korpus, Normvariante, Fakten, Szenario).
Recorder = Callable[["Corpus", "CompiledNorm", "Facts", str], None]

_CORPORA: dict[tuple[Path, Path | None], Corpus] = {}


def corpus_for(path: Path, cache_dir: Path | None) -> Corpus:
    """Das Korpus eines Normverzeichnisses, einmal je Prozess geladen."""
    from .workspace.corpus import load

    key = (path.resolve(), cache_dir)
    if key not in _CORPORA:
        _CORPORA[key] = load(key[0], cache_dir=cache_dir)
    return _CORPORA[key]


class Szenario:
    """Was ein Szenario angibt und was die Prüfung ergibt.

    ``root``: das Projektverzeichnis (dort liegen Normen und Grundfälle);
    ``normen``: das Normverzeichnis relativ dazu; ``recorder`` zeichnet jeden
    geprüften Fall auf, wenn die Bedingungsabdeckung gemessen wird.
    """

    def __init__(self, root: Path, normen: str = "norms", label: str = "", cache_dir: Path | None = None,
                 recorder: Recorder | None = None) -> None:
        self.root = root
        self.normen = normen
        self.label = label
        self.cache_dir = cache_dir
        self.recorder = recorder
        self.werte: dict[str, Any] = {}
        self.stichtag: str | None = None
        self.ergebnis: Result | None = None
        self.ergebnisse: dict[str, Result] = {}

    def korpus(self) -> Corpus:
        from .errors import LexdslError

        try:
            return corpus_for(self.root / self.normen, self.cache_dir)
        except LexdslError as exc:
            fail(f"Die Normen aus »{self.normen}« lassen sich nicht laden:\n{exc.render()}")

    def setze(self, name: str, wert: object) -> None:
        from .cases.values import convert_value

        name = nfc(name)
        korpus = self.korpus()
        merkmal = korpus.merkmale.get(name)
        if merkmal is None:
            nahe = suggest(name, korpus.merkmale, limit=5)
            liste = ", ".join(f"»{n}«" for n in nahe) if nahe else "keine ähnlichen"
            fail(f"Unbekanntes Merkmal »{name}«. Am nächsten: {liste}.")
        if wert is None:
            self.werte[name] = None
            return
        try:
            self.werte[name] = convert_value(name, merkmal, wert)
        except CaseError as exc:
            fail(exc.render())

    def pruefe(self, norm: str) -> None:
        norm = nfc(norm)
        korpus = self.korpus()
        if norm not in korpus.normen:
            fail(f"Unbekannte Norm »{norm}«. {did_you_mean(norm, korpus.normen) or ''}")
        self.ergebnis = self._pruefe(korpus.norm(norm))

    def _pruefe(self, norm: VersionedNorm) -> Result:
        from .cases.values import check_past

        try:  # wie die Kommandozeile: ein Datum-Merkmal liegt nicht nach dem Stichtag (ohne ihn: nach heute)
            check_past(self.werte, self.korpus().merkmale, self.stichtag)
        except CaseError as exc:
            fail(exc.render())
        facts = self.korpus().complete(dict(self.werte), stichtag=self.stichtag)
        result = norm.pruefen(facts)
        if self.recorder is not None and result.hinweis is None:
            for each in result.undated or (result,):     # im unbelegten Zeitraum: beide Fassungen
                self.recorder(self.korpus(), each.compiled, facts, self.label)
        return result

    def pruefe_alle(self) -> None:
        self.ergebnisse = {nid: self._pruefe(norm) for nid, norm in self.korpus().normen.items()}

    def ergebnis_von(self, norm: str) -> Result:
        norm = nfc(norm)
        if not self.ergebnisse:
            fail("Es wurden nicht alle Normen geprüft (Schritt »Wenn alle Normen geprüft werden« fehlt).")
        if norm not in self.ergebnisse:
            fail(f"Unbekannte Norm »{norm}«. {did_you_mean(norm, self.ergebnisse) or ''}")
        return self.ergebnisse[norm]

    def erwarte_ergebnis(self) -> Result:
        if self.ergebnis is None:
            fail("Es wurde noch keine Norm geprüft (Schritt »Wenn \"…\" geprüft wird« fehlt).")
        return self.ergebnis


def _beschreibe(ergebnis: Result) -> str:
    from .render import result_text

    text = f"Ergebnis: {ergebnis.outcome.value} – {ergebnis.sentence}"
    if ergebnis.missing:
        text += "\nFehlende Merkmale: " + ", ".join(ergebnis.missing)
    return text + "\n\n" + result_text(ergebnis)


# ----------------------------------------------------------------- Schritte


class Step(NamedTuple):
    """Ein Schritt: Art (given, when, then), regulärer Ausdruck, Beispielsätze, Erläuterung, Funktion."""

    kind: str
    pattern: str
    examples: tuple[str, ...]
    doc: str
    function: Callable[..., None]


STEPS: list[Step] = []

# Die Tabelle eines Schritts, wie pytest-bdd sie übergibt: Zeilen von Zellen.
Table = Sequence[Sequence[str]]


def step(kind: str, pattern: str, *examples: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Trägt eine Schrittfunktion in ``STEPS`` ein (ihr Docstring wird die Erläuterung)."""

    def register(fn: Callable[..., None]) -> Callable[..., None]:
        STEPS.append(Step(kind, pattern, examples, " ".join((fn.__doc__ or "").split()), fn))
        return fn

    return register


def _tabelle(datatable: Table) -> list[tuple[str, str]]:
    if not datatable:
        fail("Die Tabelle ist leer.")
    rows = [list(map(str.strip, row)) for row in datatable]
    if [c.lower() for c in rows[0][:2]] == ["merkmal", "wert"]:
        rows = rows[1:]
    out = []
    for row in rows:
        if len(row) != 2:
            fail(f"Jede Zeile der Tabelle braucht genau zwei Spalten (Merkmal | Wert): {row}")
        out.append((row[0], row[1]))
    return out


@step("given", r'die Normen aus "(?P<pfad>[^"]+)"', 'die Normen aus "norms"')
def _normen(lexdsl_szenario: Szenario, pfad: str) -> None:
    """Die Normen kommen aus diesem Verzeichnis statt aus dem eingestellten (Standard: norms)."""
    lexdsl_szenario.normen = pfad


@step("given", r'der Grundfall "(?P<datei>[^"]+)"', 'der Grundfall "beispiele/reiseunfaehigkeit.yaml"')
def _grundfall(lexdsl_szenario: Szenario, datei: str) -> None:
    """Lädt die Merkmale einer Falldatei (YAML oder JSON) als Ausgangsfall; spätere Schritte ändern
    einzelne Merkmale.
    """
    from .cases import case_values, read_case_data

    korpus = lexdsl_szenario.korpus()
    pfad = lexdsl_szenario.root / datei
    try:
        werte, _label, _stichtag = case_values(read_case_data(pfad), korpus.merkmale, korpus.begriffe)
    except CaseError as exc:
        fail(exc.render())
    lexdsl_szenario.werte.update(werte)


@step("given", r"ein Fall mit folgenden Merkmalen:?", "ein Fall mit folgenden Merkmalen:")
def _fall(lexdsl_szenario: Szenario, datatable: Table) -> None:
    """Der Fall besteht genau aus den Merkmalen der Tabelle (Spalten Merkmal und Wert); ein vorher
    geladener Fall wird verworfen. »unbekannt« lässt ein Merkmal offen.
    """
    lexdsl_szenario.werte.clear()
    for name, wert in _tabelle(datatable):
        lexdsl_szenario.setze(name, None if wert.lower() == "unbekannt" else wert)


@step("given", r"(?:außerdem )?die Merkmale:?", "die Merkmale:", "außerdem die Merkmale:")
def _merkmale(lexdsl_szenario: Szenario, datatable: Table) -> None:
    """Setzt oder ändert die Merkmale der Tabelle im bisherigen Fall; »unbekannt« lässt ein Merkmal offen."""
    for name, wert in _tabelle(datatable):
        lexdsl_szenario.setze(name, None if wert.lower() == "unbekannt" else wert)


@step("given", r'das Merkmal "(?P<name>[^"]+)" ist "(?P<wert>[^"]*)"',
       'das Merkmal "Reiseunfähigkeit" ist "ja"', 'das Merkmal "Dauer der Duldung" ist "24 Monate"')
def _merkmal(lexdsl_szenario: Szenario, name: str, wert: str) -> None:
    """Setzt ein Merkmal. Der Wert wird wie in einer Falldatei geschrieben: ja/nein, eine Zahl, »24
    Monate«, ein Datum oder ein Wert der Auswahl.
    """
    lexdsl_szenario.setze(name, wert)


@step("given", r'das Merkmal "(?P<name>[^"]+)" ist unbekannt', 'das Merkmal "Reiseunfähigkeit" ist unbekannt')
def _merkmal_unbekannt(lexdsl_szenario: Szenario, name: str) -> None:
    """Das Merkmal ist nicht festgestellt. Kann es das Ergebnis ändern, ist das Ergebnis offen und nennt es."""
    lexdsl_szenario.setze(name, None)


@step("given", r'der Stichtag "(?P<datum>[^"]+)"', 'der Stichtag "01.01.2010"', 'der Stichtag "2024-06-30"')
def _stichtag(lexdsl_szenario: Szenario, datum: str) -> None:
    """Entscheidungsstichtag (TT.MM.JJJJ oder JJJJ-MM-TT, in einem der Jahre 1949 bis 2100); er wählt bei Normen
    mit Fassungen die geltende Fassung. Kein Datum-Merkmal des Falls darf nach ihm liegen.
    """
    from .cases.values import convert_stichtag

    try:
        lexdsl_szenario.stichtag = convert_stichtag(datum, field="Stichtag")
    except CaseError as exc:
        fail(exc.render())


@step("when", r"alle Normen geprüft werden", "alle Normen geprüft werden")
def _pruefen_alle(lexdsl_szenario: Szenario) -> None:
    """Prüft den Fall gegen alle Normen (Gesamtprüfung), wie »lexdsl prüfen« ohne --norm."""
    lexdsl_szenario.pruefe_alle()


@step("when", r'(?:die Norm )?"(?P<norm>[^"]+)" geprüft wird',
       '"§ 25 Abs. 5 AufenthG" geprüft wird', 'die Norm "§ 25 Abs. 5 AufenthG" geprüft wird')
def _pruefen(lexdsl_szenario: Szenario, norm: str) -> None:
    """Prüft den Fall gegen eine Norm; die folgenden Dann-Schritte beziehen sich auf ihr Ergebnis."""
    lexdsl_szenario.pruefe(norm)


def _ergebnis_ist(lexdsl_szenario: Szenario, erwartet: Outcome, handlung: str | None = None) -> None:
    ergebnis = lexdsl_szenario.erwarte_ergebnis()
    if ergebnis.outcome is not erwartet:
        fail(f"Erwartet: {erwartet.value}. Tatsächlich:\n{_beschreibe(ergebnis)}")
    if handlung is not None:
        action = Action.ERTEILEN if handlung.startswith("erteil") else Action.VERLAENGERN
        if ergebnis.action != action.value:
            fail(f"Erwartet wurde »{action.value}«, die Norm regelt »{ergebnis.action}«.")


@step("then", r"ist die Aufenthaltserlaubnis zu (?P<handlung>erteilen|verlängern)",
       "ist die Aufenthaltserlaubnis zu erteilen", "ist die Aufenthaltserlaubnis zu verlängern")
def _anspruch(lexdsl_szenario: Szenario, handlung: str) -> None:
    """Anspruch: Die Behörde ist gebunden."""
    _ergebnis_ist(lexdsl_szenario, Outcome.ANSPRUCH, handlung)


@step("then", r"soll die Aufenthaltserlaubnis (?P<handlung>erteilt|verlängert) werden",
       "soll die Aufenthaltserlaubnis erteilt werden")
def _soll(lexdsl_szenario: Szenario, handlung: str) -> None:
    """Regelanspruch (Soll): zu erteilen, wenn kein atypischer Fall vorliegt."""
    _ergebnis_ist(lexdsl_szenario, Outcome.SOLL, handlung)


@step("then", r"kann die Aufenthaltserlaubnis (?P<handlung>erteilt|verlängert) werden",
       "kann die Aufenthaltserlaubnis erteilt werden", "kann die Aufenthaltserlaubnis verlängert werden")
def _kann(lexdsl_szenario: Szenario, handlung: str) -> None:
    """Ermessen: Die Behörde entscheidet nach pflichtgemäßem Ermessen."""
    _ergebnis_ist(lexdsl_szenario, Outcome.ERMESSEN, handlung)


@step("then", r"darf die Aufenthaltserlaubnis nicht (?P<handlung>erteilt|verlängert) werden",
       "darf die Aufenthaltserlaubnis nicht erteilt werden")
def _versagt(lexdsl_szenario: Szenario, handlung: str) -> None:
    """Zwingende Versagung: Ein Versagungsgrund greift."""
    _ergebnis_ist(lexdsl_szenario, Outcome.VERSAGT, handlung)


@step("then", r"ist der Tatbestand nicht erfüllt", "ist der Tatbestand nicht erfüllt")
def _nicht_erfuellt(lexdsl_szenario: Szenario) -> None:
    """Der Tatbestand der Norm ist nicht erfüllt; die Norm ist nicht anwendbar."""
    _ergebnis_ist(lexdsl_szenario, Outcome.NICHT_ERFUELLT)


@step("then", r"ist das Ergebnis offen", "ist das Ergebnis offen")
def _offen(lexdsl_szenario: Szenario) -> None:
    """Fehlende Merkmale können das Ergebnis ändern; die Prüfung nennt sie."""
    _ergebnis_ist(lexdsl_szenario, Outcome.OFFEN)


@step("then", r'die möglichen Ergebnisse sind "(?P<liste>[^"]+)"',
       'die möglichen Ergebnisse sind "soll, versagt"')
def _moeglich(lexdsl_szenario: Szenario, liste: str) -> None:
    """Bei offenem Ergebnis: genau diese Ergebnisse sind noch möglich (durch Komma getrennt, etwa »soll, versagt«)."""
    ergebnis = lexdsl_szenario.erwarte_ergebnis()
    erwartet = set()
    for wort in (w.strip().lower() for w in liste.split(",")):
        gefunden = Outcome.from_word(wort)
        if gefunden is None:
            fail(f"Unbekanntes Ergebnis »{wort}«. Erlaubt: " + ", ".join(Outcome.words()))
        erwartet.add(gefunden)
    if set(ergebnis.possible) != erwartet:
        tatsaechlich = ", ".join(o.value for o in ergebnis.possible) or "keine (das Ergebnis steht fest)"
        fail(f"Mögliche Ergebnisse: {tatsaechlich}; erwartet: {liste}.")


@step("then", r'gilt die Fassung "(?P<name>[^"]+)"', 'gilt die Fassung "Rechtslage 2024"')
def _fassung(lexdsl_szenario: Szenario, name: str) -> None:
    """Angewandt wurde diese Fassung der Norm."""
    ergebnis = lexdsl_szenario.erwarte_ergebnis()
    if ergebnis.fassung is None:
        fail(f"»{ergebnis.norm}« hat keine Fassungen.")
    if ergebnis.fassung.name != name:
        fail(f"Angewandt wurde die Fassung »{ergebnis.fassung.name}«, erwartet »{name}«.")


def _gesamt(lexdsl_szenario: Szenario, norm: str, erwartet: set[Outcome], wort: str) -> None:
    ergebnis = lexdsl_szenario.ergebnis_von(norm)
    if ergebnis.outcome not in erwartet:
        fail(f"»{norm}« ist nicht {wort}, sondern: {ergebnis.outcome.value} – {ergebnis.sentence}\n"
             + "\n".join(ergebnis.reasons()))


@step("then", r'kommt "(?P<norm>[^"]+)" mit "(?P<grad>[^"]+)" in Betracht',
       'kommt "§ 25 Abs. 5 AufenthG" mit "soll" in Betracht')
def _in_betracht(lexdsl_szenario: Szenario, norm: str, grad: str) -> None:
    """Gesamtprüfung: Die Norm kommt mit diesem Grad in Betracht (Anspruch, soll oder kann)."""
    erwartet = Outcome.from_word(grad)
    if erwartet not in (Outcome.ANSPRUCH, Outcome.SOLL, Outcome.ERMESSEN):
        fail(f"»{grad}« ist kein erteilender Grad (anspruch, soll, ermessen).")
    _gesamt(lexdsl_szenario, norm, {erwartet}, f"mit »{grad}« in Betracht kommend")


@step("then", r'kommt "(?P<norm>[^"]+)" nicht in Betracht', 'kommt "§ 23a Abs. 1 S. 1 AufenthG" nicht in Betracht')
def _nicht_in_betracht(lexdsl_szenario: Szenario, norm: str) -> None:
    """Keine Vervollständigung des Falls führt zur Erteilung (versagt, nicht anwendbar oder offen nur
    zwischen diesen).
    """
    ergebnis = lexdsl_szenario.ergebnis_von(norm)
    erteilend = {Outcome.ANSPRUCH, Outcome.SOLL, Outcome.ERMESSEN}
    moeglich = set(ergebnis.possible) if ergebnis.outcome is Outcome.OFFEN else {ergebnis.outcome}
    if moeglich & erteilend or (ergebnis.outcome is Outcome.OFFEN and not ergebnis.exact):
        fail(f"»{norm}« kann noch in Betracht kommen: {ergebnis.outcome.value}, möglich: "
                    + ", ".join(o.value for o in ergebnis.possible))


@step("then", r'ist "(?P<norm>[^"]+)" ausgeschlossen', 'ist "§ 25 Abs. 3 AufenthG" ausgeschlossen')
def _ausgeschlossen(lexdsl_szenario: Szenario, norm: str) -> None:
    """Gesamtprüfung: Die Norm ist ausgeschlossen, weil ein Versagungsgrund greift."""
    _gesamt(lexdsl_szenario, norm, {Outcome.VERSAGT}, "ausgeschlossen")


@step("then", r'ist "(?P<norm>[^"]+)" nicht anwendbar', 'ist "§ 22 S. 1 AufenthG" nicht anwendbar')
def _nicht_anwendbar(lexdsl_szenario: Szenario, norm: str) -> None:
    """Gesamtprüfung: Der Tatbestand der Norm ist nicht erfüllt."""
    _gesamt(lexdsl_szenario, norm, {Outcome.NICHT_ERFUELLT}, "nicht anwendbar")


@step("then", r'ist "(?P<norm>[^"]+)" offen', 'ist "§ 23 Abs. 1 S. 1 AufenthG" offen')
def _gesamt_offen(lexdsl_szenario: Szenario, norm: str) -> None:
    """Gesamtprüfung: Das Ergebnis der Norm ist offen."""
    _gesamt(lexdsl_szenario, norm, {Outcome.OFFEN}, "offen")


@step("then", r'ist das Merkmal "(?P<name>[^"]+)" noch festzustellen',
       'ist das Merkmal "Reiseunfähigkeit" noch festzustellen')
def _festzustellen(lexdsl_szenario: Szenario, name: str) -> None:
    """Gesamtprüfung: Das Merkmal steht in der Liste dessen, was noch festzustellen ist."""
    offen = {m for r in lexdsl_szenario.ergebnisse.values() for m in r.missing}
    if not lexdsl_szenario.ergebnisse:
        fail("Es wurden nicht alle Normen geprüft.")
    if name not in offen:
        fail(f"»{name}« ist nicht festzustellen. Festzustellen: {', '.join(sorted(offen)) or 'nichts'}.",)


@step("then", r'die Begründung nennt "(?P<fundstelle>[^"]+)"', 'die Begründung nennt "VwV 25.5.2"')
def _nennt(lexdsl_szenario: Szenario, fundstelle: str) -> None:
    """Die Begründung zitiert diese Fundstelle (genau so geschrieben wie in der Norm)."""
    ergebnis = lexdsl_szenario.erwarte_ergebnis()
    if fundstelle not in ergebnis.citations():
        fail(f"Die Begründung nennt »{fundstelle}« nicht. Sie nennt: {', '.join(ergebnis.citations())}.",)


@step("then", r'die Begründung nennt nicht "(?P<fundstelle>[^"]+)"',
       'die Begründung nennt nicht "§ 25 Abs. 5 S. 3 AufenthG"')
def _nennt_nicht(lexdsl_szenario: Szenario, fundstelle: str) -> None:
    """Die Begründung zitiert diese Fundstelle nicht."""
    ergebnis = lexdsl_szenario.erwarte_ergebnis()
    if fundstelle in ergebnis.citations():
        fail(f"Die Begründung nennt »{fundstelle}«, sollte es aber nicht.\n{_beschreibe(ergebnis)}",)


def _texte(knoten: list[dict[str, Any]] | None) -> Iterator[str]:
    for k in knoten or ():
        yield k["text"]
        yield from _texte(k["kinder"])


@step("then", r'die Begründung enthält "(?P<text>[^"]+)"', 'die Begründung enthält "abweichend von"')
def _enthaelt(lexdsl_szenario: Szenario, text: str) -> None:
    """Eine Zeile der Begründung enthält diesen Text."""
    ergebnis = lexdsl_szenario.erwarte_ergebnis()
    if not any(text in zeile for zeile in _texte(ergebnis.begruendung)):
        fail(f"Kein Teil der Begründung enthält »{text}«.\n{_beschreibe(ergebnis)}")


@step("then", r'es fehlt das Merkmal "(?P<name>[^"]+)"', 'es fehlt das Merkmal "Reiseunfähigkeit"')
def _fehlt(lexdsl_szenario: Szenario, name: str) -> None:
    """Das Ergebnis nennt dieses Merkmal als noch festzustellen."""
    ergebnis = lexdsl_szenario.erwarte_ergebnis()
    if name not in ergebnis.missing:
        fail(f"»{name}« fehlt nicht. Fehlend: {', '.join(ergebnis.missing) or 'nichts'}.")


@step("then", r"es fehlen genau die Merkmale:?", "es fehlen genau die Merkmale:")
def _fehlen_genau(lexdsl_szenario: Szenario, datatable: Table) -> None:
    """Das Ergebnis nennt genau die Merkmale der Tabelle als noch festzustellen, keines mehr und keines weniger."""
    ergebnis = lexdsl_szenario.erwarte_ergebnis()
    erwartet = {row[0].strip() for row in datatable if row and row[0].strip() and row[0].strip() != "Merkmal"}
    if set(ergebnis.missing) != erwartet:
        fail("Fehlende Merkmale: " + (", ".join(ergebnis.missing) or "keine") + "\nErwartet: "
                    + ", ".join(sorted(erwartet)))


@step("then", r"es fehlt kein Merkmal", "es fehlt kein Merkmal")
def _fehlt_keins(lexdsl_szenario: Szenario) -> None:
    """Das Ergebnis steht fest; es fehlt kein Merkmal."""
    ergebnis = lexdsl_szenario.erwarte_ergebnis()
    if ergebnis.missing:
        fail("Es fehlen: " + ", ".join(ergebnis.missing))


@step("then", r'die Nebenfolge "(?P<art>[^"]+)" enthält "(?P<text>[^"]+)"',
       'die Nebenfolge "Familiennachzug" enthält "nicht gewährt"')
def _nebenfolge(lexdsl_szenario: Szenario, art: str, text: str) -> None:
    """Die Nebenfolge dieser Art (etwa Geltungsdauer, Familiennachzug, Erwerbstätigkeit, Zuständigkeit)
    enthält den Text.
    """
    ergebnis = lexdsl_szenario.erwarte_ergebnis()
    eintrag = ergebnis.nebenfolgen.get(art)
    if eintrag is None:
        fail(f"Keine Nebenfolge »{art}«. Vorhanden: {', '.join(ergebnis.nebenfolgen) or 'keine'}.",)
    if text not in eintrag["text"]:
        fail(f"Die Nebenfolge »{art}« lautet »{eintrag['text']}« und enthält »{text}« nicht.")


@step("then", r'es gibt keine Nebenfolge "(?P<art>[^"]+)"', 'es gibt keine Nebenfolge "Einvernehmen"')
def _keine_nebenfolge(lexdsl_szenario: Szenario, art: str) -> None:
    """Das Ergebnis hat keine Nebenfolge dieser Art (etwa weil ihre Bedingung nicht erfüllt ist)."""
    ergebnis = lexdsl_szenario.erwarte_ergebnis()
    if art in ergebnis.nebenfolgen:
        fail(f"Es gibt die Nebenfolge »{art}«: {ergebnis.nebenfolgen[art]['text']}")


@step("then", r'die Ermessenskriterien nennen "(?P<text>[^"]+)"',
       'die Ermessenskriterien nennen "Dauer des Aufenthalts"')
def _kriterien(lexdsl_szenario: Szenario, text: str) -> None:
    """Eines der aufgeführten Ermessenskriterien enthält den Text."""
    ergebnis = lexdsl_szenario.erwarte_ergebnis()
    if not any(text in k["text"] for k in ergebnis.ermessenskriterien):
        vorhanden = "; ".join(k["text"] for k in ergebnis.ermessenskriterien) or "keine"
        fail(f"Kein Ermessenskriterium enthält »{text}«. Vorhanden: {vorhanden}.")



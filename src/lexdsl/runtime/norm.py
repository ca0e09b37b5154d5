"""Übersetzte Normen: eine Normvariante mit ihren Funktionen, eine Norm mit ihren Fassungen, ein Katalog.

Jede Normvariante bringt aus dem erzeugten Code mit:

``decide(F)`` (im Code ``entscheiden_…``)
    zweiwertig und mit Kurzschluss, so schnell wie handgeschriebenes Python.
    Unbekannte Merkmale stehen in ``F`` als ``Unknown``-Platzhalter; jede
    Verwendung löst ``UnknownFact`` aus. Läuft die Funktion durch, ohne einen
    Platzhalter zu berühren, hängt das Ergebnis von keinem unbekannten Merkmal ab.

``values(F, V)`` (``werte_…``)
    dreiwertig nach Kleene (True/False/None), mit Kurzschluss; schreibt den
    Wert jedes ausgewerteten Knotens nach ``V``. Daraus entsteht die Begründung.

``combine(W)`` (``kombinieren_…``)
    dieselbe Entscheidungslogik über fertigen Werten der Prüfpunkte; damit
    bestimmt ``analysis`` bei unbekannten Merkmalen die möglichen Ergebnisse.
"""

from __future__ import annotations

import copy
import datetime
import importlib
import unicodedata
from collections.abc import Iterable, Mapping
from types import ModuleType
from typing import NamedTuple

from ..vocabulary import OUTCOME_ORDER, RANK_OUTCOMES, Action, MerkmalType, Outcome, fassung_period, german_date
from .analysis import Structure, analyse
from .facts import NICHT_AUSGEWERTET, Facts, UnknownFact
from .program import CorpusProgram, FactValue, Fassung, GeneratedNorm, MerkmalInfo, NormProgram
from .result import Result


class CompiledNorm:
    """Eine übersetzte Normvariante: ihr Programm und die Funktionen des erzeugten Codes."""

    def __init__(self, generated: GeneratedNorm):
        program = generated.program
        self.program: NormProgram = program
        self.decide = generated.decide
        self.combine = generated.combine
        self.values = generated.values
        self.conditions = generated.conditions
        self.id: str = program.id
        self.title: str = program.title
        self.action: Action = program.action
        self.file: str = program.file
        self.domains: dict[str, tuple[FactValue, ...]] = {d.merkmal: d.values for d in program.domains}
        self.types: dict[str, MerkmalType] = {d.merkmal: d.type for d in program.domains}
        self.size = len(program.nodes)
        # Regeln nach Art, einmal sortiert (die Begründung braucht sie für jeden Fall).
        self.refusals = [r for r in program.rules if r.grade.is_refusal]
        self.grants = [r for r in program.rules if r.grade.is_grant]
        self._structure: Structure | None = None

    @property
    def merkmale(self) -> tuple[str, ...]:
        return self.program.merkmale

    @property
    def structure(self) -> Structure:
        """Eltern, Wurzeln und Vorkommen der Merkmale (für die Analyse, einmal berechnet)."""
        if self._structure is None:
            self._structure = Structure(self.program)
        return self._structure

    def entscheiden(self, facts: Facts) -> Outcome:
        """Nur das Ergebnis, ohne Begründung und ohne Nebenfolgen (der schnelle Weg)."""
        try:
            return RANK_OUTCOMES[self.decide(facts.fast)]
        except UnknownFact:
            outcomes, _missing, exact, _unresolved = analyse(self, facts)
            if exact and len(outcomes) == 1:
                return RANK_OUTCOMES[next(iter(outcomes))]
            return Outcome.OFFEN

    def pruefen(self, facts: Facts, begruendung: bool = True) -> Result:
        """Ergebnis mit fehlenden Merkmalen, Nebenfolgen, Ermessenskriterien und (wahlweise) Begründung."""
        missing: tuple[str, ...] = ()
        possible: tuple[Outcome, ...] = ()
        exact = True
        settled = False
        unresolved: tuple[str, ...] = ()
        try:
            outcome = RANK_OUTCOMES[self.decide(facts.fast)]
        except UnknownFact:
            codes, missing, exact, unresolved = analyse(self, facts)
            if exact and len(codes) == 1:
                outcome = RANK_OUTCOMES[next(iter(codes))]
                settled = True  # fest, obwohl die Auswertung auf Unbekanntes stieß
            else:
                outcome = Outcome.OFFEN
                reachable = {RANK_OUTCOMES[c] for c in codes}
                possible = tuple(o for o in OUTCOME_ORDER if o in reachable)
        values: list[object] | None = None
        if begruendung:
            values = [NICHT_AUSGEWERTET] * self.size
            self.values(facts.three, values)
        result = Result(self, outcome, missing, possible, exact, values, facts, settled)
        result.unresolved = unresolved
        return result

    def condition_holds(self, node_id: int | None, facts: Facts) -> bool | None:
        """Ist die Bedingung (Nebenfolge, Kriterium) erfüllt? ``None``, wenn sie von Unbekanntem abhängt."""
        if node_id is None:
            return True
        try:
            return bool(self.conditions[node_id](facts.fast))
        except UnknownFact:
            return None

    def __repr__(self) -> str:
        return f"<CompiledNorm {self.id}>"


class Selection(NamedTuple):
    """Welche Fassung am Stichtag gilt, und warum.

    ``variant``: die angewandte Fassung; ``None``, wenn am Stichtag keine gilt (vor einer Norm, die es
    erst ab einem Tag gibt, oder in einer Lücke). ``undated``: bei einem Stichtag im unbelegten Zeitraum
    die Fassungen davor und danach (``variant`` ist dann die spätere). ``warning``: was das Korpus für
    diesen Stichtag nicht abbildet (Recht vor dem Belegten, Änderungen nach dem letzten Stand).
    """

    variant: CompiledNorm | None
    why: str | None
    warning: str | None = None
    undated: tuple[CompiledNorm, CompiledNorm] | None = None


def _fassung(variant: CompiledNorm) -> Fassung:
    fassung = variant.program.fassung
    assert fassung is not None        # nur für Normen mit Fassungen aufgerufen
    return fassung


class VersionedNorm:
    """Eine Norm mit ihren Fassungen. Wählt nach dem Stichtag die geltende Fassung.

    Ohne Stichtag gilt die neueste Fassung (und das Ergebnis sagt es). Gilt am
    Stichtag keine Fassung, ist die Norm nicht anwendbar, mit diesem Grund.
    Liegt der Stichtag in einem unbelegten Zeitraum („zuvor unbelegt“), prüft
    sie nach beiden angrenzenden Fassungen: Stimmen sie überein, gilt das
    gemeinsame Ergebnis, sonst ist es offen; beides mit dem Hinweis, dass die
    Rechtslage an diesem Tag aus den Quellen nicht folgt.
    Eine Norm ohne Fassungen hat genau eine, zeitlose Variante.
    """

    def __init__(self, variants: Iterable[CompiledNorm]):
        self.variants = sorted(variants, key=lambda v: v.program.fassung.ab if v.program.fassung else "")
        self.newest = self.variants[-1]

    @property
    def id(self) -> str:
        return self.newest.id

    @property
    def title(self) -> str:
        return self.newest.title

    @property
    def action(self) -> Action:
        return self.newest.action

    @property
    def program(self) -> NormProgram:
        """Das Programm der neuesten Fassung."""
        return self.newest.program

    @property
    def decide(self) -> object:
        """Die Entscheidungsfunktion der neuesten Fassung."""
        return self.newest.decide

    def select(self, stichtag: str | None) -> Selection:
        """Die Fassung am Stichtag (siehe ``Selection``)."""
        if self.newest.program.fassung is None:
            return Selection(self.newest, None)
        if stichtag is None:
            day = datetime.date.today().isoformat()
            return Selection(self.newest, "kein Stichtag angegeben, daher die neueste Fassung",
                             self._later_changes(day, "Heute"))
        first = _fassung(self.variants[0])
        if stichtag < first.ab:
            if first.unmodelled_before:
                return Selection(self.variants[0], f"früheste Fassung der Quellen, belegt ab {german_date(first.ab)}",
                                 f"Die Quellen belegen diese Norm erst ab dem {german_date(first.ab)}; was am "
                                 f"Stichtag {german_date(stichtag)} galt, bildet das Korpus nicht ab. Angewandt "
                                 f"ist die früheste belegte Fassung „{first.name}“.")
            return Selection(None, self._none_applies(stichtag))
        for index, variant in enumerate(self.variants):
            f = _fassung(variant)
            if f.ab <= stichtag and (f.bis is None or stichtag <= f.bis):
                warning = self._later_changes(stichtag, "Der Stichtag") if variant is self.newest else None
                return Selection(variant, f"gilt am Stichtag {german_date(stichtag)}", warning)
            if stichtag < f.ab and index and f.undated_change:
                before = self.variants[index - 1]
                b = _fassung(before)
                return Selection(variant, f"Stichtag {german_date(stichtag)} im unbelegten Zeitraum",
                                 f"Die Rechtslage am Stichtag {german_date(stichtag)} folgt aus den Quellen nicht: "
                                 f"„{b.name}“ ist bis zum {german_date(b.bis or b.ab)} belegt, „{f.name}“ ab dem "
                                 f"{german_date(f.ab)}; an welchem Tag dazwischen sich {self.id} änderte, "
                                 "nennen sie nicht.", (before, variant))
        return Selection(None, self._none_applies(stichtag))

    def _later_changes(self, day: str, who: str) -> str | None:
        """Die Warnung, wenn ``day`` nach dem letzten Stand liegt, den die Quellen für diese Norm belegen."""
        f = _fassung(self.newest)
        last = f.stand
        if last is None or f.bis is not None or day <= last:
            return None
        return (f"{who} liegt nach dem Stand {german_date(last)} der Quellen; spätere Änderungen des Gesetzes "
                "sind nicht abgebildet.")

    def _none_applies(self, stichtag: str) -> str:
        known = "; ".join(
            f"{f.name} {fassung_period(f.ab, f.bis, f.unmodelled_before, f.undated_change)}"
            for f in (v.program.fassung for v in self.variants) if f is not None
        )
        return f"Am Stichtag {german_date(stichtag)} gilt keine hinterlegte Fassung von {self.id} ({known})."

    def entscheiden(self, facts: Facts, stichtag: str | None = None) -> Outcome:
        day = stichtag or facts.stichtag
        if day is None:                      # der schnelle Weg: ohne Stichtag die neueste Fassung, ohne Texte
            return self.newest.entscheiden(facts)
        chosen = self.select(day)
        if chosen.variant is None:
            return Outcome.NICHT_ERFUELLT
        if chosen.undated is not None:
            before, after = (v.entscheiden(facts) for v in chosen.undated)
            return before if before is after else Outcome.OFFEN
        return chosen.variant.entscheiden(facts)

    def pruefen(self, facts: Facts, begruendung: bool = True, stichtag: str | None = None) -> Result:
        chosen = self.select(stichtag or facts.stichtag)
        if chosen.variant is None:
            result = Result(self.newest, Outcome.NICHT_ERFUELLT, (), (), True, None, facts)
            result.hinweis = chosen.why
            return result
        if chosen.undated is not None:
            result = _undated(chosen.undated, facts, begruendung)
        else:
            result = chosen.variant.pruefen(facts, begruendung=begruendung)
        result.fassung_grund = chosen.why
        result.warnung = chosen.warning
        return result

    def __repr__(self) -> str:
        return f"<VersionedNorm {self.id}: {len(self.variants)} Variante(n)>"


def _undated(pair: tuple[CompiledNorm, CompiledNorm], facts: Facts, begruendung: bool) -> Result:
    """Das Ergebnis im unbelegten Zeitraum: nach beiden Fassungen geprüft; offen, wenn sie verschieden entscheiden."""
    before, after = (v.pruefen(facts, begruendung=begruendung) for v in pair)
    result = copy.copy(after)        # beide Einzelergebnisse bleiben unverändert
    result.undated = (before, after)
    if before.outcome is not after.outcome or after.outcome is Outcome.OFFEN:
        reachable = {o for r in (before, after) for o in (r.possible or (r.outcome,))}
        result.outcome = Outcome.OFFEN
        result.possible = tuple(o for o in OUTCOME_ORDER if o in reachable)
        result.missing = tuple(dict.fromkeys(before.missing + after.missing))
        result.exact = before.exact and after.exact
        result.settled = False
        result.unresolved = tuple(dict.fromkeys(before.unresolved + after.unresolved))
    return result


class Catalog:
    """Die übersetzten Normen eines erzeugten Pakets, mit dem Vokabular.

    ``Catalog.from_package(paket)`` liest ein Paket, wie ``lexdsl kompilieren``
    es schreibt (und wie es im Zwischenspeicher liegt). ``complete`` macht aus
    schon umgewandelten Werten vollständige ``Facts``; die Werte werden hier
    nicht geprüft (das tut ``lexdsl.Corpus.facts``).
    """

    def __init__(self, corpus: CorpusProgram, generated: Iterable[GeneratedNorm], modules: Iterable[ModuleType] = ()):
        self.program = corpus
        self.modules = list(modules)
        self.merkmale: dict[str, MerkmalInfo] = {m.name: m for m in corpus.merkmale}
        self.begriffe = {b.name: b for b in corpus.begriffe}
        variants: dict[str, list[CompiledNorm]] = {}
        for item in generated:
            variants.setdefault(item.program.id, []).append(CompiledNorm(item))
        self.normen: dict[str, VersionedNorm] = {nid: VersionedNorm(v) for nid, v in variants.items()}

    @classmethod
    def from_package(cls, package: ModuleType) -> Catalog:
        corpus: CorpusProgram = package.KORPUS
        modules = [importlib.import_module(f"{package.__name__}.{name}") for name in corpus.modules]
        return cls(corpus, [g for m in modules for g in m.NORMEN], modules)

    def complete(self, values: Mapping[str, FactValue | None], label: str | None = None,
                 stichtag: str | None = None) -> Facts:
        """Fakten aus schon umgewandelten Werten (Name → Wert); fehlende Merkmale sind unbekannt."""
        complete: dict[str, FactValue | None] = dict.fromkeys(self.merkmale)
        complete.update(values)
        return Facts(complete, label, stichtag)

    def pruefen(self, facts: Facts, norm: str | None = None, begruendung: bool = True) -> list[Result]:
        """Ergebnisse für eine Norm oder alle (Gesamtprüfung)."""
        norms = [self.normen[unicodedata.normalize("NFC", norm)]] if norm else list(self.normen.values())
        return [n.pruefen(facts, begruendung=begruendung) for n in norms]

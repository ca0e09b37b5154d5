"""Das Ergebnis einer Norm für einen Fall: Grad, fehlende Merkmale, Begründung, Nebenfolgen, Ermessenskriterien."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ..vocabulary import Occasion, Outcome
from .analysis import certain, certain_values
from .explain import Reason, explain, fassung_node, reasons
from .facts import NICHT_AUSGEWERTET, Facts
from .program import Fassung, Kriterium, Nebenfolge

if TYPE_CHECKING:
    from .norm import CompiledNorm


class Result:
    """Das Ergebnis einer Norm für einen Fall.

    ``begruendung`` wird beim ersten Zugriff aus den Knotenwerten aufgebaut
    (eine Liste von Knoten, je ein ``dict`` mit ``text``, ``wert``,
    ``fundstellen``, ``kinder``); ohne Begründung ist sie ``None``.

    ``settled``: Das Ergebnis steht fest, obwohl die Auswertung auf unbekannte
    Merkmale stieß (die exakte Analyse hat es bestimmt). Dann beruht die
    Begründung auf den Werten, die in jeder Vervollständigung des Falls gelten
    (``analysis.certain_values``), nicht nur auf den dreiwertigen.
    """

    __slots__ = (
        "_begruendung",
        "_extras",
        "_facts",
        "_values",
        "_with_reasons",
        "compiled",
        "exact",
        "fassung_grund",
        "hinweis",
        "missing",
        "norm",
        "outcome",
        "possible",
        "settled",
        "undated",
        "unresolved",
        "warnung",
    )

    def __init__(self, compiled: CompiledNorm, outcome: Outcome, missing: tuple[str, ...],
                 possible: tuple[Outcome, ...], exact: bool, values: list[object] | None, facts: Facts,
                 settled: bool = False):
        self.compiled = compiled
        self.norm: str = compiled.id
        self.outcome = outcome
        self.missing = missing
        self.possible = possible
        self.exact = exact
        self._values = values
        self._with_reasons = values is not None
        self._facts = facts
        self.settled = settled
        # Merkmale, die die Analyse in ihrer Grenze nicht trennen konnte (siehe ``analysis.Analysis``).
        self.unresolved: tuple[str, ...] = ()
        self._begruendung: list[Reason] | None = None
        self._extras: tuple[dict[str, dict[str, Any]], tuple[dict[str, Any], ...]] | None = None
        self.fassung_grund: str | None = None
        self.hinweis: str | None = None  # gesetzt, wenn am Stichtag keine Fassung gilt
        # Was das Korpus für den Stichtag nicht abbildet (siehe ``norm.Selection.warning``).
        self.warnung: str | None = None
        # Im unbelegten Zeitraum: die Ergebnisse nach der Fassung davor und danach.
        self.undated: tuple[Result, Result] | None = None

    @property
    def fassung(self) -> Fassung | None:
        """Die angewandte Fassung oder None bei zeitlosen Normen (und wenn am Stichtag keine gilt)."""
        return None if self.hinweis else self.compiled.program.fassung

    @property
    def facts(self) -> Facts:
        return self._facts

    @property
    def nebenfolgen(self) -> dict[str, dict[str, Any]]:
        """Nebenfolgen des Ergebnisses (Art → Text, Fundstellen, ggf. Vorbehalt); beim ersten Zugriff bestimmt."""
        return self._extra()[0]

    @property
    def ermessenskriterien(self) -> tuple[dict[str, Any], ...]:
        """Was die Behörde im Ermessen abzuwägen hat (bei Ermessen und Soll-Regel)."""
        return self._extra()[1]

    def _extra(self) -> tuple[dict[str, dict[str, Any]], tuple[dict[str, Any], ...]]:
        if self._extras is None:
            self._extras = _extras(self.compiled, self.outcome, self._facts)
        return self._extras

    @property
    def title(self) -> str:
        return self.compiled.title

    @property
    def action(self) -> str:
        """„erteilen“ oder „verlängern“ (der Wert der Handlung)."""
        return self.compiled.action.value

    @property
    def sentence(self) -> str:
        """Der Entscheidungssatz. „Nicht erfüllt“ unterscheidet, woran es liegt: am Tatbestand, an der
        fehlenden Rechtsfolge trotz erfülltem Tatbestand oder an der Fassung, die am Stichtag fehlt."""
        if self.divergent and self.undated is not None:
            return ("Die Rechtslage am Stichtag folgt aus den Quellen nicht. "
                    + " ".join(f"Nach „{r.compiled.program.fassung.name if r.compiled.program.fassung else ''}“: "
                               f"{r.sentence}" for r in self.undated))
        why = self._not_applicable()
        if why == "fassung":
            return "Am Stichtag gilt keine Fassung dieser Norm; sie ist nicht anwendbar."
        if why == "rechtsfolge":
            return "Der Tatbestand ist erfüllt, aber keine Rechtsfolge greift; die Norm ist nicht anwendbar."
        return self.outcome.sentence(self.compiled.action)

    @property
    def divergent(self) -> bool:
        """Im unbelegten Zeitraum: Die beiden angrenzenden Fassungen entscheiden verschieden."""
        return self.undated is not None and self.undated[0].outcome is not self.undated[1].outcome

    @property
    def grade_name(self) -> str:
        """Der Bindungsgrad in Worten, passend zum Satz (etwa „keine Rechtsfolge“ statt „Tatbestand nicht erfüllt“)."""
        why = self._not_applicable()
        if why == "fassung":
            return "keine geltende Fassung"
        if why == "rechtsfolge":
            return "keine Rechtsfolge"
        return self.outcome.grade_name

    def _not_applicable(self) -> str | None:
        """Bei „nicht erfüllt“ der Grund: ``"fassung"``, ``"rechtsfolge"`` (Tatbestand erfüllt) oder ``None``."""
        if self.outcome is not Outcome.NICHT_ERFUELLT:
            return None
        if self.hinweis:
            return "fassung"
        tatbestand = self.compiled.program.tatbestand
        if tatbestand is not None and self._explained(self.node_values())[tatbestand] is True:
            return "rechtsfolge"
        return None

    @property
    def begruendung(self) -> list[Reason] | None:
        if self.hinweis:
            return [{"text": self.hinweis, "wert": "nein", "fundstellen": [], "kinder": []}]
        if not self._with_reasons:
            return None
        if self._begruendung is None:
            tree = explain(self.compiled, self._explained(self.node_values()), self._facts, self.outcome)
            fassung = self.fassung
            head: list[Reason] = []
            if self.undated is not None:
                head.append({"text": "Geprüft nach beiden angrenzenden Fassungen:", "wert": "unbekannt",
                             "fundstellen": [], "kinder": [_undated_node(r) for r in self.undated]})
            elif fassung is not None:
                head.append(fassung_node(fassung, self.fassung_grund))
            if self.warnung:
                head.append({"text": f"Achtung: {self.warnung}", "wert": "unbekannt", "fundstellen": [],
                             "kinder": []})
            self._begruendung = head + tree
        return self._begruendung

    def _explained(self, values: list[object]) -> list[object]:
        """Die Knotenwerte für die Begründung: bei einem trotz Unbekanntem festen Ergebnis ergänzt um
        die Werte, die in jeder Vervollständigung des Falls gelten."""
        if not self.settled:
            return values
        refined = list(values)
        for node_id, value in certain_values(self.compiled, self._facts.three).items():
            if refined[node_id] is None:
                refined[node_id] = value
        return refined

    def node_values(self) -> list[object]:
        """Die Knotenwerte der Auswertung (ohne Begründung beim ersten Bedarf nachgerechnet)."""
        if self._values is None:
            self._values = [NICHT_AUSGEWERTET] * len(self.compiled.program.nodes)
            self.compiled.values(self._facts.three, self._values)
        return self._values

    def reasons(self) -> list[str]:
        """Kurze Gründe für Versagung oder Nichtanwendbarkeit (für die Gesamtprüfung)."""
        if self.hinweis:
            return [self.hinweis]
        return reasons(self.compiled, self._explained(self.node_values()), self.outcome, self._facts)

    def citations(self) -> list[str]:
        """Alle Fundstellen der Begründung, in Reihenfolge, ohne Wiederholung."""
        found: dict[str, None] = {}

        stack = list(reversed(self.begruendung or ()))
        while stack:
            node = stack.pop()
            for c in node["fundstellen"]:
                found.setdefault(c, None)
            stack.extend(reversed(node["kinder"]))
        return list(found)

    def to_dict(self) -> dict[str, Any]:
        """Der stabile JSON-Vertrag eines Ergebnisses."""
        data: dict[str, Any] = {
            "norm": self.norm,
            "titel": self.title,
            "ergebnis": self.outcome.value,
            "handlung": self.action,
            "entscheidung": self.sentence,
            "grad": self.grade_name,
            "begruendung": self.begruendung if self.begruendung is not None else [],
            "fehlende_merkmale": list(self.missing),
            "nebenfolgen": self.nebenfolgen,
            "ermessenskriterien": [dict(k) for k in self.ermessenskriterien],
        }
        fassung = self.fassung
        if fassung is not None:
            data["fassung"] = {"name": fassung.name, "gilt_ab": fassung.ab, "gilt_bis": fassung.bis,
                               "stand": fassung.stand, "fundstellen": list(fassung.citations),
                               "gewaehlt": self.fassung_grund}
        if self.outcome is Outcome.OFFEN:
            data["moegliche_ergebnisse"] = [o.value for o in self.possible]
        if self.warnung:
            data["warnung"] = self.warnung
        if self.undated is not None:
            data["je_fassung"] = [{"fassung": r.fassung.name if r.fassung else None, "ergebnis": r.outcome.value,
                                   "entscheidung": r.sentence} for r in self.undated]
        if self.limit_note:
            data["hinweis"] = self.limit_note
            data["nicht_getrennt"] = list(self.unresolved)
        return data

    @property
    def limit_note(self) -> str | None:
        """Der Hinweis, wenn die Analyse ihre Grenze erreicht hat: Das Ergebnis ist dann vorsichtig."""
        if not self.exact:
            return ("Die Analyse hat ihre Grenze erreicht, bevor sie die möglichen Ergebnisse bestimmen konnte: "
                    "Das Ergebnis ist möglicherweise offen. Nicht trennen konnte sie: "
                    + ", ".join(self.unresolved) + ".")
        if self.unresolved:
            return ("Die möglichen Ergebnisse sind genau bestimmt. Ob diese Merkmale sie noch ändern können, "
                    "hat die Analyse in ihrer Grenze nicht geklärt; sie stehen vorsichtshalber unter den "
                    "fehlenden: " + ", ".join(self.unresolved) + ".")
        return None

    def __repr__(self) -> str:
        return f"<Result {self.norm}: {self.outcome.value}>"


def _undated_node(result: Result) -> Reason:
    """Ein Knoten der Begründung im unbelegten Zeitraum: das Ergebnis nach einer der beiden Fassungen."""
    fassung = result.fassung
    name = fassung.name if fassung else result.norm
    return {"text": f"Nach „{name}“: {result.sentence}", "wert": "unbekannt",
            "fundstellen": list(fassung.citations) if fassung else [], "kinder": []}


def _applicable(compiled: CompiledNorm, items: tuple[Nebenfolge, ...] | tuple[Kriterium, ...],
                facts: Facts) -> Iterator[tuple[Nebenfolge | Kriterium, dict[str, Any]]]:
    """Einträge, deren Bedingung erfüllt oder unbekannt ist (dann mit Vorbehalt).

    Unbekannt heißt: nicht in jeder Vervollständigung des Falls gleich (``analysis.certain``).
    """
    for item in items:
        holds = compiled.condition_holds(item.condition, facts)
        if holds is None and item.condition is not None:
            holds = certain(compiled, facts.three, item.condition)
        if holds is False:
            continue
        entry: dict[str, Any] = {"text": item.text, "fundstellen": list(item.citations)}
        if holds is None:
            entry["vorbehalt"] = "gilt nur, falls: " + item.condition_text
        yield item, entry


def _extras(compiled: CompiledNorm, outcome: Outcome,
            facts: Facts) -> tuple[dict[str, dict[str, Any]], tuple[dict[str, Any], ...]]:
    if outcome.is_grant:
        on = Occasion.ERTEILUNG
    elif outcome is Outcome.VERSAGT:
        on = Occasion.VERSAGUNG
    else:
        return {}, ()
    program = compiled.program
    nebenfolgen = {item.key: entry for item, entry in _applicable(
        compiled, tuple(n for n in program.nebenfolgen if n.on is on), facts) if isinstance(item, Nebenfolge)}
    kriterien: list[dict[str, Any]] = []
    if outcome in (Outcome.ERMESSEN, Outcome.SOLL):
        kriterien = [entry for _item, entry in _applicable(compiled, program.kriterien, facts)]
        if outcome is Outcome.SOLL:
            kriterien = [dict(k, hinweis="nur im atypischen Fall") for k in kriterien]
    return nebenfolgen, tuple(kriterien)

"""Die Befunde als Daten: was die Analyse über eine Fassung, zwei Fassungen oder das Korpus herausfindet."""

from __future__ import annotations

import enum
from typing import NamedTuple

from ..runtime.program import FactValue
from ..vocabulary import Outcome

Case = dict[str, FactValue]


class FindingKind(enum.Enum):
    """Die Arten von Befunden, die ein Fachmensch prüfen und annehmen (``# gewollt:``) kann."""

    TOTE_REGEL = "tote_regel"                          # eine Regel, Ausnahme oder Vorschrift greift nie
    VERDECKT = "verdeckte_bedingung"                   # eine Bedingung entscheidet nie über das Ergebnis
    BEGRIFF_KONSTANT = "begriff_konstant"              # ein Begriff ist immer oder nie erfüllt
    TATBESTAND_VERSAGT = "tatbestand_stets_versagt"    # ein Versagungsgrund folgt aus dem Tatbestand
    LUECKE = "luecke_gesamtpruefung"                   # Ausreise unmöglich, aber kein Titel möglich

    @property
    def title(self) -> str:
        return _TITLES[self]


_TITLES = {
    FindingKind.TOTE_REGEL: "greift nie",
    FindingKind.VERDECKT: "verdeckte Bedingung",
    FindingKind.BEGRIFF_KONSTANT: "Begriff immer gleich",
    FindingKind.TATBESTAND_VERSAGT: "Tatbestand stets versagt",
    FindingKind.LUECKE: "Lücke der Gesamtprüfung",
}


class Finding(NamedTuple):
    """Ein Befund mit Fundstelle im Quelltext (Datei:Zeile:Spalte) und Zitat."""

    kind: FindingKind
    norm: str | None
    fassung: str | None
    place: str
    citations: tuple[str, ...]
    message: str
    case: Case | None = None
    accepted: str | None = None            # die Begründung aus „# gewollt: …“, wenn angenommen

    def key(self) -> tuple[str, str, str]:
        return (self.place, self.kind.value, self.message)


class Witness(NamedTuple):
    """Ein Fall (nur die bekannten Merkmale) und das Ergebnis, das die übersetzte Norm für ihn gibt."""

    outcome: Outcome
    facts: Case


class Reachability(NamedTuple):
    """Welche Ergebnisse eine Fassung geben kann: je erreichbarem Ergebnis ein Zeugenfall."""

    witnesses: tuple[Witness, ...]
    unreachable: tuple[Outcome, ...]


class Pair(NamedTuple):
    """Ein Unabhängigkeitspaar: zwei Fälle, die sich nur in einer Bedingung unterscheiden, und verschieden
    entschieden werden (MC/DC). ``shared`` sind die gemeinsamen Merkmale."""

    node: int
    label: str
    place: str
    merkmal: str
    shared: Case
    first: FactValue
    first_outcome: Outcome
    second: FactValue
    second_outcome: Outcome
    together: tuple[str, ...] = ()        # Bedingungen über demselben Merkmal, die mitwechseln


class Transition(NamedTuple):
    """Ein Fall, den zwei Fassungen verschieden entscheiden; ``witness`` None: bewiesen, dass es keinen gibt.
    ``conditions``: die Bedingungen, die der Fall erfüllt oder nicht; jeder Fall, für den sie ebenso
    ausgehen, wird genauso verschieden entschieden."""

    before: Outcome
    after: Outcome
    witness: Case | None
    conditions: tuple[tuple[str, bool], ...] = ()


class VariantFindings(NamedTuple):
    """Alles, was die Analyse über eine Fassung einer Norm sagt."""

    norm: str
    fassung: str | None
    place: str
    reachability: Reachability
    pairs: tuple[Pair, ...] = ()
    findings: tuple[Finding, ...] = ()
    skipped: str | None = None            # warum die Fassung nicht analysiert ist
    shared: tuple[Finding, ...] = ()      # Befunde über gemeinsame Begriffe, bei dieser Fassung gefunden


class Comparison(NamedTuple):
    """Der Vergleich zweier Fassungen einer Norm (aufeinanderfolgend, oder dieselbe in zwei Versionen)."""

    norm: str
    before: str
    after: str
    transitions: tuple[Transition, ...]

    @property
    def equivalent(self) -> bool:
        return all(t.witness is None for t in self.transitions)


class Report(NamedTuple):
    """Der ganze Bericht von ``lexdsl analysieren``."""

    variants: tuple[VariantFindings, ...]
    comparisons: tuple[Comparison, ...]
    corpus: tuple[Finding, ...]           # Befunde über mehrere Normen
    revision: str | None = None           # bei ``--vergleich``: die andere Version
    notes: tuple[str, ...] = ()           # bei ``--vergleich``: was sich nicht vergleichen ließ, und warum

    def all_findings(self) -> list[Finding]:
        return [f for v in self.variants for f in v.findings] + list(self.corpus)

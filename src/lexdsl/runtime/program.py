"""Das Programm einer übersetzten Norm: was der erzeugte Code der Laufzeit übergibt.

Unveränderliche, typisierte Daten: ``typing.NamedTuple`` der Standardbibliothek,
damit die Laufzeit ohne weitere Pakete läuft und der erzeugte Code beim Import
schnell ist. Der erzeugte Code baut sie aus Literalen; die Laufzeit, die
Bedingungsabdeckung und die Werkzeuge lesen sie über ihre Attribute, nie über
ihre Stellung.

Knoten sind je Normvariante durchnummeriert (``NormProgram.nodes[i]``); unter
derselben Nummer steht der Wert des Knotens in der Auswertung (``V[i]``).
Regeln haben eigene Nummern in derselben Zählung.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from fractions import Fraction
from typing import NamedTuple

from ..vocabulary import Action, Geltung, Grade, MerkmalType, NodeKind, NormKind, Occasion, Operator

Citations = tuple[str, ...]

# Der Wert eines Merkmals in der Laufzeit, exakt: ja/nein als bool, Anzahl als int, Dauer in Monaten
# (int oder Fraction), Datum als ISO-Text (JJJJ-MM-TT), Auswahl als Text.
FactValue = bool | int | Fraction | str
# Was ein Vergleich in der Norm als Wert hat: eine ganze Zahl (Anzahl, Monate), ein ISO-Datum, ein Text
# oder mehrere Texte.
CompareValue = int | str | tuple[str, ...]


class Comparison(NamedTuple):
    """Operator und Wert eines Vergleichsknotens (Dauer in Monaten, Datum als ISO-Text)."""

    op: Operator
    value: CompareValue


class Node(NamedTuple):
    """Ein Knoten im Bedingungsbaum.

    ``children``: bei Aufzählungen die Glieder, bei „nicht“ der eine Operand, bei
    Begriffen (Definition, Regelbeispiele, Gegenbeispiele) mit ``None`` für
    fehlende Teile. ``place`` ist die Stelle im Quelltext (Datei:Zeile:Spalte).
    """

    kind: NodeKind
    label: str
    citations: Citations
    children: tuple[int | None, ...] = ()
    merkmal: str | None = None
    comparison: Comparison | None = None
    place: str = ""


class Ausnahme(NamedTuple):
    """„es sei denn …“: ``condition`` ist die Nummer ihres Bedingungsknotens."""

    condition: int
    citations: Citations


class Rule(NamedTuple):
    id: int
    grade: Grade
    action: Action
    text: str
    citations: Citations
    condition: int | None
    ausnahmen: tuple[Ausnahme, ...]
    atypisch: int | None
    source: str
    place: str


class Vorschrift(NamedTuple):
    """Eine allgemeine Vorschrift, wie sie für diese Norm gilt."""

    id: str
    title: str
    mode: Geltung
    condition: int | None
    citations: Citations
    rules: tuple[Rule, ...]


class Nebenfolge(NamedTuple):
    key: str
    text: str
    on: Occasion
    condition: int | None
    condition_text: str
    citations: Citations


class Kriterium(NamedTuple):
    text: str
    condition: int | None
    condition_text: str
    citations: Citations


class Wortlaut(NamedTuple):
    """Zitierter Text aus Gesetz oder Verwaltungsvorschrift, mit Fundstelle."""

    lines: tuple[str, ...]
    citations: Citations


class Fassung(NamedTuple):
    """Zeitliche Geltung einer Normvariante (ISO-Daten; ``bis`` None = offen)."""

    name: str
    ab: str
    bis: str | None
    stand: str | None
    citations: Citations
    unmodelled_before: bool = False    # „belegt ab“: was vor ``ab`` galt, bilden die Quellen nicht ab
    undated_change: bool = False       # „zuvor unbelegt“: Tag der Änderung seit der vorigen Fassung unbekannt


class Domain(NamedTuple):
    """Vertreter der Werte eines Merkmals, die sich für diese Norm verschieden verhalten."""

    merkmal: str
    type: MerkmalType
    values: tuple[FactValue, ...]


class NormProgram(NamedTuple):
    """Alles, was die Laufzeit über eine Normvariante wissen muss, außer ihren Funktionen."""

    id: str
    title: str
    kind: NormKind
    action: Action
    file: str
    citations: Citations
    description: str
    nodes: tuple[Node, ...]
    checkpoints: tuple[int, ...]
    tatbestand: int | None
    tatbestand_citations: Citations
    rules: tuple[Rule, ...]
    vorschriften: tuple[Vorschrift, ...]
    nebenfolgen: tuple[Nebenfolge, ...]
    kriterien: tuple[Kriterium, ...]
    wortlaut: tuple[Wortlaut, ...]
    domains: tuple[Domain, ...]
    fassung: Fassung | None = None

    @property
    def merkmale(self) -> tuple[str, ...]:
        """Die Merkmale, von denen die Norm abhängt (sortiert)."""
        return tuple(d.merkmal for d in self.domains)

    def all_rules(self) -> tuple[Rule, ...]:
        """Die Regeln der Norm und die der allgemeinen Vorschriften."""
        return self.rules + tuple(r for v in self.vorschriften for r in v.rules)


# Die Funktionen des erzeugten Codes (Signaturen siehe ``runtime.norm``).
# F: Merkmal → Wert (bei ``decide`` mit Platzhaltern für Unbekanntes), W: Prüfpunkt → Wahrheitswert,
# V: Knotenwerte, die ``values`` füllt.
Decide = Callable[[Mapping[str, object]], int]
Combine = Callable[[Mapping[int, bool]], int]
Values = Callable[[Mapping[str, object], list[object]], None]
Predicate = Callable[[Mapping[str, object]], bool]


class GeneratedNorm(NamedTuple):
    """Eine Normvariante, wie der erzeugte Code sie übergibt: ihr Programm und ihre Funktionen."""

    program: NormProgram
    decide: Decide
    combine: Combine
    values: Values
    conditions: dict[int, Predicate]


class MerkmalInfo(NamedTuple):
    """Ein Merkmal des Vokabulars, mit den Normen, die es verwenden."""

    name: str
    type: MerkmalType
    values: tuple[str, ...]
    description: str
    citations: Citations
    file: str
    normen: tuple[str, ...]


class BegriffInfo(NamedTuple):
    name: str
    description: str
    citations: Citations
    file: str
    place: str = ""          # Datei:Zeile:Spalte der Erklärung „Begriff …“


class VorschriftInfo(NamedTuple):
    id: str
    title: str


class CorpusProgram(NamedTuple):
    """Das übersetzte Korpus: Schlüssel, Module (je Normdatei eines) und Vokabular."""

    key: str
    modules: tuple[str, ...]
    sources: tuple[str, ...]
    merkmale: tuple[MerkmalInfo, ...]
    begriffe: tuple[BegriffInfo, ...]
    vorschriften: tuple[VorschriftInfo, ...]


# Die Klassen des Programms (der erzeugte Code darf genau diese aufrufen).
CLASSES: tuple[type, ...] = (Comparison, Node, Ausnahme, Rule, Vorschrift, Nebenfolge, Kriterium, Wortlaut, Fassung,
                             Domain, NormProgram, GeneratedNorm, MerkmalInfo, BegriffInfo, VorschriftInfo,
                             CorpusProgram)

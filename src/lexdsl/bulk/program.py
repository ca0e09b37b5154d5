"""Eine Fassung als spaltenweises Programm: je Prüfpunkt ein Ausdruck über Merkmalsspalten, dazu der
Entscheidungsbaum über den Prüfpunkten – reine Daten, ohne Bezug auf eine Bibliothek.

Die Ausdrücke folgen den Knoten der übersetzten Norm genau wie die Laufzeit (und die Analyse in
``findings.encoding``): ein Begriff gilt, wenn seine Regelbeispiele oder seine Definition gelten.

Den Entscheidungsbaum liefert die erzeugte Funktion ``kombinieren`` selbst: ``decision_tree`` führt sie
wiederholt aus und verzweigt an jedem Prüfpunkt, den sie liest (ja/nein). Weil sie Versagungsgründe vor dem
Tatbestand und die stärkste Rechtsfolge zuerst prüft, bleibt der Baum klein; Zweige, die einen Prüfpunkt
nie lesen, hängen von ihm nicht ab – eine unbekannte Angabe dort lässt das Ergebnis stehen.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import NamedTuple, TypeAlias

from ..runtime.norm import CompiledNorm
from ..runtime.program import FactValue
from ..vocabulary import NodeKind, Operator

MAX_TREE = 50_000          # Knoten des Entscheidungsbaums; darüber: alle Zeilen über die exakte Analyse


class Column(NamedTuple):
    merkmal: str


class Compare(NamedTuple):
    merkmal: str
    op: Operator
    value: FactValue | tuple[FactValue, ...]


class Not(NamedTuple):
    operand: Expr


class All(NamedTuple):
    parts: tuple[Expr, ...]


class Any_(NamedTuple):
    parts: tuple[Expr, ...]


class Const(NamedTuple):
    value: bool


Expr: TypeAlias = "Column | Compare | Not | All | Any_ | Const"


class Leaf(NamedTuple):
    """Ein Blatt des Entscheidungsbaums: der Ergebnis-Code."""

    code: int


class Branch(NamedTuple):
    """Der Prüfpunkt ``point``: wahr → ``yes``, falsch → ``no``."""

    point: int
    yes: Tree
    no: Tree


Tree: TypeAlias = "Leaf | Branch"


class TooLarge(Exception):
    """Der Entscheidungsbaum wäre größer als ``MAX_TREE``."""


class ColumnarProgram(NamedTuple):
    """Eine Fassung spaltenweise: die Ausdrücke der Prüfpunkte, der Baum und die Merkmale, die sie lesen."""

    points: dict[int, Expr]
    tree: Tree
    merkmale: tuple[str, ...]


def expressions(variant: CompiledNorm) -> dict[int, Expr]:
    """Je Prüfpunkt sein Ausdruck (gemeinsame Teilausdrücke werden geteilt)."""
    nodes = variant.program.nodes
    memo: dict[int, Expr] = {}

    def node(node_id: int | None) -> Expr:
        assert node_id is not None
        found = memo.get(node_id)
        if found is not None:
            return found
        n = nodes[node_id]
        kids = tuple(node(c) for c in n.children if c is not None)
        result: Expr
        if n.kind.is_leaf:
            assert n.merkmal is not None
            c = n.comparison
            result = Column(n.merkmal) if c is None else Compare(n.merkmal, c.op, c.value)
        elif n.kind is NodeKind.NICHT:
            result = Not(node(n.children[0]))
        elif n.kind is NodeKind.ALLE:
            result = All(kids) if kids else Const(True)
        elif n.kind is NodeKind.MINDESTENS:
            result = Any_(kids) if kids else Const(False)
        elif n.kind is NodeKind.KEINES:
            result = Not(Any_(kids)) if kids else Const(True)
        elif n.kind is NodeKind.BEGRIFF:          # Regelbeispiele oder Definition (wie die Laufzeit)
            parts = tuple(node(c) for c in (n.children[1], n.children[0]) if c is not None)
            result = Any_(parts) if parts else Const(False)
        else:  # pragma: no cover – Regeln sind keine Bedingungsknoten
            raise ValueError(f"{variant.id}: unbekannte Knotenart {n.kind}")
        memo[node_id] = result
        return result

    return {p: node(p) for p in variant.program.checkpoints}


class _Undecided(Exception):
    def __init__(self, point: int):
        self.point = point


class _Script(Mapping[int, bool]):
    """Die Prüfpunkte, wie ``kombinieren`` sie liest: festgelegt, oder ein Abbruch, der verzweigt."""

    def __init__(self, fixed: dict[int, bool]):
        self.fixed = fixed

    def __getitem__(self, point: int) -> bool:
        if point not in self.fixed:
            raise _Undecided(point)
        return self.fixed[point]

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.fixed)

    def __len__(self) -> int:
        return len(self.fixed)


def decision_tree(combine: Callable[[Mapping[int, bool]], int], limit: int = MAX_TREE) -> Tree:
    """Der Baum, den ``kombinieren`` beschreibt: an jedem gelesenen Prüfpunkt ja/nein."""
    count = 0

    def explore(fixed: dict[int, bool]) -> Tree:
        nonlocal count
        count += 1
        if count > limit:
            raise TooLarge(f"mehr als {limit} Knoten")
        try:
            return Leaf(int(combine(_Script(fixed))))
        except _Undecided as branch:
            point = branch.point
            return Branch(point, explore({**fixed, point: True}), explore({**fixed, point: False}))

    return explore({})


def compile_variant(variant: CompiledNorm) -> ColumnarProgram:
    points = expressions(variant)
    tree = decision_tree(variant.combine)
    return ColumnarProgram(points, tree, tuple(variant.structure.leaves))


def merkmale_of(expr: Expr) -> set[str]:
    """Die Merkmale, die ein Ausdruck liest."""
    found: set[str] = set()
    stack = [expr]
    while stack:
        e = stack.pop()
        if isinstance(e, (Column, Compare)):
            found.add(e.merkmal)
        elif isinstance(e, Not):
            stack.append(e.operand)
        elif isinstance(e, (All, Any_)):
            stack.extend(e.parts)
    return found

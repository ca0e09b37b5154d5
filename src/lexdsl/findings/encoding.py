"""Die Übersetzung einer Normfassung in Formeln des Solvers z3.

* je Merkmal eine Variable: ja/nein als Wahrheitswert, Anzahl als ganze Zahl ab 0, Dauer als ganze Zahl
  halber Monate ab 0 (die Schwellen der Normen sind ganze Monate; zwischen zwei ganzen Monaten liegt
  immer ein halber, so geht kein Fall verloren), Datum als Tagnummer zwischen 1949 und 2100, Auswahl als
  Nummer ihres Werts;
* je Knoten des Bedingungsbaums eine Formel, wie die Laufzeit ihn auswertet (``runtime.analysis``);
* die Entscheidung als ein ganzzahliger Term, der den Ergebnis-Code der Fassung angibt. Er entsteht aus der
  übersetzten Funktion ``kombinieren`` der Fassung: Sie wird für jede Belegung der Prüfpunkte aufgerufen
  (höchstens 2^16), und die Tafel wird zu einem Entscheidungsbaum über den Prüfpunkten verdichtet, in dem
  gleiche Teilbäume nur einmal vorkommen. Der Solver sieht so genau die Logik des erzeugten Codes.
"""

from __future__ import annotations

import datetime
from fractions import Fraction
from typing import Any

from ..runtime import Catalog
from ..runtime.norm import CompiledNorm
from ..runtime.program import FactValue
from ..vocabulary import RANK_OUTCOMES, MerkmalType, NodeKind, Operator, Outcome

# So viele Prüfpunkte übersetzt die Analyse als Wahrheitstafel (2^16 Zeilen); mehr hat keine Norm.
MAX_CHECKPOINTS = 16

CODES = {outcome: code for code, outcome in RANK_OUTCOMES.items()}

_EPOCH = datetime.date(1900, 1, 1)
_FIRST_DAY = (datetime.date(1949, 1, 1) - _EPOCH).days
_LAST_DAY = (datetime.date(2100, 12, 31) - _EPOCH).days


class FindingError(Exception):
    """Solver und übersetzte Norm entscheiden einen Fall verschieden: ein Programmfehler."""


class TooLarge(Exception):
    """Eine Fassung hat mehr Prüfpunkte, als die Analyse als Wahrheitstafel übersetzt."""


class Encoding:
    """Die Variablen der Merkmale, gemeinsam für alle Fassungen, die zusammen betrachtet werden.

    Jede Frage bekommt ihren eigenen z3-Kontext: Nichts bleibt zwischen Fragen liegen, und dieselbe Frage
    gibt in jedem Lauf dasselbe Modell.
    """

    def __init__(self, catalog: Catalog):
        import z3

        self.z3 = z3
        self.ctx = z3.Context()
        self.catalog = catalog
        self.vars: dict[str, Any] = {}
        self.domain: list[Any] = []
        self._copies = 0

    def var(self, merkmal: str) -> Any:
        found = self.vars.get(merkmal)
        if found is None:
            found = self.fresh(merkmal)
            self.vars[merkmal] = found
        return found

    def fresh(self, merkmal: str) -> Any:
        """Eine neue Variable vom Typ des Merkmals (mit ihrem Wertebereich), etwa für einen zweiten Fall."""
        z3 = self.z3
        info = self.catalog.merkmale[merkmal]
        name = f"m{self._copies}"
        self._copies += 1
        if info.type is MerkmalType.BOOL:
            return z3.Bool(name, self.ctx)
        found = z3.Int(name, self.ctx)
        if info.type in (MerkmalType.DURATION, MerkmalType.COUNT):   # Dauer in halben Monaten
            self.domain.append(found >= 0)
        elif info.type is MerkmalType.CHOICE:
            self.domain += [found >= 0, found < len(info.values)]
        else:                                                        # Datum als Tagnummer
            self.domain += [found >= _FIRST_DAY, found <= _LAST_DAY]
        return found

    def switch(self) -> Any:
        """Ein freier Wahrheitswert, der an keinem Merkmal hängt."""
        self._copies += 1
        return self.z3.Bool(f"s{self._copies}", self.ctx)

    def value(self, merkmal: str, model: Any, var: Any = None) -> FactValue:
        """Der Wert eines Merkmals im Modell, wie die Laufzeit ihn erwartet."""
        info = self.catalog.merkmale[merkmal]
        raw = model.eval(self.vars[merkmal] if var is None else var, model_completion=True)
        if info.type is MerkmalType.BOOL:
            return bool(self.z3.is_true(raw))
        if info.type is MerkmalType.CHOICE:
            return str(info.values[raw.as_long()])
        if info.type is MerkmalType.DURATION:
            number = Fraction(raw.as_long(), 2)
            return int(number) if number.denominator == 1 else number
        if info.type is MerkmalType.DATE:
            return (_EPOCH + datetime.timedelta(days=raw.as_long())).isoformat()
        return int(raw.as_long())

    def literal(self, merkmal: str, value: FactValue, var: Any = None) -> Any:
        """Die Formel „das Merkmal hat diesen Wert“."""
        x = self.vars[merkmal] if var is None else var
        info = self.catalog.merkmale[merkmal]
        if info.type is MerkmalType.BOOL:
            return x == self.z3.BoolVal(bool(value), self.ctx)
        if info.type is MerkmalType.DURATION:
            return x == int(Fraction(value) * 2)
        return x == self.constant(merkmal, value)

    def term(self, merkmal: str, value: FactValue) -> Any:
        """Der Wert eines Merkmals als Konstante des Solvers."""
        z3 = self.z3
        info = self.catalog.merkmale[merkmal]
        if info.type is MerkmalType.BOOL:
            return z3.BoolVal(bool(value), self.ctx)
        if info.type is MerkmalType.DURATION:
            return z3.IntVal(int(Fraction(value) * 2), self.ctx)
        return z3.IntVal(self.constant(merkmal, value), self.ctx)

    def constant(self, merkmal: str, value: object) -> Any:
        """Der Vergleichswert einer Norm in der Sprache des Solvers."""
        info = self.catalog.merkmale[merkmal]
        if info.type is MerkmalType.CHOICE:
            return info.values.index(str(value))
        if info.type is MerkmalType.DATE:
            return (datetime.date.fromisoformat(str(value)) - _EPOCH).days
        if info.type is MerkmalType.DURATION:
            halves = Fraction(str(value)) * 2
            if halves.denominator != 1:   # die Prüfung der Normen verlangt ganze Monate
                raise FindingError(f"»{merkmal}«: Schwelle {value} ist kein Vielfaches eines halben Monats.")
            return int(halves)
        return value

    def variant(self, variant: CompiledNorm) -> VariantFormula:
        return VariantFormula(self, variant)


class VariantFormula:
    """Eine Fassung als Formeln: je Knoten seine Bedingung, dazu der Term ihrer Entscheidung (``code``)."""

    def __init__(self, encoding: Encoding, variant: CompiledNorm):
        self.encoding = encoding
        self.variant = variant
        z3 = encoding.z3
        ctx = encoding.ctx
        nodes = variant.program.nodes
        self.nodes: dict[int, Any] = {}
        self.merkmale: list[str] = []

        def leaf(node_id: int) -> Any:
            n = nodes[node_id]
            assert n.merkmal is not None
            if n.merkmal not in self.merkmale:
                self.merkmale.append(n.merkmal)
            x = encoding.var(n.merkmal)
            c = n.comparison
            if c is None:
                return x
            if c.op in (Operator.IN, Operator.NOT_IN):
                members = [x == encoding.constant(n.merkmal, v) for v in c.value]  # type: ignore[union-attr]
                inside = z3.Or(*members) if members else z3.BoolVal(False, ctx)
                return inside if c.op is Operator.IN else z3.Not(inside)
            k = encoding.constant(n.merkmal, c.value)
            return {Operator.GE: x >= k, Operator.GT: x > k, Operator.LE: x <= k, Operator.LT: x < k,
                    Operator.EQ: x == k}[c.op]

        def node(node_id: int | None) -> Any:
            assert node_id is not None
            found = self.nodes.get(node_id)
            if found is not None:
                return found
            n = nodes[node_id]
            kids = [c for c in n.children if c is not None]
            if n.kind.is_leaf:
                result = leaf(node_id)
            elif n.kind is NodeKind.NICHT:
                result = z3.Not(node(n.children[0]))
            elif n.kind is NodeKind.ALLE:
                result = z3.And(*[node(c) for c in kids]) if kids else z3.BoolVal(True, ctx)
            elif n.kind is NodeKind.MINDESTENS:
                result = z3.Or(*[node(c) for c in kids]) if kids else z3.BoolVal(False, ctx)
            elif n.kind is NodeKind.KEINES:
                result = z3.Not(z3.Or(*[node(c) for c in kids])) if kids else z3.BoolVal(True, ctx)
            elif n.kind is NodeKind.BEGRIFF:      # Regelbeispiele oder Definition (wie die Laufzeit)
                parts = [node(c) for c in (n.children[1], n.children[0]) if c is not None]
                result = z3.Or(*parts) if parts else z3.BoolVal(False, ctx)
            else:  # pragma: no cover – Regeln sind keine Bedingungsknoten
                raise FindingError(f"{variant.id}: unbekannte Knotenart {n.kind}")
            self.nodes[node_id] = result
            return result

        self.node = node
        points = list(variant.program.checkpoints)
        if len(points) > MAX_CHECKPOINTS:
            raise TooLarge(f"{len(points)} Prüfpunkte (die Analyse übersetzt höchstens {MAX_CHECKPOINTS})")
        self.points = points
        self.conditions = [node(p) for p in points]
        self.deciding = dict(self.nodes)        # die Knoten, von denen die Entscheidung abhängt
        self.table = tuple(variant.combine({p: bool(bits >> k & 1) for k, p in enumerate(points)})
                           for bits in range(1 << len(points)))
        self.codes = frozenset(self.table)
        self.code = self.decision()

    def decision(self, replace: dict[int, Any] | None = None) -> Any:
        """Der Term der Entscheidung; mit ``replace`` (Prüfpunkt → Formel) für einzelne Prüfpunkte eine andere
        Bedingung, etwa ``False`` oder einen freien Wahrheitswert – nur an dieser Stelle, nicht überall, wo
        dieselbe Bedingung sonst vorkommt."""
        conditions = [(replace or {}).get(p, c) for p, c in zip(self.points, self.conditions, strict=True)]
        return _decision(self.encoding, conditions, self.table)

    def is_outcome(self, outcome: Outcome) -> Any:
        return self.code == CODES[outcome]

    def leaves(self) -> dict[int, str]:
        """Die Merkmalsknoten, von denen die Entscheidung abhängt (Nummer → Merkmal)."""
        nodes = self.variant.program.nodes
        return {i: nodes[i].merkmal for i in sorted(self.deciding)          # type: ignore[misc]
                if nodes[i].kind.is_leaf and nodes[i].merkmal is not None}


def _decision(encoding: Encoding, conditions: list[Any], table: tuple[int, ...]) -> Any:
    """Der Ergebnis-Code als verdichteter Entscheidungsbaum über den Bedingungen der Prüfpunkte."""
    z3 = encoding.z3
    memo: dict[tuple[int, ...], Any] = {}

    def build(rows: tuple[int, ...], k: int) -> Any:
        found = memo.get(rows)
        if found is not None:
            return found
        if len(set(rows)) == 1:
            result = z3.IntVal(rows[0], encoding.ctx)
        else:
            half = len(rows) // 2            # der höchste Platz der Zeilennummer ist der Prüfpunkt k - 1
            low, high = rows[:half], rows[half:]
            if low == high:
                result = build(low, k - 1)
            else:
                result = z3.If(conditions[k - 1], build(high, k - 1), build(low, k - 1))
        memo[rows] = result
        return result

    return build(table, len(conditions))

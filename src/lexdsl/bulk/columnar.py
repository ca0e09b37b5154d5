"""Das spaltenweise Programm mit Polars: unbekannt ist null, und Polars rechnet ``&``, ``|`` und ``~`` nach
Kleene (falsch und unbekannt ist falsch, wahr oder unbekannt ist wahr). Ein Ergebnis ist null, wenn der
Entscheidungsbaum an einem unbekannten Prüfpunkt verzweigt; solche Zeilen entscheidet danach die exakte
Analyse."""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction
from typing import Any

from ..vocabulary import RANK_OUTCOMES, MerkmalType, Operator, Outcome
from .program import All, Any_, Branch, Column, ColumnarProgram, Compare, Const, Expr, Leaf, Not, Tree

#: Der Spaltentyp je Merkmalstyp (Dauern in Monaten, Daten als ISO-Text).
DTYPES = {MerkmalType.BOOL: "Boolean", MerkmalType.COUNT: "Int64", MerkmalType.DURATION: "Float64",
          MerkmalType.DATE: "String", MerkmalType.CHOICE: "String"}


def polars_type(kind: MerkmalType) -> Any:
    import polars as pl

    return getattr(pl, DTYPES[kind])


def literal(value: Any) -> Any:
    """Ein Vergleichswert der Norm als Polars-Wert (Dauern als Zahl von Monaten)."""
    if isinstance(value, Fraction):
        return float(value)
    return value


def to_polars(expr: Expr, memo: dict[int, Any] | None = None) -> Any:
    import polars as pl

    memo = {} if memo is None else memo
    key = id(expr)
    if key in memo:
        return memo[key]
    result: Any
    if isinstance(expr, Column):
        result = pl.col(expr.merkmal)
    elif isinstance(expr, Compare):
        column = pl.col(expr.merkmal)
        op = expr.op
        if op in (Operator.IN, Operator.NOT_IN):
            assert isinstance(expr.value, tuple)
            inside = column.is_in([literal(v) for v in expr.value])
            result = inside if op is Operator.IN else ~inside
        else:
            value = pl.lit(literal(expr.value))
            result = {Operator.GE: column >= value, Operator.GT: column > value, Operator.LE: column <= value,
                      Operator.LT: column < value, Operator.EQ: column == value}[op]
    elif isinstance(expr, Not):
        result = ~to_polars(expr.operand, memo)
    elif isinstance(expr, All):
        result = pl.all_horizontal(*[to_polars(p, memo) for p in expr.parts])
    elif isinstance(expr, Any_):
        result = pl.any_horizontal(*[to_polars(p, memo) for p in expr.parts])
    else:
        assert isinstance(expr, Const)
        result = pl.lit(expr.value, dtype=pl.Boolean)
    memo[key] = result
    return result


def point_column(point: int) -> str:
    return f"__p{point}"


def outcome_type() -> Any:
    """Das Ergebnis als Spaltentyp: eine Polars-Aufzählung der Werte von ``Outcome`` (ein Byte je Zeile,
    wörterbuchkodiert geschrieben, gelesen als Text)."""
    import polars as pl

    return pl.Enum([outcome.value for outcome in Outcome])


def tree_to_polars(tree: Tree, column_of: Callable[[int], str] = point_column) -> Any:
    """Der Entscheidungsbaum als Ausdruck über den Spalten der Prüfpunkte (``column_of``: Punkt → Spalte); sein
    Wert ist das Ergebnis (``outcome_type``), null, wo er an einem unbekannten Prüfpunkt verzweigt."""
    import polars as pl

    if isinstance(tree, Leaf):
        return pl.lit(RANK_OUTCOMES[tree.code].value, dtype=outcome_type())
    assert isinstance(tree, Branch)
    column = pl.col(column_of(tree.point))
    return (pl.when(column.is_null()).then(pl.lit(None, dtype=outcome_type()))
            .when(column).then(tree_to_polars(tree.yes, column_of)).otherwise(tree_to_polars(tree.no, column_of)))


def used_points(tree: Tree) -> list[int]:
    found: list[int] = []
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, Branch):
            if node.point not in found:
                found.append(node.point)
            stack += [node.yes, node.no]
    return sorted(found)


def evaluate(frame: Any, program: ColumnarProgram) -> Any:
    """Die Prüfpunkte, die der Entscheidungsbaum liest (je eine Spalte ``__p…``, null = unbekannt), und der
    Ergebnis je Zeile (Spalte ``code``, ``outcome_type``; null = von der Kleene-Logik offen gelassen)."""
    found = evaluate_many(frame, [program])[0]
    assert found is not None
    return found


def evaluate_many(frame: Any, programs: list[ColumnarProgram | None]) -> list[Any | None]:
    """Wie ``evaluate`` für mehrere Programme über denselben Bestand, in einer Abfrage (Polars rechnet die
    Ausdrücke nebeneinander); je Programm seine Spalten ``__p…`` und ``code`` (für ``None``: ``None``)."""
    import polars as pl

    def name(index: int, column: str) -> str:
        return f"__n{index}{column}"

    points: list[Any] = []
    codes: list[Any] = []
    for index, program in enumerate(programs):
        if program is None:
            continue
        memo: dict[int, Any] = {}
        points += [to_polars(program.points[p], memo).alias(name(index, point_column(p)))
                   for p in used_points(program.tree)]
        codes.append(tree_to_polars(program.tree, lambda p, i=index: name(i, point_column(p)))  # type: ignore[misc]
                     .alias(name(index, "code")))
    if not codes:
        return [None] * len(programs)
    both = frame.lazy().select(*points).with_columns(*codes).collect()
    found: list[Any | None] = []
    for index, program in enumerate(programs):
        if program is None:
            found.append(None)
            continue
        own = [point_column(p) for p in used_points(program.tree)] + ["code"]
        found.append(both.select(pl.col(name(index, c)).alias(c) for c in own))
    return found

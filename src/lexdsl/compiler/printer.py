"""Anzeigetexte der IR: wie eine Bedingung in Begründung, Diagramm und erzeugtem Code heißt.

Die Logikknoten der IR tragen keinen Text; dieses Modul schreibt ihn, so wie
die Norm ihn schreibt: „Dauer der Duldung: mindestens 18 Monate“, „nicht
Reiseunfähigkeit“, „mindestens eines der folgenden“.
"""

from __future__ import annotations

from ..vocabulary import Comparator, MerkmalType, Operator, german_date, german_number
from . import ir


def value_text(compare: ir.Compare) -> str:
    """Der Vergleich ohne das Merkmal: „mindestens 18 Monate“, „vor dem 01.01.2005“, „„§ 60 Abs. 5““."""
    value = compare.value
    if isinstance(value, ir.ChoiceValue):
        if compare.op is Operator.EQ:
            return f"„{value.options[0]}“"
        word = Comparator.of(compare.op, MerkmalType.CHOICE)
        return f"{word.value} " + ", ".join(f"„{v}“" for v in value.options)
    word = Comparator.of(compare.op, compare.type)
    if isinstance(value, ir.DateValue):
        return f"{word.value} {german_date(value.day)}"
    if isinstance(value, ir.DurationValue):
        return f"{word.value} {german_number(value.amount)} {value.unit.value}"
    return f"{word.value} {value.count}"


def label(condition: ir.Condition) -> str:
    """Der Text eines Knotens, wie er in der Norm steht (ohne Kinder)."""
    if isinstance(condition, ir.Fact):
        return condition.merkmal
    if isinstance(condition, ir.Compare):
        return f"{condition.merkmal}: {value_text(condition)}"
    if isinstance(condition, ir.Not):
        return "nicht " + label(condition.operand)
    if isinstance(condition, ir.BegriffRef):
        return condition.name
    return ir.kind_of(condition).label


def rule_text(rule: ir.Rule) -> str:
    """Die Rechtsfolge als Satz, wie die Norm sie schreibt: „Sie soll erteilt werden“."""
    return f"{rule.subject} {rule.grade.phrase(rule.action)}"


def one_line(condition: ir.Condition | None) -> str:
    """Einzeiliger Text einer Bedingung mit ihren Gliedern (für Vorbehalte bei Nebenfolgen)."""
    if condition is None:
        return ""
    if isinstance(condition, (ir.All, ir.AnyOf, ir.NoneOf)):
        joiner = " und " if isinstance(condition, ir.All) else " oder "
        inner = joiner.join(one_line(c) for c in condition.children)
        return f"nicht ({inner})" if isinstance(condition, ir.NoneOf) else inner
    return label(condition)

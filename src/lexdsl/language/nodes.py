"""Der Syntaxbaum (AST) der Normensprache.

Unveränderliche attrs-Klassen, jede mit ihrer Stelle im Quelltext (``span``).
Der AST bildet die Schreibweise ab, nicht die Bedeutung: Namen sind noch
nicht aufgelöst, Werte noch nicht umgerechnet. Das erledigen die Prüfungen
(``checks``) und die Übersetzung in die Zwischendarstellung (``ir``).
"""

from __future__ import annotations

import decimal
import enum
from typing import Any

import attrs

from .. import vocabulary
from ..errors import Span
from ..vocabulary import Comparator, DurationUnit, Geltung, Grade, MerkmalType, NodeKind, NormKind, Occasion

Citations = tuple[str, ...]


# ----------------------------------------------------------------- Bedingungen

@attrs.frozen
class Comparison:
    """Ein Vergleich hinter dem Doppelpunkt: ``mindestens 18 Monate``, ``einer von "a", "b"``.

    ``value`` ist, wie geschrieben: eine Zahl (``decimal.Decimal``, exakt), ein Datum als ISO-Text,
    ein Text (``gleich``), ein Tupel von Texten (``einer von``) oder ja/nein
    (bool). ``unit`` ist die geschriebene Einheit einer Dauer.
    """

    op: Comparator
    value: decimal.Decimal | str | bool | tuple[str, ...]
    unit: DurationUnit | None
    span: Span


@attrs.frozen
class Atom:
    """Ein einzelnes Merkmal oder ein Begriff, wahlweise verneint oder verglichen."""

    name: str
    negated: bool
    comparison: Comparison | None
    citations: Citations
    span: Span
    name_span: Span


@attrs.frozen
class Group:
    """Eine Aufzählung mit ausdrücklicher Verknüpfung: alle, mindestens eines, keines."""

    kind: NodeKind  # ALLE, MINDESTENS oder KEINES
    items: tuple[Condition, ...]
    citations: Citations
    span: Span


Condition = Atom | Group


@attrs.frozen
class Clause:
    """Eine Bedingung mit eigener Fundstelle, etwa „liegt vor, wenn …“."""

    condition: Condition
    citations: Citations
    span: Span


# ------------------------------------------------------------------ Merkmale

@attrs.frozen
class TypeSpec:
    kind: MerkmalType
    values: tuple[str, ...]
    span: Span


@attrs.frozen
class Merkmal:
    name: str
    type: TypeSpec
    description: str
    citations: Citations
    span: Span
    name_span: Span


@attrs.frozen
class Begriff:
    """Ein definierter Begriff.

    ``definition``: „liegt vor, wenn …“ (Generalklausel oder abschließende Definition),
    ``regelbeispiele``: „liegt insbesondere vor, wenn …“,
    ``gegenbeispiele``: „liegt regelmäßig nicht vor, wenn allein …“.
    """

    name: str
    description: str
    definition: Clause | None
    regelbeispiele: Clause | None
    gegenbeispiele: Clause | None
    citations: Citations
    span: Span
    name_span: Span


# -------------------------------------------------------------------- Normen

@attrs.frozen
class Wortlaut:
    """Zitierter Text aus Gesetz oder Verwaltungsvorschrift, neben der Regel."""

    lines: tuple[str, ...]
    citations: Citations
    span: Span


@attrs.frozen
class Tatbestand:
    clause: Clause
    span: Span


@attrs.frozen
class Ausnahme:
    """„es sei denn …“: hebt die Regel auf, wenn die Bedingung erfüllt ist."""

    clause: Clause
    span: Span


@attrs.frozen
class Rule:
    """Eine Rechtsfolge mit Bindungsgrad (``grade``) und Handlung (erteilen oder verlängern)."""

    grade: Grade
    action: vocabulary.Action
    subject: str
    condition: Condition | None
    ausnahmen: tuple[Ausnahme, ...]
    atypisch: Clause | None
    citations: Citations
    text: str
    span: Span


@attrs.frozen
class Abweichung:
    """„abweichend von "…"“ (die Vorschrift gilt nicht) oder
    „nach Ermessen abweichend von "…"“ (sie öffnet nur das Ermessen)."""

    target: str
    mode: Geltung  # ABWEICHEND (gilt nicht) oder ERMESSEN (öffnet nur das Ermessen)
    condition: Clause | None
    citations: Citations
    span: Span
    target_span: Span


@attrs.frozen
class Nebenfolge:
    key: str
    text: str
    condition: Clause | None
    citations: Citations
    span: Span


@attrs.frozen
class Nebenfolgen:
    on: Occasion
    items: tuple[Nebenfolge, ...]
    citations: Citations
    span: Span


@attrs.frozen
class Kriterium:
    text: str
    condition: Clause | None
    citations: Citations
    span: Span


@attrs.frozen
class Ermessenskriterien:
    items: tuple[Kriterium, ...]
    citations: Citations
    span: Span


@attrs.frozen
class Description:
    text: str
    span: Span


@attrs.frozen
class Fassung:
    """Eine zeitliche Fassung einer Norm: gilt von ``ab`` bis ``bis`` (ISO-Daten, ``bis`` offen = None).

    ``parts`` gelten nur in dieser Fassung, zusätzlich zu den gemeinsamen Teilen der Norm.
    ``unmodelled_before`` („belegt ab“): Die Quellen belegen die Fassung erst ab ``ab``; was vorher galt,
    bilden sie nicht ab. ``undated_change`` („zuvor unbelegt“): Die Änderung gegenüber der vorigen
    Fassung trat an einem Tag zwischen deren Ende und ``ab`` in Kraft, den die Quellen nicht nennen.
    """

    name: str
    ab: str
    bis: str | None
    stand: str | None
    unmodelled_before: bool
    undated_change: bool
    parts: tuple[NormPart, ...]
    citations: Citations
    span: Span
    name_span: Span


NormPart = Description | Wortlaut | Tatbestand | Rule | Abweichung | Nebenfolgen | Ermessenskriterien | Fassung


@attrs.frozen
class Norm:
    """Eine Norm oder eine allgemeine Vorschrift (``kind``).

    ``parts`` behält die Reihenfolge der Quelle bei, damit die Dokumentation
    Wortlaut und Regel nebeneinander zeigen kann.
    """

    kind: NormKind
    id: str
    title: str
    parts: tuple[NormPart, ...]
    citations: Citations
    span: Span
    id_span: Span


Declaration = Merkmal | Begriff | Norm


@attrs.frozen
class Module:
    """Eine Normdatei."""

    path: str
    declarations: tuple[Declaration, ...]


# -------------------------------------------------------- Serialisierung (Cache)

def _classes() -> dict[str, type]:
    return {
        cls.__name__: cls
        for cls in (
            Comparison, Atom, Group, Clause, TypeSpec, Merkmal, Begriff, Wortlaut, Tatbestand,
            Ausnahme, Rule, Abweichung, Nebenfolge, Nebenfolgen, Kriterium, Ermessenskriterien,
            Description, Fassung, Norm, Module,
        )
    }


_ENUMS: dict[str, type[enum.Enum]] = {cls.__name__: cls for cls in (
    Comparator, DurationUnit, Geltung, Grade, MerkmalType, NodeKind, NormKind, Occasion, vocabulary.Action)}


def to_data(value: Any) -> Any:
    """AST → JSON-fähige Daten. Nur für den Zwischenspeicher der Parse-Ergebnisse."""
    if isinstance(value, Span):
        return {"~": "Span", "v": list(value.as_tuple())}
    if isinstance(value, enum.Enum):
        return {"~": "enum", "t": type(value).__name__, "v": value.value}
    if attrs.has(type(value)):
        return {"~": type(value).__name__,
                **{f.name: to_data(getattr(value, f.name)) for f in attrs.fields(type(value))}}
    if isinstance(value, tuple):
        return {"~": "tuple", "v": [to_data(v) for v in value]}
    if isinstance(value, decimal.Decimal):
        return {"~": "Decimal", "v": str(value)}
    if value is None or isinstance(value, (str, bool, int)):
        return value
    raise TypeError(f"nicht serialisierbar: {type(value).__name__}")


def from_data(data: Any) -> Any:
    """JSON-Daten → AST. Nimmt nur die Klassen dieses Moduls an; alles andere ist ein Fehler."""
    classes = _classes()

    def build(d: Any) -> Any:
        if isinstance(d, dict):
            tag: Any = d.get("~")  # beliebige Daten; unbekannte Kennungen werden unten abgewiesen
            if tag == "Span":
                return Span(*d["v"])
            if tag == "enum":
                return _ENUMS[d["t"]](d["v"])
            if tag == "tuple":
                return tuple(build(v) for v in d["v"])
            if tag == "Decimal" and isinstance(d["v"], str):
                try:
                    number = decimal.Decimal(d["v"])
                except decimal.InvalidOperation:
                    raise ValueError("ungültige Zahl im Zwischenspeicher") from None
                if not number.is_finite():
                    raise ValueError("ungültige Zahl im Zwischenspeicher")
                return number
            cls = classes.get(tag)
            if cls is None:
                raise ValueError(f"unbekannter Knoten im Zwischenspeicher: {tag!r}")
            return cls(**{k: build(v) for k, v in d.items() if k != "~"})
        if d is None or isinstance(d, (str, bool, int)):
            return d
        raise ValueError("ungültige Daten im Zwischenspeicher")

    return build(data)

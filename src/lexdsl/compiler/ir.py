"""Die Zwischendarstellung (IR): reine, typisierte Daten – das, was Code-Erzeugung und Solver lesen.

Die IR entsteht aus geprüften Syntaxbäumen (``lower``). Gegenüber dem
Syntaxbaum ist sie aufgelöst und normalisiert:

* Jeder Name ist einem Merkmal oder einem Begriff zugeordnet. Ein Begriff
  steht einmal im Korpus (``CorpusIR.begriffe``); wo eine Norm ihn verwendet,
  steht ein Verweis (``BegriffRef``). Die Code-Erzeugung setzt ihn ein.
* Werte sind typisiert und exakt: ``CountValue`` (ganze Zahl), ``DurationValue``
  (Betrag als ``Decimal`` und Einheit, wie geschrieben; ``months`` rechnet in ganze
  Monate um, die Prüfungen lassen nur solche Schwellen zu), ``DateValue``
  (``datetime.date``) und ``ChoiceValue`` (Auswahlwerte). Operatoren,
  Bindungsgrade, Merkmalstypen usw. sind Aufzählungen aus ``vocabulary``.
* Allgemeine Vorschriften sind jeder Norm zugeordnet, mit der Art ihrer
  Geltung (``Geltung``).
* Logikknoten tragen keinen Anzeigetext; den schreibt ``printer``.

``to_data`` macht aus der IR versioniertes JSON, ``from_data`` liest es zurück;
beides zusammen ergibt wieder dieselbe IR.
"""

from __future__ import annotations

import datetime
import decimal
import enum
import fractions
import functools
import types
import typing
from collections.abc import Iterator, Mapping
from typing import Any, Union

import attrs

from ..errors import Span
from ..language import nodes
from ..vocabulary import (
    Action,
    Comparator,
    DurationUnit,
    Geltung,
    Grade,
    MerkmalType,
    NodeKind,
    NormKind,
    Occasion,
    Operator,
)

FORMAT = "lexdsl-ir"
VERSION = 3  # 2: Dauer-Beträge exakt (Decimal, im JSON als Text); 3: Fassungen „belegt ab“, „zuvor unbelegt“

Citations = tuple[str, ...]

# ------------------------------------------------------------------ Werte


@attrs.frozen
class CountValue:
    """Eine Anzahl (ganze Zahl)."""

    count: int


@attrs.frozen
class DurationValue:
    """Eine Dauer, wie geschrieben: Betrag und Einheit („1,5 Jahre“). Der Betrag ist exakt."""

    amount: decimal.Decimal
    unit: DurationUnit

    @property
    def months(self) -> int:
        """Die Dauer in ganzen Monaten (die Prüfungen lassen nur ganze Monate als Schwelle zu)."""
        months = fractions.Fraction(self.amount) * self.unit.months
        if months.denominator != 1:
            raise ValueError(f"{self.amount} {self.unit.value} sind keine ganze Zahl von Monaten")
        return months.numerator


@attrs.frozen
class DateValue:
    day: datetime.date


@attrs.frozen
class ChoiceValue:
    """Ein Auswahlwert (bei „gleich“) oder mehrere (bei „einer von“, „keiner von“)."""

    options: tuple[str, ...]


Value = CountValue | DurationValue | DateValue | ChoiceValue

# ------------------------------------------------------------------ Bedingungen


@attrs.frozen
class Fact:
    """Ein ja/nein-Merkmal."""

    merkmal: str
    citations: Citations
    span: Span


@attrs.frozen
class Compare:
    """Ein Merkmal im Vergleich mit einem Wert seines Typs."""

    merkmal: str
    type: MerkmalType
    op: Operator
    value: Value
    citations: Citations
    span: Span


@attrs.frozen
class Not:
    operand: Condition
    citations: Citations
    span: Span


@attrs.frozen
class All:
    """alle folgenden"""

    children: tuple[Condition, ...]
    citations: Citations
    span: Span


@attrs.frozen
class AnyOf:
    """mindestens eines der folgenden"""

    children: tuple[Condition, ...]
    citations: Citations
    span: Span


@attrs.frozen
class NoneOf:
    """keines der folgenden"""

    children: tuple[Condition, ...]
    citations: Citations
    span: Span


@attrs.frozen
class BegriffRef:
    """Verweis auf einen Begriff des Korpus an der Stelle, an der er verwendet wird.

    ``citations``: die Fundstellen an der Verwendungsstelle, dann die des Begriffs.
    """

    name: str
    citations: Citations
    span: Span


Condition = Fact | Compare | Not | All | AnyOf | NoneOf | BegriffRef

GROUP_KINDS: Mapping[type, NodeKind] = {All: NodeKind.ALLE, AnyOf: NodeKind.MINDESTENS, NoneOf: NodeKind.KEINES}


def kind_of(condition: Condition) -> NodeKind:
    """Die Knotenart einer Bedingung (ein Begriffsverweis ist ein Begriff)."""
    if isinstance(condition, Fact):
        return NodeKind.MERKMAL
    if isinstance(condition, Compare):
        return NodeKind.VERGLEICH
    if isinstance(condition, Not):
        return NodeKind.NICHT
    if isinstance(condition, BegriffRef):
        return NodeKind.BEGRIFF
    return GROUP_KINDS[type(condition)]


# ------------------------------------------------------------ Regeln, Normen


@attrs.frozen
class Ausnahme:
    condition: Condition
    citations: Citations
    span: Span


@attrs.frozen
class Rule:
    """Eine Rechtsfolge. ``source`` ist die Norm oder Vorschrift, aus der sie stammt; ``subject`` der Gegenstand,
    wie geschrieben („Die Aufenthaltserlaubnis“, „Sie“); den Satz schreibt ``printer.rule_text``."""

    grade: Grade
    action: Action
    subject: str
    condition: Condition | None
    ausnahmen: tuple[Ausnahme, ...]
    atypisch: Condition | None
    citations: Citations
    source: str
    span: Span


@attrs.frozen
class AppliedVorschrift:
    """Eine allgemeine Vorschrift, wie sie für eine Norm gilt (``mode``).

    Bei ``Geltung.ABWEICHEND`` gilt sie nicht, wenn ``condition`` erfüllt ist
    oder fehlt; bei ``Geltung.ERMESSEN`` öffnet sie (wenn ``condition`` erfüllt ist
    oder fehlt) nur noch das Ermessen.
    """

    id: str
    title: str
    mode: Geltung
    condition: Condition | None
    rules: tuple[Rule, ...]
    citations: Citations
    span: Span | None


@attrs.frozen
class Nebenfolge:
    key: str
    text: str
    on: Occasion
    condition: Condition | None
    citations: Citations


@attrs.frozen
class Kriterium:
    text: str
    condition: Condition | None
    citations: Citations


@attrs.frozen
class Wortlaut:
    lines: tuple[str, ...]
    citations: Citations


@attrs.frozen
class Fassung:
    """Zeitliche Geltung einer Normvariante (``bis`` None = offen)."""

    name: str
    ab: datetime.date
    bis: datetime.date | None
    stand: datetime.date | None
    citations: Citations
    unmodelled_before: bool = False    # „belegt ab“: was vor ``ab`` galt, bilden die Quellen nicht ab
    undated_change: bool = False       # „zuvor unbelegt“: Tag der Änderung seit der vorigen Fassung unbekannt


@attrs.frozen
class Norm:
    """Eine Norm – bei mehreren Fassungen eine Variante je Fassung (gleiche ``id``) – oder eine Vorschrift."""

    id: str
    title: str
    kind: NormKind
    description: str
    citations: Citations
    tatbestand: Condition | None
    tatbestand_citations: Citations
    rules: tuple[Rule, ...]
    vorschriften: tuple[AppliedVorschrift, ...]
    nebenfolgen: tuple[Nebenfolge, ...]
    ermessenskriterien: tuple[Kriterium, ...]
    wortlaut: tuple[Wortlaut, ...]
    module: str
    span: Span
    fassung: Fassung | None = None

    @property
    def action(self) -> Action:
        """Was die Norm regelt: die Handlung ihrer ersten erteilenden Regel (sonst erteilen)."""
        return next((r.action for r in self.rules if r.grade.is_grant), Action.ERTEILEN)


@attrs.frozen
class Merkmal:
    name: str
    type: MerkmalType
    values: tuple[str, ...]
    description: str
    citations: Citations
    module: str
    span: Span


@attrs.frozen
class Begriff:
    """Ein Begriff: „liegt vor, wenn“ (``definition``), Regelbeispiele und Gegenbeispiele.

    Der Begriff liegt vor, wenn die Definition oder ein Regelbeispiel erfüllt ist.
    Gegenbeispiele („liegt regelmäßig nicht vor, wenn allein …“) gehen nicht in
    den Wert ein; sie erklären in der Begründung, warum ein Umstand nicht genügt.
    """

    name: str
    description: str
    definition: Condition | None
    regelbeispiele: Condition | None
    gegenbeispiele: Condition | None
    citations: Citations
    module: str
    span: Span


@attrs.frozen
class CorpusIR:
    """Das ganze Korpus in der Zwischendarstellung."""

    merkmale: tuple[Merkmal, ...]
    begriffe: tuple[Begriff, ...]
    normen: tuple[Norm, ...]
    vorschriften: tuple[Norm, ...]
    modules: tuple[str, ...]

    def merkmal(self, name: str) -> Merkmal:
        return _merkmal_index(self.merkmale)[name]

    def begriff(self, name: str) -> Begriff:
        return self.begriff_map[name]

    @property
    def begriff_map(self) -> Mapping[str, Begriff]:
        return _begriff_index(self.begriffe)


@functools.lru_cache(maxsize=16)
def _merkmal_index(items: tuple[Merkmal, ...]) -> dict[str, Merkmal]:
    return {item.name: item for item in items}


@functools.lru_cache(maxsize=16)
def _begriff_index(items: tuple[Begriff, ...]) -> dict[str, Begriff]:
    return {item.name: item for item in items}


# ----------------------------------------------------------------- Lowering


class _Lowering:
    """Übersetzt Bedingungen des Syntaxbaums; Namen werden Merkmalen oder Begriffen zugeordnet."""

    def __init__(self, symbols: Symbols):
        self.symbols = symbols

    def condition(self, cond: nodes.Condition) -> Condition:
        if isinstance(cond, nodes.Group):
            children = tuple(self.condition(c) for c in cond.items)
            if cond.kind is NodeKind.ALLE:
                return All(children, cond.citations, cond.span)
            if cond.kind is NodeKind.MINDESTENS:
                return AnyOf(children, cond.citations, cond.span)
            return NoneOf(children, cond.citations, cond.span)
        if cond.negated:
            return Not(self._atom(cond, citations=()), cond.citations, cond.span)
        return self._atom(cond, citations=cond.citations)

    def clause(self, clause: nodes.Clause | None) -> Condition | None:
        return None if clause is None else self.condition(clause.condition)

    def _atom(self, atom: nodes.Atom, citations: Citations) -> Condition:
        begriff = self.symbols.begriffe.get(atom.name)
        if begriff is not None:
            return BegriffRef(atom.name, tuple(dict.fromkeys(citations + begriff.citations)), atom.span)
        merkmal = self.symbols.merkmale[atom.name]
        if atom.comparison is None:
            return Fact(merkmal.name, citations, atom.span)
        comparison = atom.comparison
        operator = comparison.op.operator
        if operator is None:  # pragma: no cover – die Prüfungen lassen ja/nein-Vergleiche nicht durch
            raise ValueError(f"»{comparison.op.value}« ist kein Vergleich")
        return Compare(merkmal.name, merkmal.type.kind, operator, _value(merkmal.type.kind, comparison), citations,
                       atom.span)


def _value(kind: MerkmalType, comparison: nodes.Comparison) -> Value:
    value = comparison.value
    if kind is MerkmalType.COUNT:
        assert isinstance(value, decimal.Decimal)
        return CountValue(int(value))
    if kind is MerkmalType.DURATION:
        assert isinstance(value, decimal.Decimal)
        return DurationValue(value, comparison.unit or DurationUnit.MONATE)
    if kind is MerkmalType.DATE:
        assert isinstance(value, str)
        return DateValue(datetime.date.fromisoformat(value))
    if comparison.op is Comparator.GLEICH:
        assert isinstance(value, str)
        return ChoiceValue((value,))
    assert isinstance(value, tuple)
    return ChoiceValue(value)


class Symbols:
    """Alle Deklarationen des Korpus nach Namen, mit ihrer Datei."""

    def __init__(self, modules: list[nodes.Module]):
        self.merkmale: dict[str, nodes.Merkmal] = {}
        self.begriffe: dict[str, nodes.Begriff] = {}
        self.normen: dict[str, nodes.Norm] = {}
        self.vorschriften: dict[str, nodes.Norm] = {}
        self.module_of: dict[int, str] = {}
        for module in modules:
            for decl in module.declarations:
                self.module_of[id(decl)] = module.path
                if isinstance(decl, nodes.Merkmal):
                    self.merkmale.setdefault(decl.name, decl)
                elif isinstance(decl, nodes.Begriff):
                    self.begriffe.setdefault(decl.name, decl)
                elif decl.kind is NormKind.VORSCHRIFT:
                    self.vorschriften.setdefault(decl.id, decl)
                else:
                    self.normen.setdefault(decl.id, decl)


def lower(modules: list[nodes.Module]) -> CorpusIR:
    """Geprüfte Module → IR. Setzt voraus, dass ``checks.check`` keine Fehler fand."""
    symbols = Symbols(modules)
    lowering = _Lowering(symbols)
    merkmale = tuple(
        Merkmal(m.name, m.type.kind, m.type.values, m.description, m.citations, symbols.module_of[id(m)], m.span)
        for m in sorted(symbols.merkmale.values(), key=lambda m: m.name)
    )
    begriffe = tuple(
        Begriff(b.name, b.description, lowering.clause(b.definition), lowering.clause(b.regelbeispiele),
                lowering.clause(b.gegenbeispiele), b.citations, symbols.module_of[id(b)], b.span)
        for b in sorted(symbols.begriffe.values(), key=lambda b: b.name)
    )
    normen = tuple(
        variant
        for n in symbols.normen.values()
        for variant in ([_lower_norm(n, symbols, lowering, f) for f in n.parts if isinstance(f, nodes.Fassung)]
                        or [_lower_norm(n, symbols, lowering)])
    )
    vorschriften = tuple(_lower_norm(v, symbols, lowering) for v in symbols.vorschriften.values())
    return CorpusIR(merkmale, begriffe, normen, vorschriften, tuple(m.path for m in modules))


def _rule(rule: nodes.Rule, lowering: _Lowering, source: str) -> Rule:
    condition = lowering.condition(rule.condition) if rule.condition is not None else None
    ausnahmen = tuple(Ausnahme(lowering.condition(a.clause.condition), a.clause.citations, a.span)
                      for a in rule.ausnahmen)
    return Rule(rule.grade, rule.action, rule.subject, condition, ausnahmen, lowering.clause(rule.atypisch),
                rule.citations, source, rule.span)


def _date(iso: str | None) -> datetime.date | None:
    return None if iso is None else datetime.date.fromisoformat(iso)


def _lower_norm(norm: nodes.Norm, symbols: Symbols, lowering: _Lowering, fassung: nodes.Fassung | None = None) -> Norm:
    parts = tuple(p for p in norm.parts if not isinstance(p, nodes.Fassung)) + (fassung.parts if fassung else ())
    tatbestand = next((p for p in parts if isinstance(p, nodes.Tatbestand)), None)
    rules = tuple(_rule(r, lowering, norm.id) for r in parts if isinstance(r, nodes.Rule))

    applied = []
    if norm.kind is NormKind.NORM:
        abweichungen = {a.target: a for a in parts if isinstance(a, nodes.Abweichung)}
        for vid, vorschrift in symbols.vorschriften.items():
            abw = abweichungen.get(vid)
            mode: Geltung = Geltung.GILT if abw is None else abw.mode
            vrules = tuple(_rule(r, lowering, vid) for r in vorschrift.parts if isinstance(r, nodes.Rule))
            applied.append(AppliedVorschrift(
                vid, vorschrift.title, mode, lowering.clause(abw.condition) if abw else None, vrules,
                abw.citations if abw else (), abw.span if abw else None))

    nebenfolgen = tuple(
        Nebenfolge(item.key, item.text, block.on, lowering.clause(item.condition), item.citations)
        for block in parts if isinstance(block, nodes.Nebenfolgen) for item in block.items
    )
    kriterien = tuple(
        Kriterium(item.text, lowering.clause(item.condition), item.citations or block.citations)
        for block in parts if isinstance(block, nodes.Ermessenskriterien) for item in block.items
    )
    wortlaut = tuple(Wortlaut(p.lines, p.citations) for p in parts if isinstance(p, nodes.Wortlaut))
    description = " ".join(p.text for p in parts if isinstance(p, nodes.Description))
    lowered_fassung = None
    if fassung is not None:
        lowered_fassung = Fassung(fassung.name, datetime.date.fromisoformat(fassung.ab), _date(fassung.bis),
                                  _date(fassung.stand), fassung.citations, fassung.unmodelled_before,
                                  fassung.undated_change)
    return Norm(
        id=norm.id, title=norm.title, kind=norm.kind, description=description, citations=norm.citations,
        tatbestand=lowering.clause(tatbestand.clause) if tatbestand else None,
        tatbestand_citations=tatbestand.clause.citations if tatbestand else (),
        rules=rules, vorschriften=tuple(applied), nebenfolgen=nebenfolgen, ermessenskriterien=kriterien,
        wortlaut=wortlaut, module=symbols.module_of[id(norm)], span=norm.span, fassung=lowered_fassung,
    )


# ----------------------------------------------------------------- Durchlaufen


def children_of(condition: Condition) -> tuple[Condition, ...]:
    """Die unmittelbaren Kinder (ohne eingesetzte Begriffe)."""
    if isinstance(condition, Not):
        return (condition.operand,)
    if isinstance(condition, (All, AnyOf, NoneOf)):
        return condition.children
    return ()


def begriff_parts(begriff: Begriff) -> tuple[Condition | None, Condition | None, Condition | None]:
    """(Definition, Regelbeispiele, Gegenbeispiele) – in dieser Reihenfolge stehen sie auch im Programm."""
    return begriff.definition, begriff.regelbeispiele, begriff.gegenbeispiele


def walk(condition: Condition | None, begriffe: Mapping[str, Begriff] | None = None) -> Iterator[Condition]:
    """Alle Knoten eines Bedingungsbaums, Eltern vor Kindern.

    Mit ``begriffe`` geht der Weg in die verwiesenen Begriffe hinein (ohne Rekursion
    in Python: die Tiefe ist nur durch die Prüfungen begrenzt).
    """
    stack: list[Condition] = [] if condition is None else [condition]
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, BegriffRef):
            if begriffe is not None:
                stack.extend(reversed([p for p in begriff_parts(begriffe[node.name]) if p is not None]))
        else:
            stack.extend(reversed(children_of(node)))


def rule_conditions(rule: Rule) -> Iterator[Condition | None]:
    yield rule.condition
    for a in rule.ausnahmen:
        yield a.condition
    yield rule.atypisch


def norm_conditions(norm: Norm) -> Iterator[Condition | None]:
    """Alle Bedingungsbäume einer Norm (Tatbestand, Regeln, Vorschriften, Nebenfolgen, Kriterien)."""
    yield norm.tatbestand
    for rule in norm.rules:
        yield from rule_conditions(rule)
    for applied in norm.vorschriften:
        yield applied.condition
        for rule in applied.rules:
            yield from rule_conditions(rule)
    yield from (item.condition for item in norm.nebenfolgen)
    yield from (item.condition for item in norm.ermessenskriterien)


def merkmale_of(norm: Norm, corpus: CorpusIR) -> tuple[str, ...]:
    """Die Merkmale, von denen die Norm abhängt (auch über Begriffe), sortiert."""
    begriffe = corpus.begriff_map
    found = {node.merkmal for root in norm_conditions(norm) for node in walk(root, begriffe)
             if isinstance(node, (Fact, Compare))}
    return tuple(sorted(found))


# ------------------------------------------------------------- Versioniertes JSON


def to_data(value: Any) -> Any:
    """IR → JSON-fähige Daten mit Format und Version (für Solver und Werkzeuge).

    Jedes Objekt trägt seine Klasse unter ``art``; Aufzählungen stehen als ihr
    Wert, Daten als ISO-Text, Stellen als Datei, Zeile und Spalte.
    """
    if isinstance(value, CorpusIR):
        return {"format": FORMAT, "version": VERSION, **_encode(value)}
    return _encode(value)


def _encode(value: Any) -> Any:
    if isinstance(value, Span):
        return {"datei": value.file, "zeile": value.line, "spalte": value.column, "bis_zeile": value.end_line,
                "bis_spalte": value.end_column}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime.date):
        return value.isoformat()
    if attrs.has(type(value)):
        data = {"art": type(value).__name__}
        for field in attrs.fields(type(value)):
            data[field.name] = _encode(getattr(value, field.name))
        return data
    if isinstance(value, tuple):
        return [_encode(v) for v in value]
    if isinstance(value, decimal.Decimal):
        return str(value)  # als Text: exakt, auch für Leser ohne Dezimalzahlen
    if value is None or isinstance(value, (str, int, bool)):
        return value
    raise TypeError(f"nicht darstellbar: {type(value).__name__}")


class FormatError(ValueError):
    """Die Daten sind keine IR dieses Formats und dieser Version."""


_CLASSES: dict[str, type] = {cls.__name__: cls for cls in (
    CountValue, DurationValue, DateValue, ChoiceValue, Fact, Compare, Not, All, AnyOf, NoneOf, BegriffRef,
    Ausnahme, Rule, AppliedVorschrift, Nebenfolge, Kriterium, Wortlaut, Fassung, Norm, Merkmal, Begriff, CorpusIR)}


def from_data(data: Any) -> CorpusIR:
    """JSON-Daten aus ``to_data`` → IR. Prüft Format, Version und jeden Typ; sonst ``FormatError``."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise FormatError(f"keine lexdsl-IR (erwartet »format«: »{FORMAT}«)")
    if data.get("version") != VERSION:
        raise FormatError(f"IR-Version {data.get('version')!r} wird nicht gelesen (erwartet {VERSION})")
    body = {k: v for k, v in data.items() if k not in ("format", "version")}
    return typing.cast(CorpusIR, _decode(body, CorpusIR))


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _decode(data: Any, expected: Any) -> Any:
    origin = typing.get_origin(expected)
    if origin in (Union, types.UnionType):
        options = typing.get_args(expected)
        if data is None:
            if type(None) in options:
                return None
            raise FormatError("Wert fehlt")
        if isinstance(data, dict) and "art" in data:
            cls = _CLASSES.get(data["art"])
            if cls is None or cls not in options:
                raise FormatError(f"unerwartete Art {data['art']!r}")
            return _decode(data, cls)
        concrete = [o for o in options if o is not type(None)]
        if len(concrete) == 1:
            return _decode(data, concrete[0])
        raise FormatError(f"mehrdeutiger Wert {data!r}")
    if origin is tuple:
        item_type = typing.get_args(expected)[0]
        if not isinstance(data, list):
            raise FormatError("Liste erwartet")
        return tuple(_decode(item, item_type) for item in data)
    if expected is Span:
        return Span(data["datei"], data["zeile"], data["spalte"], data["bis_zeile"], data["bis_spalte"])
    if isinstance(expected, type) and issubclass(expected, enum.Enum):
        return expected(data)
    if expected is datetime.date:
        return datetime.date.fromisoformat(data)
    if isinstance(expected, type) and attrs.has(expected):
        if not isinstance(data, dict) or data.get("art") != expected.__name__:
            raise FormatError(f"{expected.__name__} erwartet")
        hints = _hints(expected)
        return expected(**{f.name: _decode(data[f.name], hints[f.name]) for f in attrs.fields(expected)})
    if expected is decimal.Decimal and isinstance(data, str):
        try:
            number = decimal.Decimal(data)
        except decimal.InvalidOperation:
            raise FormatError(f"Zahl erwartet, gefunden {data!r}") from None
        if not number.is_finite():
            raise FormatError(f"endliche Zahl erwartet, gefunden {data!r}")
        return number
    if expected in (str, int, bool) and type(data) is expected:
        return data
    raise FormatError(f"{getattr(expected, '__name__', expected)} erwartet, gefunden {type(data).__name__}")

"""Die Zwischendarstellung (IR): reine Daten, bereit für Code-Erzeugung und Solver.

Die IR entsteht aus geprüften ASTs (``lower``). Gegenüber dem AST ist sie
aufgelöst und normalisiert:

* Namen sind Merkmalen oder Begriffen zugeordnet; Begriffe sind an jeder
  Verwendungsstelle eingesetzt, sodass jede Norm einen eigenen, vollständigen
  Bedingungsbaum hat. Jeder Knoten hat eine innerhalb der Norm eindeutige
  Nummer (``id``); unter dieser Nummer steht später sein Wert in der Begründung.
* Werte sind umgerechnet: Dauern in Monaten, Daten als ISO-Text (JJJJ-MM-TT).
* Allgemeine Vorschriften sind der Norm zugeordnet, mit der Art ihrer
  Geltung: ``gilt``, ``ermessen`` (nach Ermessen abweichend) oder
  ``abweichend`` (gilt nicht, wenn die Bedingung erfüllt ist).

Die IR enthält keine Funktionen und keinen Python-Code, nur Texte, Zahlen,
Tupel und unveränderliche attrs-Klassen. ``to_data`` macht daraus JSON.
"""

from __future__ import annotations

import datetime
import enum
from typing import Union

import attrs

from ..errors import Span
from ..language import nodes
from ..vocabulary import Action, Comparator, Geltung, Grade, MerkmalType, NodeKind, NormKind, Occasion, Operator, \
    german_date, german_number

Citations = tuple[str, ...]

# ------------------------------------------------------------------ Knoten


@attrs.frozen
class Fact:
    """Ein ja/nein-Merkmal."""

    id: int
    merkmal: str
    citations: Citations
    span: Span
    label: str


@attrs.frozen
class Compare:
    """Vergleich eines Merkmals mit einem Wert.

    ``op``: ge, gt, le, lt, eq, in, not_in. ``value``: Monate (Dauer), Zahl
    (Anzahl), ISO-Datum (Datum), Text oder Tupel von Texten (Auswahl).
    """

    id: int
    merkmal: str
    type: MerkmalType
    op: Operator
    value: object
    citations: Citations
    span: Span
    label: str


@attrs.frozen
class Not:
    id: int
    operand: "Condition"
    citations: Citations
    span: Span
    label: str


@attrs.frozen
class _Group:
    id: int
    children: tuple["Condition", ...]
    citations: Citations
    span: Span
    label: str


@attrs.frozen
class All(_Group):
    """alle folgenden"""


@attrs.frozen
class AnyOf(_Group):
    """mindestens eines der folgenden"""


@attrs.frozen
class NoneOf(_Group):
    """keines der folgenden"""


@attrs.frozen
class BegriffNode:
    """Ein eingesetzter Begriff. Wert: ``definition`` oder ``regelbeispiele``.

    ``gegenbeispiele`` gehen nicht in den Wert ein: Was „allein“ nicht
    genügt, begründet den Begriff nie. Sie werden für die Begründung
    ausgewertet, damit sie sagen kann, warum ein Umstand nicht ausreicht.
    """

    id: int
    name: str
    definition: "Condition | None"
    regelbeispiele: "Condition | None"
    gegenbeispiele: "Condition | None"
    citations: Citations
    span: Span
    label: str


Condition = Union[Fact, Compare, Not, All, AnyOf, NoneOf, BegriffNode]


# ------------------------------------------------------------ Regeln, Normen


@attrs.frozen
class Ausnahme:
    condition: Condition
    citations: Citations
    span: Span


@attrs.frozen
class Rule:
    """Eine Rechtsfolge. ``source`` ist die Norm oder Vorschrift, aus der sie stammt."""

    id: int
    grade: Grade
    action: Action
    text: str
    condition: Condition | None
    ausnahmen: tuple[Ausnahme, ...]
    atypisch: Condition | None
    citations: Citations
    source: str
    span: Span


@attrs.frozen
class AppliedVorschrift:
    """Eine allgemeine Vorschrift, wie sie für eine Norm gilt.

    ``mode``: ``gilt``; ``ermessen`` (greift sie, ist nur noch Ermessen möglich);
    ``abweichend`` (sie gilt nicht, wenn ``condition`` erfüllt ist oder fehlt).
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
class Domain:
    """Die Werte, die ein Merkmal für diese Norm unterscheidbar annehmen kann."""

    merkmal: str
    type: MerkmalType
    values: tuple


@attrs.frozen
class Fassung:
    """Zeitliche Geltung einer Normvariante (ISO-Daten; ``bis`` None = offen)."""

    name: str
    ab: str
    bis: str | None
    stand: str | None
    citations: Citations


@attrs.frozen
class Norm:
    """Eine Norm – bei mehreren Fassungen eine Variante je Fassung (gleiche ``id``)."""

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
    node_count: int
    merkmale: tuple[str, ...]
    domains: tuple[Domain, ...]
    module: str
    span: Span
    fassung: Fassung | None = None


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
    """Ein Begriff, wie er definiert ist (nicht eingesetzt); für Glossar und Solver."""

    name: str
    description: str
    definition: Condition | None
    regelbeispiele: Condition | None
    gegenbeispiele: Condition | None
    citations: Citations
    module: str
    span: Span


@attrs.frozen
class Corpus:
    merkmale: tuple[Merkmal, ...]
    begriffe: tuple[Begriff, ...]
    normen: tuple[Norm, ...]
    vorschriften: tuple[Norm, ...]
    modules: tuple[str, ...]

    def merkmal(self, name: str) -> Merkmal:
        return next(m for m in self.merkmale if m.name == name)


# ----------------------------------------------------------------- Lowering

def comparison_label(merkmal: str, comparison: nodes.Comparison) -> str:
    """Lesbarer Text eines Vergleichs, so wie er in der Norm steht."""
    op = comparison.op
    if op in (Comparator.EINER_VON, Comparator.KEINER_VON):
        values = ", ".join(f"„{v}“" for v in comparison.value)
        return f"{merkmal}: {op.value} {values}"
    if op is Comparator.GLEICH:
        return f"{merkmal}: „{comparison.value}“"
    if MerkmalType.DATE in op.types:
        return f"{merkmal}: {op.value} {german_date(comparison.value)}"
    unit = f" {comparison.unit.value}" if comparison.unit else ""
    return f"{merkmal}: {op.value} {german_number(comparison.value)}{unit}"


class _NormBuilder:
    """Vergibt Knotennummern und setzt Begriffe ein, für genau eine Norm."""

    def __init__(self, symbols: "Symbols"):
        self.symbols = symbols
        self.next_id = 0
        self.merkmale: set[str] = set()
        self.thresholds: dict[str, set] = {}

    def new_id(self) -> int:
        self.next_id += 1
        return self.next_id - 1

    def condition(self, cond: nodes.Condition, stack: tuple[str, ...] = ()) -> Condition:
        if isinstance(cond, nodes.Group):
            node_id = self.new_id()
            children = tuple(self.condition(c, stack) for c in cond.items)
            cls = {NodeKind.ALLE: All, NodeKind.MINDESTENS: AnyOf, NodeKind.KEINES: NoneOf}[cond.kind]
            return cls(node_id, children, cond.citations, cond.span, cond.kind.label)
        atom: nodes.Atom = cond
        if atom.negated:
            node_id = self.new_id()
            inner = self._atom(atom, stack, citations=())
            return Not(node_id, inner, atom.citations, atom.span, "nicht " + inner.label)
        return self._atom(atom, stack, citations=atom.citations)

    def _atom(self, atom: nodes.Atom, stack, citations) -> Condition:
        begriff = self.symbols.begriffe.get(atom.name)
        if begriff is not None:
            return self.begriff(begriff, atom.span, citations, stack)
        merkmal = self.symbols.merkmale[atom.name]
        self.merkmale.add(merkmal.name)
        node_id = self.new_id()
        kind = merkmal.type.kind
        if atom.comparison is None:
            return Fact(node_id, merkmal.name, citations, atom.span, merkmal.name)
        comparison = atom.comparison
        op = comparison.op.operator
        value = comparison.value
        if kind is MerkmalType.DURATION:
            value = float(value) * (comparison.unit.months if comparison.unit else 1)
        elif kind is MerkmalType.COUNT:
            value = float(value)
        self.thresholds.setdefault(merkmal.name, set()).update(value if isinstance(value, tuple) else (value,))
        return Compare(node_id, merkmal.name, kind, op, value, citations, atom.span,
                       comparison_label(merkmal.name, comparison))

    def begriff(self, begriff: nodes.Begriff, span: Span, citations, stack) -> BegriffNode:
        node_id = self.new_id()
        stack = stack + (begriff.name,)

        def clause(c: nodes.Clause | None):
            return None if c is None else self.condition(c.condition, stack)

        cites = tuple(dict.fromkeys(citations + begriff.citations))
        return BegriffNode(node_id, begriff.name, clause(begriff.definition), clause(begriff.regelbeispiele),
                           clause(begriff.gegenbeispiele), cites, span, begriff.name)

    def domains(self) -> tuple[Domain, ...]:
        out = []
        for name in sorted(self.merkmale):
            merkmal = self.symbols.merkmale[name]
            kind = merkmal.type.kind
            if kind is MerkmalType.BOOL:
                values: tuple = (True, False)
            elif kind is MerkmalType.CHOICE:
                values = merkmal.type.values
            else:
                values = representatives(kind, self.thresholds.get(name, set()))
            out.append(Domain(name, kind, values))
        return tuple(out)


def representatives(kind: MerkmalType, thresholds) -> tuple:
    """Je ein Wert aus jedem Bereich, den die Schwellen eines Merkmals unterscheiden.

    Zwei Werte im selben Bereich verhalten sich in jeder Bedingung der Norm
    gleich; für die Frage „kann dieses Merkmal das Ergebnis noch ändern?“
    genügt daher ein Vertreter je Bereich.
    """
    if kind is MerkmalType.DATE:
        days = sorted({datetime.date.fromisoformat(t).toordinal() for t in thresholds})
        points = _points(days, integral=True, floor=None)
        return tuple(datetime.date.fromordinal(int(p)).isoformat() for p in points)
    return tuple(float(p) for p in _points(sorted(set(thresholds)), integral=(kind is MerkmalType.COUNT), floor=0.0))


def _points(thresholds: list, integral: bool, floor):
    """Schwellen t1 < … < tn → je ein Punkt unter t1, jede Schwelle, je einer dazwischen, einer über tn."""
    if not thresholds:
        return [floor if floor is not None else 0]
    points = set(thresholds)
    below = thresholds[0] - 1
    if floor is None or below >= floor:
        points.add(below)
    elif thresholds[0] > floor:
        points.add(floor if integral else (floor + thresholds[0]) / 2)
    for a, b in zip(thresholds, thresholds[1:]):
        if not integral:
            points.add((a + b) / 2)
        elif b - a > 1:
            points.add(a + 1)
    points.add(thresholds[-1] + 1)
    return sorted(points)


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


def lower(modules: list[nodes.Module]) -> Corpus:
    """Geprüfte Module → IR. Setzt voraus, dass ``checks.check`` keine Fehler fand."""
    symbols = Symbols(modules)
    merkmale = tuple(
        Merkmal(m.name, m.type.kind, m.type.values, m.description, m.citations, symbols.module_of[id(m)], m.span)
        for m in sorted(symbols.merkmale.values(), key=lambda m: m.name)
    )
    begriffe = []
    for b in sorted(symbols.begriffe.values(), key=lambda b: b.name):
        builder = _NormBuilder(symbols)
        node = builder.begriff(b, b.span, (), ())
        begriffe.append(Begriff(b.name, b.description, node.definition, node.regelbeispiele, node.gegenbeispiele,
                                b.citations, symbols.module_of[id(b)], b.span))
    normen = tuple(
        variant
        for n in symbols.normen.values()
        for variant in ([_lower_norm(n, symbols, f) for f in n.parts if isinstance(f, nodes.Fassung)]
                        or [_lower_norm(n, symbols)])
    )
    vorschriften = tuple(_lower_norm(v, symbols) for v in symbols.vorschriften.values())
    return Corpus(merkmale, tuple(begriffe), normen, vorschriften, tuple(m.path for m in modules))


def _rule(rule: nodes.Rule, builder: _NormBuilder, source: str) -> Rule:
    node_id = builder.new_id()
    condition = builder.condition(rule.condition) if rule.condition is not None else None
    ausnahmen = tuple(
        Ausnahme(builder.condition(a.clause.condition), a.clause.citations, a.span) for a in rule.ausnahmen
    )
    atypisch = builder.condition(rule.atypisch.condition) if rule.atypisch is not None else None
    return Rule(node_id, rule.grade, rule.action, rule.text, condition, ausnahmen, atypisch, rule.citations,
                source, rule.span)


def _lower_norm(norm: nodes.Norm, symbols: Symbols, fassung: nodes.Fassung | None = None) -> Norm:
    builder = _NormBuilder(symbols)
    parts = tuple(p for p in norm.parts if not isinstance(p, nodes.Fassung)) + (fassung.parts if fassung else ())
    tatbestand = next((p for p in parts if isinstance(p, nodes.Tatbestand)), None)
    tb = builder.condition(tatbestand.clause.condition) if tatbestand else None
    rules = tuple(_rule(r, builder, norm.id) for r in parts if isinstance(r, nodes.Rule))

    applied = []
    if norm.kind is NormKind.NORM:
        abweichungen = {a.target: a for a in parts if isinstance(a, nodes.Abweichung)}
        for vid, vorschrift in symbols.vorschriften.items():
            abw = abweichungen.get(vid)
            if abw is None:
                mode, condition, cites, span = Geltung.GILT, None, (), None
            else:
                mode = abw.mode
                condition = builder.condition(abw.condition.condition) if abw.condition else None
                cites, span = abw.citations, abw.span
            vrules = tuple(_rule(r, builder, vid) for r in vorschrift.parts if isinstance(r, nodes.Rule))
            applied.append(AppliedVorschrift(vid, vorschrift.title, mode, condition, vrules, cites, span))

    nebenfolgen = tuple(
        Nebenfolge(item.key, item.text, block.on,
                   builder.condition(item.condition.condition) if item.condition else None, item.citations)
        for block in parts if isinstance(block, nodes.Nebenfolgen) for item in block.items
    )
    kriterien = tuple(
        Kriterium(item.text, builder.condition(item.condition.condition) if item.condition else None,
                  item.citations or block.citations)
        for block in parts if isinstance(block, nodes.Ermessenskriterien) for item in block.items
    )
    wortlaut = tuple(Wortlaut(p.lines, p.citations) for p in parts if isinstance(p, nodes.Wortlaut))
    description = " ".join(p.text for p in parts if isinstance(p, nodes.Description))
    return Norm(
        id=norm.id, title=norm.title, kind=norm.kind, description=description, citations=norm.citations,
        tatbestand=tb, tatbestand_citations=tatbestand.clause.citations if tatbestand else (),
        rules=rules, vorschriften=tuple(applied), nebenfolgen=nebenfolgen, ermessenskriterien=kriterien,
        wortlaut=wortlaut, node_count=builder.next_id, merkmale=tuple(sorted(builder.merkmale)),
        domains=builder.domains(), module=symbols.module_of[id(norm)], span=norm.span,
        fassung=Fassung(fassung.name, fassung.ab, fassung.bis, fassung.stand, fassung.citations) if fassung else None,
    )


# ------------------------------------------------------------- Ausgabe

def to_data(value):
    """IR → JSON-fähige Daten (für Solver und Werkzeuge)."""
    if isinstance(value, Span):
        return {"datei": value.file, "zeile": value.line, "spalte": value.column}
    if isinstance(value, enum.Enum):
        return value.value
    if attrs.has(type(value)):
        data = {"art": type(value).__name__}
        for field in attrs.fields(type(value)):
            data[field.name] = to_data(getattr(value, field.name))
        return data
    if isinstance(value, tuple):
        return [to_data(v) for v in value]
    return value


def walk(condition: Condition | None):
    """Alle Knoten eines Bedingungsbaums, Eltern vor Kindern."""
    if condition is None:
        return
    yield condition
    if isinstance(condition, Not):
        yield from walk(condition.operand)
    elif isinstance(condition, (All, AnyOf, NoneOf)):
        for child in condition.children:
            yield from walk(child)
    elif isinstance(condition, BegriffNode):
        yield from walk(condition.definition)
        yield from walk(condition.regelbeispiele)
        yield from walk(condition.gegenbeispiele)


def norm_conditions(norm: Norm):
    """Alle Bedingungsbäume einer Norm (Tatbestand, Regeln, Vorschriften, Nebenfolgen, Kriterien)."""
    yield norm.tatbestand
    for rule in norm.rules:
        yield from _rule_conditions(rule)
    for applied in norm.vorschriften:
        yield applied.condition
        for rule in applied.rules:
            yield from _rule_conditions(rule)
    for item in norm.nebenfolgen:
        yield item.condition
    for item in norm.ermessenskriterien:
        yield item.condition


def _rule_conditions(rule: Rule):
    yield rule.condition
    for a in rule.ausnahmen:
        yield a.condition
    yield rule.atypisch

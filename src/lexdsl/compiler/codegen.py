"""IR → lesbarer Python-Quelltext, ein Modul je Normdatei.

Ablauf je Normvariante:

1. ``NumberedNorm`` setzt die Begriffe ein und nummeriert die Knoten (Eltern
   vor Kindern); unter diesen Nummern stehen später die Werte der Auswertung.
2. ``CodeWriter`` schreibt die Funktionen ``entscheiden_<norm>``,
   ``kombinieren_<norm>``, ``werte_<norm>`` und je Prüfpunkt, Nebenfolge und
   Kriterium ``bedingung_<norm>_<nummer>``; die Einrückung folgt dem Kontext
   (``with writer.indent():``).
3. ``source`` schreibt das Programm der Norm (``lexdsl.runtime.program``) als
   Aufruf der Datenklassen mit Literalen; am Ende steht ``NORMEN``.

Sicherheit: Text aus Normen gelangt nur als Literal in den Code, durch
``literal`` (eine Zeile) oder ``source`` (umbrochen, aus denselben Literalen):
Texte gehen durch ``repr``, Zahlen müssen endlich sein, sonst sind nur None,
bool, Tupel, dicts, Aufzählungen des Vokabulars und die Datenklassen des
Programms erlaubt. Kommentare zeigen den Inhalt eines solchen Literals ohne
Anführungszeichen: Jeder Zeilenumbruch und jedes Steuerzeichen ist dort schon
maskiert. Bezeichner entstehen nur aus ``[a-z0-9_]`` (``identifier``).
Keine Zeile ist länger als ``MAX_LINE`` Zeichen.
"""

from __future__ import annotations

import contextlib
import datetime
import enum
import fractions
import itertools
import keyword
import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from .. import vocabulary
from ..runtime import GENERATED_CODE_IMPORTS
from ..runtime import program as P
from ..vocabulary import Geltung, Grade, MerkmalType, NodeKind
from . import ir, printer

GENERATOR_VERSION = "3"
MAX_LINE = 200
# So beginnen die Namen der Funktionen und Daten, die der Generator je Norm schreibt.
NORM_NAME_PREFIXES = ("entscheiden", "kombinieren", "werte", "bedingung", "PROGRAMM")

# ----------------------------------------------------------- Literale, Namen


def literal(value: Any) -> str:
    """Ein Wert als sicheres Python-Literal in einer Zeile."""
    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, int):
        return repr(value)
    if isinstance(value, fractions.Fraction):
        if value.denominator == 1:
            return repr(value.numerator)
        return f"Fraction({value.numerator!r}, {value.denominator!r})"
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, (tuple, list)):
        inner = ", ".join(literal(v) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    if isinstance(value, dict):
        for key in value:
            if not isinstance(key, str):
                raise TypeError("Schlüssel im erzeugten Code müssen Texte sein")
        return "{" + ", ".join(f"{literal(k)}: {literal(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"kein erlaubtes Literal: {type(value).__name__}")


def comment(text: str, limit: int = 160) -> str:
    """Text für einen Kommentar: ``literal(text)`` ohne Anführungszeichen, höchstens ``limit`` Zeichen."""
    return literal(str(text))[1:-1][:max(limit, 0)]


def docstring(text: str, indent: int = 0) -> str:
    """Ein Docstring ist ein gewöhnliches Literal (lang: umbrochen in Klammern); Normtext geht durch ``repr``."""
    return source(str(text), indent)


def _fold_ascii(text: str) -> str:
    text = text.replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    text = text.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()


def module_name(path: str) -> str:
    """Modulname aus einem Dateipfad: Kleinbuchstaben, Ziffern, Unterstrich."""
    stem = re.sub(r"\.lexdsl$", "", path.replace("\\", "/").rsplit("/", 1)[-1])
    stem = re.sub(r"[^a-z0-9_]+", "_", _fold_ascii(stem)).strip("_") or "normen"
    if stem[0].isdigit():
        stem = "n_" + stem
    if keyword.iskeyword(stem) or not stem.isidentifier():
        stem = "m_" + stem
    return stem


def module_names(paths: Sequence[str]) -> dict[str, str]:
    """Eindeutige Modulnamen für alle Dateien (Kollisionen bekommen eine Nummer)."""
    names: dict[str, str] = {}
    used: set[str] = set()
    for path in paths:
        base = module_name(path)
        name, n = base, 2
        while name in used or name in ("__init__", "runtime", "vocabulary"):
            name, n = f"{base}_{n}", n + 1
        used.add(name)
        names[path] = name
    return names


def identifier(text: str, limit: int = 48) -> str:
    """Ein Namensteil aus beliebigem Text: nur a–z, 0–9 und Unterstrich (leer, wenn nichts bleibt)."""
    return re.sub(r"[^a-z0-9]+", "_", _fold_ascii(text)).strip("_")[:limit].strip("_")


def norm_identifier(norm: ir.Norm) -> str:
    """Der Namensteil einer Normvariante: „§ 25 Abs. 4a S. 1 AufenthG“ → ``aufenthg_25_4a_1``.

    Das Gesetz steht vorn, „Abs.“ und „S.“ fallen weg; eine Fassung hängt ihren Namen an.
    """
    tokens = [t for t in re.findall(r"[a-z0-9]+", _fold_ascii(norm.id)) if t not in ("abs", "s", "satz")]
    laws = [i for i, t in enumerate(tokens) if not t[0].isdigit()]
    if laws:
        tokens.insert(0, tokens.pop(laws[-1]))
    name = identifier("_".join(tokens)) or "norm"
    if norm.fassung is not None:
        name += "__" + (identifier(norm.fassung.name, 32) or "fassung")
    return name


# ------------------------------------------------------------- Quelltext von Daten


class Code:
    """Ein Stück Code, das der Generator selbst schreibt (ein Bezeichner), kein Text aus einer Norm."""

    __slots__ = ("text",)

    def __init__(self, text: str):
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", text):
            raise ValueError(f"kein Bezeichner: {text!r}")
        self.text = text


_ENUMS = {cls.__name__: cls for cls in (vocabulary.Action, Geltung, Grade, MerkmalType, NodeKind, vocabulary.NormKind,
                                       vocabulary.Occasion, vocabulary.Operator)}
_DATA_CLASSES = {cls.__name__: cls for cls in P.CLASSES if cls.__name__ in GENERATED_CODE_IMPORTS}
# Datenklassen, die mit Namen statt mit Position geschrieben werden (lesbarer bei vielen Feldern).
_BY_KEYWORD = {"NormProgram", "GeneratedNorm", "CorpusProgram", "Rule", "Vorschrift", "MerkmalInfo", "Nebenfolge",
               "Kriterium", "Fassung", "Wortlaut"}


def _string_source(text: str, indent: int) -> str:
    """Ein langer Text als Folge von Stücken in Klammern (implizite Verkettung), je Stück eine Zeile."""
    chunks, current = [], ""
    for char in text:
        if len(repr(current + char)) > 100:
            chunks.append(current)
            current = ""
        current += char
    chunks.append(current)
    pad = " " * (indent + 4)
    return "(\n" + "\n".join(pad + repr(c) for c in chunks) + "\n" + " " * indent + ")"


def source(value: Any, indent: int = 0, start: int | None = None) -> str:
    """Quelltext eines Werts aus Literalen, Aufzählungen des Vokabulars und Datenklassen des Programms.

    ``indent`` ist die Einrückung der Zeile, ``start`` die Spalte, in der der Wert
    beginnt (Standard: ``indent``). Passt der Wert samt einer kurzen Endung (``,``,
    ``]``, ``):``) nicht mehr in die Zeile, wird er umbrochen: ein Glied je Zeile,
    lange Texte in Stücken.
    """
    column = indent if start is None else start
    flat = _flat(value)
    if flat is not None and column + len(flat) <= MAX_LINE - 8:
        return flat
    pad = " " * (indent + 4)
    inner = indent + 4
    if isinstance(value, str):
        return _string_source(value, indent)
    if _is_program(value):
        name = _data_class_name(value)
        fields = _field_values(value)
        if name in _BY_KEYWORD:
            items = [f"{pad}{k}={source(v, inner, inner + len(k) + 1)}," for k, v in fields]
        else:
            items = [pad + source(v, inner) + "," for _k, v in fields]
        return f"{name}(\n" + "\n".join(items) + "\n" + " " * indent + ")"
    if isinstance(value, (tuple, list)):
        items = [pad + source(v, inner) + "," for v in value]
        return "(\n" + "\n".join(items) + "\n" + " " * indent + ")"
    if isinstance(value, dict):
        items = [pad + _key(k) + ": " + source(v, inner, inner + len(_key(k)) + 2) + "," for k, v in value.items()]
        return "{\n" + "\n".join(items) + "\n" + " " * indent + "}"
    return literal(value)


def _key(key: Any) -> str:
    if isinstance(key, bool) or not isinstance(key, (str, int)):
        raise TypeError("Schlüssel im erzeugten Code müssen Texte oder Zahlen sein")
    return literal(key)


def _is_program(value: Any) -> bool:
    """Ist der Wert ein Objekt des Programms (``runtime.program``)? Geprüft vor Tupeln: Es sind benannte Tupel."""
    return type(value) in P.CLASSES


def _data_class_name(value: Any) -> str:
    name = type(value).__name__
    if _DATA_CLASSES.get(name) is not type(value):
        raise TypeError(f"keine Datenklasse des Programms: {name}")
    return name


def _field_values(value: Any) -> list[tuple[str, Any]]:
    return [(name, getattr(value, name)) for name in type(value)._fields]


def _flat(value: Any) -> str | None:
    """Der Wert in einer Zeile (oder None, wenn ein Text darin über eine Zeile hinaus reicht)."""
    if isinstance(value, Code):
        return value.text
    if isinstance(value, enum.Enum):
        name = type(value).__name__
        if _ENUMS.get(name) is not type(value) or name not in GENERATED_CODE_IMPORTS:
            raise TypeError(f"keine Aufzählung des Vokabulars: {name}")
        return f"{name}.{value.name}"
    if isinstance(value, str):
        return repr(value) if len(repr(value)) <= MAX_LINE - 60 else None
    if _is_program(value):
        name = _data_class_name(value)
        args = []
        for field_name, field_value in _field_values(value):
            inner = _flat(field_value)
            if inner is None:
                return None
            args.append(f"{field_name}={inner}" if name in _BY_KEYWORD else inner)
        return f"{name}(" + ", ".join(args) + ")"
    if isinstance(value, (tuple, list)):
        parts = [_flat(v) for v in value]
        if any(p is None for p in parts):
            return None
        return f"({parts[0]},)" if len(parts) == 1 else "(" + ", ".join(p for p in parts if p is not None) + ")"
    if isinstance(value, dict):
        entries = []
        for k, v in value.items():
            inner = _flat(v)
            if inner is None:
                return None
            entries.append(f"{_key(k)}: {inner}")
        return "{" + ", ".join(entries) + "}"
    return literal(value)


# ------------------------------------------------------------------- Schreiber


class CodeWriter:
    """Schreibt Python-Quelltext: eine Zeile je Aufruf, eingerückt nach dem Kontext."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.level = 0

    @property
    def pad(self) -> str:
        return "    " * self.level

    def line(self, text: str = "") -> None:
        """Eine Zeile auf der aktuellen Stufe. Folgezeilen eines umbrochenen Ausdrucks bringen ihre Einrückung mit."""
        if not text:
            self.lines.append("")
            return
        first, *rest = text.split("\n")
        self.lines.append(self.pad + first)
        self.lines.extend(rest)

    def comment(self, *parts: str) -> None:
        """Eine Kommentarzeile aus Normtext; so gekürzt, dass sie in ``MAX_LINE`` passt."""
        room = MAX_LINE - len(self.pad) - 2
        text = "  ".join(p for p in parts if p)
        self.lines.append(f"{self.pad}# {comment(text, room)}")

    @contextlib.contextmanager
    def indent(self, levels: int = 1) -> Iterator[None]:
        self.level += levels
        try:
            yield
        finally:
            self.level -= levels

    def text(self) -> str:
        """Der Quelltext. Texte, Werte und Kommentare passen in ``MAX_LINE``; nur die Einrückung sehr tief
        verschachtelter Bedingungen (weit tiefer als jede Norm des Korpus) kann eine Zeile länger machen."""
        return "\n".join(self.lines) + "\n"


# ------------------------------------------------------------ Nummerierung


class Numbered:
    """Ein Knoten des eingesetzten, nummerierten Bedingungsbaums einer Normvariante."""

    __slots__ = ("children", "citations", "comparison", "id", "kind", "label", "merkmal", "place")

    def __init__(self, node_id: int, kind: NodeKind, label: str, citations: tuple[str, ...], place: str):
        self.id = node_id
        self.kind = kind
        self.label = label
        self.citations = citations
        self.children: list[Numbered | None] = []
        self.merkmal: str | None = None
        self.comparison: P.Comparison | None = None
        self.place = place

    def walk(self) -> Iterator[Numbered]:
        stack: list[Numbered] = [self]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed([c for c in node.children if c is not None]))

    def program_node(self) -> P.Node:
        return P.Node(self.kind, self.label, self.citations, tuple(c.id if c else None for c in self.children),
                      self.merkmal, self.comparison, self.place)


class NumberedRule:
    __slots__ = ("atypisch", "ausnahmen", "condition", "id", "rule")

    def __init__(self, node_id: int, rule: ir.Rule):
        self.id = node_id
        self.rule = rule
        self.condition: Numbered | None = None
        self.ausnahmen: list[tuple[Numbered, tuple[str, ...]]] = []
        self.atypisch: Numbered | None = None

    def conditions(self) -> Iterator[Numbered]:
        if self.condition is not None:
            yield self.condition
        yield from (a for a, _cites in self.ausnahmen)
        if self.atypisch is not None:
            yield self.atypisch


class NumberedVorschrift:
    __slots__ = ("applied", "condition", "rules")

    def __init__(self, applied: ir.AppliedVorschrift, condition: Numbered | None, rules: list[NumberedRule]):
        self.applied = applied
        self.condition = condition
        self.rules = rules


def _runtime_value(compare: ir.Compare) -> P.CompareValue:
    """Der Vergleichswert, wie die Laufzeit ihn vergleicht: Monate, Zahl, ISO-Datum, Text(e)."""
    value = compare.value
    if isinstance(value, ir.DurationValue):
        return value.months
    if isinstance(value, ir.CountValue):
        return value.count
    if isinstance(value, ir.DateValue):
        return value.day.isoformat()
    if compare.op in (vocabulary.Operator.IN, vocabulary.Operator.NOT_IN):
        return value.options
    return value.options[0]


class NumberedNorm:
    """Eine Normvariante mit eingesetzten Begriffen und nummerierten Knoten."""

    def __init__(self, norm: ir.Norm, corpus: ir.CorpusIR):
        self.norm = norm
        self.corpus = corpus
        self.begriffe = corpus.begriff_map
        self.count = 0
        self.merkmale: set[str] = set()
        self.thresholds: dict[str, set[Any]] = {}
        self.tatbestand = self.condition(norm.tatbestand) if norm.tatbestand is not None else None
        self.rules = [self.rule(r) for r in norm.rules]
        self.vorschriften = []
        for applied in norm.vorschriften:
            condition = self.condition(applied.condition) if applied.condition is not None else None
            self.vorschriften.append(NumberedVorschrift(applied, condition, [self.rule(r) for r in applied.rules]))
        self.nebenfolgen = [(n, self.condition(n.condition) if n.condition is not None else None)
                            for n in norm.nebenfolgen]
        self.kriterien = [(k, self.condition(k.condition) if k.condition is not None else None)
                          for k in norm.ermessenskriterien]
        self.name = norm_identifier(norm)

    def new_id(self) -> int:
        self.count += 1
        return self.count - 1

    def rule(self, rule: ir.Rule) -> NumberedRule:
        numbered = NumberedRule(self.new_id(), rule)
        numbered.condition = self.condition(rule.condition) if rule.condition is not None else None
        numbered.ausnahmen = [(self.condition(a.condition), a.citations) for a in rule.ausnahmen]
        numbered.atypisch = self.condition(rule.atypisch) if rule.atypisch is not None else None
        return numbered

    def condition(self, cond: ir.Condition) -> Numbered:
        """Nummeriert einen Bedingungsbaum (Eltern vor Kindern) und setzt Begriffe ein – ohne Rekursion."""
        root: Numbered | None = None
        # (IR-Knoten, Elternknoten, Platz unter dem Elternknoten)
        stack: list[tuple[ir.Condition | None, Numbered | None, int]] = [(cond, None, 0)]
        while stack:
            item, parent, slot = stack.pop()
            node = None if item is None else self._node(item)
            if parent is None:
                root = node
            else:
                parent.children[slot] = node
            if item is None or node is None:
                continue
            parts: Sequence[ir.Condition | None]
            if isinstance(item, ir.BegriffRef):
                parts = ir.begriff_parts(self.begriffe[item.name])
            else:
                parts = ir.children_of(item)
            node.children = [None] * len(parts)
            stack.extend((part, node, i) for i, part in reversed(list(enumerate(parts))))
        assert root is not None
        return root

    def _node(self, cond: ir.Condition) -> Numbered:
        kind = ir.kind_of(cond)
        node = Numbered(self.new_id(), kind, printer.label(cond), cond.citations, str(cond.span))
        if isinstance(cond, (ir.Fact, ir.Compare)):
            node.merkmal = cond.merkmal
            self.merkmale.add(cond.merkmal)
        if isinstance(cond, ir.Compare):
            value = _runtime_value(cond)
            node.comparison = P.Comparison(cond.op, value)
            self.thresholds.setdefault(cond.merkmal, set()).update(value if isinstance(value, tuple) else (value,))
        return node

    # --- Abgeleitetes

    def all_rules(self) -> list[NumberedRule]:
        return self.rules + [r for v in self.vorschriften for r in v.rules]

    def roots(self) -> Iterator[Numbered]:
        if self.tatbestand is not None:
            yield self.tatbestand
        for rule in self.rules:
            yield from rule.conditions()
        for v in self.vorschriften:
            if v.condition is not None:
                yield v.condition
            for rule in v.rules:
                yield from rule.conditions()
        yield from (c for _n, c in self.nebenfolgen if c is not None)
        yield from (c for _k, c in self.kriterien if c is not None)

    def checkpoints(self) -> list[Numbered]:
        """Die Bedingungen, aus denen ``entscheiden`` das Ergebnis zusammensetzt (Prüfpunkte)."""
        found: list[Numbered] = []
        for r in self.rules:
            found.extend(r.conditions())
        for v in self.vorschriften:
            if v.applied.mode is Geltung.ABWEICHEND and v.condition is None:
                continue
            if v.condition is not None:
                found.append(v.condition)
            for r in v.rules:
                found.extend(r.conditions())
        if self.tatbestand is not None:
            found.append(self.tatbestand)
        return found

    def domains(self) -> tuple[P.Domain, ...]:
        out = []
        for name in sorted(self.merkmale):
            merkmal = self.corpus.merkmal(name)
            kind = merkmal.type
            values: tuple[P.FactValue, ...]
            if kind is MerkmalType.BOOL:
                values = (True, False)
            elif kind is MerkmalType.CHOICE:
                values = merkmal.values
            else:
                values = representatives(kind, self.thresholds.get(name, set()))
            out.append(P.Domain(name, kind, values))
        return tuple(out)

    def program(self) -> P.NormProgram:
        table: list[P.Node | None] = [None] * self.count
        for root in self.roots():
            for node in root.walk():
                table[node.id] = node.program_node()
        for rule in self.all_rules():
            table[rule.id] = P.Node(NodeKind.REGEL, printer.rule_text(rule.rule), rule.rule.citations,
                                    place=str(rule.rule.span))
        assert all(entry is not None for entry in table), "Knotentabelle unvollständig"
        norm = self.norm
        fassung = None
        if norm.fassung is not None:
            f = norm.fassung
            fassung = P.Fassung(f.name, f.ab.isoformat(), _iso(f.bis), _iso(f.stand), f.citations,
                                f.unmodelled_before, f.undated_change)
        return P.NormProgram(
            id=norm.id, title=norm.title, kind=norm.kind, action=norm.action, file=norm.module,
            citations=norm.citations, description=norm.description,
            nodes=tuple(n for n in table if n is not None),
            checkpoints=tuple(dict.fromkeys(c.id for c in self.checkpoints())),
            tatbestand=self.tatbestand.id if self.tatbestand is not None else None,
            tatbestand_citations=norm.tatbestand_citations,
            rules=tuple(_program_rule(r) for r in self.rules),
            vorschriften=tuple(P.Vorschrift(v.applied.id, v.applied.title, v.applied.mode,
                                            v.condition.id if v.condition is not None else None,
                                            v.applied.citations, tuple(_program_rule(r) for r in v.rules))
                               for v in self.vorschriften),
            nebenfolgen=tuple(P.Nebenfolge(n.key, n.text, n.on, c.id if c else None, printer.one_line(n.condition),
                                           n.citations) for n, c in self.nebenfolgen),
            kriterien=tuple(P.Kriterium(k.text, c.id if c else None, printer.one_line(k.condition), k.citations)
                            for k, c in self.kriterien),
            wortlaut=tuple(P.Wortlaut(w.lines, w.citations) for w in norm.wortlaut),
            domains=self.domains(),
            fassung=fassung,
        )


def _iso(day: datetime.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _program_rule(rule: NumberedRule) -> P.Rule:
    r = rule.rule
    return P.Rule(rule.id, r.grade, r.action, printer.rule_text(r), r.citations,
                  rule.condition.id if rule.condition is not None else None,
                  tuple(P.Ausnahme(a.id, cites) for a, cites in rule.ausnahmen),
                  rule.atypisch.id if rule.atypisch is not None else None, r.source, str(r.span))


def representatives(kind: MerkmalType, thresholds: set[Any]) -> tuple[P.FactValue, ...]:
    """Je ein Wert aus jedem Bereich, den die Schwellen eines Merkmals unterscheiden.

    Zwei Werte im selben Bereich verhalten sich in jeder Bedingung der Norm
    gleich; für die Frage „kann dieses Merkmal das Ergebnis noch ändern?“
    genügt daher ein Vertreter je Bereich.
    """
    if kind is MerkmalType.DATE:
        days = sorted({datetime.date.fromisoformat(t).toordinal() for t in thresholds})
        points = _points(days, integral=True, floor=None)
        return tuple(datetime.date.fromordinal(int(p)).isoformat() for p in points)
    return tuple(_points(sorted(set(thresholds)), integral=(kind is MerkmalType.COUNT), floor=0))


def _points(thresholds: list[int], integral: bool, floor: int | None) -> list[int | fractions.Fraction]:
    """Schwellen t1 < … < tn → je ein Punkt unter t1, jede Schwelle, je einer dazwischen, einer über tn.

    Alles exakt: ganze Zahlen, zwischen zwei Schwellen einer Dauer ein Bruch.
    """
    if not thresholds:
        return [floor if floor is not None else 0]
    points: set[int | fractions.Fraction] = set(thresholds)
    below = thresholds[0] - 1
    if floor is None or below >= floor:
        points.add(below)
    elif thresholds[0] > floor:
        points.add(floor if integral else fractions.Fraction(floor + thresholds[0], 2))
    for a, b in itertools.pairwise(thresholds):
        if not integral:
            points.add(fractions.Fraction(a + b, 2))
        elif b - a > 1:
            points.add(a + 1)
    points.add(thresholds[-1] + 1)
    return sorted(points)


# ------------------------------------------------------- zweiwertige Ausdrücke


# Platz, den eine Zeile vor einem Ausdruck höchstens braucht („if grade < SOLL and (“, „return True if “ …).
_PREFIX = 60


def _leaf(node: Numbered, indent: int) -> str:
    """Ein Merkmal oder Vergleich: ``F['Name']`` oder ``F['Name'] >= 18.0`` – umbrochen, wenn es lang ist."""
    assert node.merkmal is not None
    comparison = node.comparison
    name_flat = _flat(node.merkmal)
    value_flat = _flat(comparison.value) if comparison is not None else ""
    if name_flat is not None and value_flat is not None:
        flat = f"F[{name_flat}]" + (f" {comparison.op.symbol} {value_flat}" if comparison is not None else "")
        if 4 * indent + len(flat) <= MAX_LINE - _PREFIX:
            return flat
    inner = 4 * (indent + 1)
    text = "(\n" + " " * inner + "F[" + source(node.merkmal, inner, inner + 2) + "]"
    if comparison is not None:
        symbol = comparison.op.symbol
        text += "\n" + " " * inner + symbol + " " + source(comparison.value, inner, inner + len(symbol) + 1)
    return text + "\n" + " " * (4 * indent) + ")"


def expr2(node: Numbered, indent: int) -> str:
    """Zweiwertiger Ausdruck mit Kurzschluss (für ``entscheiden``).

    ``indent`` ist die Stufe der Zeile, in der der Ausdruck beginnt; seine erste Zeile
    ist kurz genug für einen Vorspann von ``_PREFIX`` Zeichen, Folgezeilen stehen tiefer.
    """
    kind = node.kind
    if kind.is_leaf:
        return _leaf(node, indent)
    if kind is NodeKind.NICHT:
        return f"not ({expr2(_only(node.children[0]), indent)})"
    if kind is NodeKind.BEGRIFF:
        parts = [p for p in (node.children[1], node.children[0]) if p is not None]
        return _join("or", parts, indent, f"Begriff »{node.label}«")
    if kind is NodeKind.ALLE:
        return _join("and", node.children, indent, node.label)
    if kind is NodeKind.MINDESTENS:
        return _join("or", node.children, indent, node.label)
    return "not " + _join("or", node.children, indent, node.label)


def _only(node: Numbered | None) -> Numbered:
    assert node is not None
    return node


def conjunction(parts: Sequence[str], indent: int) -> str:
    """„und“ über Ausdrücke, die auf Stufe ``indent + 1`` geschrieben sind; bei mehreren je einer in einer Zeile."""
    if len(parts) == 1:
        return parts[0]
    inner = "    " * (indent + 1)
    lines = [inner + ("" if i == 0 else "and ") + part for i, part in enumerate(parts)]
    return "(\n" + "\n".join(lines) + "\n" + "    " * indent + ")"


def _join(op: str, children: Sequence[Numbered | None], indent: int, label: str) -> str:
    inner = "    " * (indent + 1)
    room = MAX_LINE - len(inner) - 2
    lines = [f"(\n{inner}# {comment(label, room)}"]
    for i, child in enumerate(c for c in children if c is not None):
        if child.citations:
            lines.append(f"{inner}# {comment(_cites(child.citations), room)}")
        lines.append(f"{inner}{'' if i == 0 else op + ' '}{expr2(child, indent + 1)}")
    return "\n".join(lines) + "\n" + "    " * indent + ")"


def _cites(citations: Sequence[str]) -> str:
    return "[" + "; ".join(citations) + "]" if citations else ""


# ----------------------------------------------------------- dreiwertige Werte


class ValuesWriter:
    """Schreibt den Rumpf von ``werte``: dreiwertig (Kleene) mit Kurzschluss.

    „alle folgenden“ hört beim ersten „nein“ auf, „mindestens eines“ beim
    ersten „ja“; ein unbekanntes Kind entscheidet nichts und die Auswertung
    geht weiter. Nicht ausgewertete Knoten behalten in ``V`` den Wert
    ``NICHT_AUSGEWERTET``. Jeder Knoten steht in einer lokalen Variable
    ``v<Nummer>`` und in ``V[Nummer]``.
    """

    def __init__(self, writer: CodeWriter):
        self.w = writer

    def emit(self, node: Numbered) -> str:
        w = self.w
        i = node.id
        name = f"v{i}"
        w.comment(f"[{i}] {node.label}", _cites(node.citations))
        kind = node.kind
        if kind is NodeKind.MERKMAL:
            assert node.merkmal is not None
            head = f"{name} = V[{i}] = F["
            w.line(f"{head}{source(node.merkmal, len(w.pad), len(w.pad) + len(head))}]")
        elif kind is NodeKind.VERGLEICH:
            assert node.merkmal is not None and node.comparison is not None
            w.line(f"x = F[{source(node.merkmal, len(w.pad), len(w.pad) + 6)}]")
            head = f"{name} = V[{i}] = None if x is None else x {node.comparison.op.symbol} "
            w.line(head + source(node.comparison.value, len(w.pad), len(w.pad) + len(head)))
        elif kind is NodeKind.NICHT:
            inner = self.emit(_only(node.children[0]))
            w.line(f"{name} = V[{i}] = None if {inner} is None else not {inner}")
        elif kind is NodeKind.ALLE:
            self._fold(name, node.children, stop=False)
            w.line(f"V[{i}] = {name}")
        elif kind in (NodeKind.MINDESTENS, NodeKind.KEINES):
            self._fold(name, node.children, stop=True)
            if kind is NodeKind.KEINES:
                w.line(f"{name} = None if {name} is None else not {name}")
            w.line(f"V[{i}] = {name}")
        else:  # Begriff
            definition, regel, gegen = node.children
            self._fold(name, [p for p in (regel, definition) if p is not None], stop=True)
            w.line(f"V[{i}] = {name}")
            if gegen is not None:
                # Gegenbeispiele erklären nur, warum der Begriff nicht vorliegt.
                w.line(f"if {name} is not True:")
                with w.indent():
                    self.emit(gegen)
        return name

    def _fold(self, name: str, children: Sequence[Numbered | None], stop: bool) -> None:
        """Kleene-Und (stop=False: hört bei nein auf) oder -Oder (stop=True: hört bei ja auf)."""
        w = self.w
        w.line(f"{name} = {'False' if stop else 'True'}")
        for k, child in enumerate(c for c in children if c is not None):
            with contextlib.ExitStack() as stack:
                if k:
                    w.line(f"if {name} is not {stop}:")
                    stack.enter_context(w.indent())
                self._settle(name, self.emit(child), when=stop, then=stop)

    def _settle(self, name: str, value: str, when: bool, then: bool) -> None:
        """``name`` wird ``then``, wenn ``value`` ``when`` ist, und unbekannt, wenn ``value`` unbekannt ist."""
        w = self.w
        w.line(f"if {value} is {when}:")
        with w.indent():
            w.line(f"{name} = {then}")
        w.line(f"elif {value} is None:")
        with w.indent():
            w.line(f"{name} = None")

    def rule(self, rule: NumberedRule) -> None:
        w = self.w
        name = f"r{rule.id}"
        w.comment(f"[{rule.id}] Regel: {printer.rule_text(rule.rule)}", _cites(rule.rule.citations))
        if rule.condition is not None:
            w.line(f"{name} = {self.emit(rule.condition)}")
        else:
            w.line(f"{name} = True")
        for ausnahme, _citations in rule.ausnahmen:
            w.line(f"if {name} is not False:  # es sei denn …")
            with w.indent():
                self._settle(name, self.emit(ausnahme), when=True, then=False)
        w.line(f"V[{rule.id}] = {name}")
        if rule.atypisch is not None:
            w.line(f"if {name} is not False:  # atypischer Fall")
            with w.indent():
                self.emit(rule.atypisch)


# ------------------------------------------------------------ Entscheidung


def _decide(w: CodeWriter, norm: NumberedNorm, name: str, param: str, combine: bool, doc: str) -> None:
    """Die Entscheidungslogik einer Norm.

    Dieselbe Funktion schreibt ``entscheiden`` (Bedingungen als Ausdrücke über den
    Fakten ``F``) und ``kombinieren`` (Bedingungen als fertige Wahrheitswerte
    ``W[nummer]``). So haben beide dieselbe Struktur.
    """
    def render(cond: Numbered, level: int | None = None) -> str:
        """Die Bedingung als Ausdruck, der auf Stufe ``level`` (Standard: die aktuelle) hinter einem Vorspann steht."""
        return f"W[{cond.id}]" if combine else expr2(cond, w.level if level is None else level)

    def fires(rule: NumberedRule, guard: Numbered | None = None) -> str:
        """Greift die Regel? Ihre Bedingung und nicht ihre Ausnahmen (und nicht die Abweichung ``guard``)."""
        inner = w.level + 1
        parts = [f"not ({render(guard, inner)})"] if guard is not None else []
        parts.append(render(rule.condition, inner) if rule.condition is not None else "True")
        parts += [f"not ({render(ausnahme, inner)})" for ausnahme, _cites_ in rule.ausnahmen]
        if len(parts) == 1 and rule.condition is not None:
            return render(rule.condition)
        return conjunction(parts, w.level)

    all_rules = norm.all_rules()
    needs_cap = any(v.applied.mode is Geltung.ERMESSEN for v in norm.vorschriften) or any(
        r.rule.grade is Grade.REGELVERSAGUNG for r in all_rules)

    def versagt(rule: NumberedRule) -> None:
        """Was gilt, wenn der Versagungsgrund greift und nicht nur das Ermessen öffnet."""
        if rule.rule.grade is Grade.REGELVERSAGUNG:
            atyp = render(rule.atypisch) if rule.atypisch is not None else "False"
            w.line(f"if not ({atyp}):  # atypischer Fall")
            with w.indent():
                w.line("return VERSAGT")
            w.line("cap = ERMESSEN")
        else:
            w.line("return VERSAGT")

    def refusal(rule: NumberedRule, guard: Numbered | None = None, mode: Geltung = Geltung.GILT,
                discretion: Numbered | None = None) -> None:
        w.comment(printer.rule_text(rule.rule), _cites(rule.rule.citations))
        for _a, cites in rule.ausnahmen:
            w.comment("es sei denn …", _cites(cites))
        w.line(f"if {fires(rule, guard)}:")
        with w.indent():
            if mode is Geltung.ERMESSEN and discretion is None:
                w.line("cap = ERMESSEN")
            elif mode is Geltung.ERMESSEN:
                assert discretion is not None
                w.line(f"if {render(discretion)}:  # nach Ermessen abweichend, wenn …")
                with w.indent():
                    w.line("cap = ERMESSEN")
                w.line("else:")
                with w.indent():
                    versagt(rule)
            else:
                versagt(rule)

    w.line(f"def {name}({param}):")
    with w.indent():
        w.line(docstring(norm.norm.id + " – " + doc, len(w.pad)))
        if needs_cap:
            w.line("cap = ANSPRUCH  # höchster noch möglicher Grad")
        w.line("# --- Versagungsgründe der Norm")
        for rule in norm.rules:
            if rule.rule.grade.is_refusal:
                refusal(rule)
        w.line("# --- Allgemeine Vorschriften")
        for v in norm.vorschriften:
            applied = v.applied
            label = f"{applied.id} ({applied.title}): {applied.mode.value}"
            if applied.mode is Geltung.ABWEICHEND and v.condition is None:
                w.comment(label + " – gilt hier nicht", _cites(applied.citations))
                continue
            w.comment(label, _cites(applied.citations))
            guard = v.condition if applied.mode is Geltung.ABWEICHEND else None
            discretion = v.condition if applied.mode is Geltung.ERMESSEN else None
            for rule in v.rules:
                refusal(rule, guard=guard, mode=applied.mode, discretion=discretion)
        if norm.tatbestand is not None:
            w.comment("--- Tatbestand", _cites(norm.norm.tatbestand_citations))
            w.line(f"if not ({render(norm.tatbestand)}):")
            with w.indent():
                w.line("return NICHT_ERFUELLT")
        w.line("# --- Rechtsfolgen, stärkste zuerst")
        w.line("grade = NICHT_ERFUELLT")
        grants = sorted((r for r in norm.rules if r.rule.grade.is_grant), key=lambda r: r.rule.grade.strength)
        for rule in grants:
            grade = rule.rule.grade
            w.comment(printer.rule_text(rule.rule), _cites(rule.rule.citations))
            if grade is Grade.ANSPRUCH:
                w.line(f"if {fires(rule)}:")
                with w.indent():
                    w.line("return ANSPRUCH if cap >= ANSPRUCH else cap" if needs_cap else "return ANSPRUCH")
            elif grade in (Grade.SOLL, Grade.REGELANSPRUCH):
                w.line(f"if grade < SOLL and {fires(rule)}:")
                with w.indent():
                    atyp = render(rule.atypisch) if rule.atypisch is not None else "False"
                    w.line(f"if not ({atyp}):  # atypischer Fall")
                    with w.indent():
                        w.line("return SOLL if cap >= SOLL else cap" if needs_cap else "return SOLL")
                    w.line("grade = ERMESSEN")
            else:
                w.line(f"if grade < ERMESSEN and {fires(rule)}:")
                with w.indent():
                    w.line("grade = ERMESSEN")
        w.line("return grade if grade < cap else cap" if needs_cap else "return grade")


def _values(w: CodeWriter, norm: NumberedNorm) -> None:
    w.line(f"def werte_{norm.name}(F, V):")
    with w.indent():
        w.line(docstring(norm.norm.id + " – dreiwertige Werte (True/False/None) mit Kurzschluss nach V.", len(w.pad)))
        writer = ValuesWriter(w)
        if norm.tatbestand is not None:
            w.line("# --- Tatbestand")
            writer.emit(norm.tatbestand)
        for rule in norm.rules:
            writer.rule(rule)
        for v in norm.vorschriften:
            w.comment(f"--- {v.applied.id}: {v.applied.mode.value}")
            if v.condition is not None:
                writer.emit(v.condition)
            for rule in v.rules:
                writer.rule(rule)


def _conditions(w: CodeWriter, norm: NumberedNorm) -> dict[int, Code]:
    """Je Prüfpunkt, Nebenfolge und Ermessenskriterium eine zweiwertige Funktion ``bedingung_<norm>_<nummer>(F)``."""
    names: dict[int, Code] = {}
    items = norm.checkpoints() + [c for _n, c in norm.nebenfolgen if c] + [c for _k, c in norm.kriterien if c]
    for cond in items:
        if cond.id in names:
            continue
        name = f"bedingung_{norm.name}_{cond.id}"
        names[cond.id] = Code(name)
        w.line(f"def {name}(F):")
        with w.indent():
            w.comment(cond.label, _cites(cond.citations))
            w.line(f"return True if {expr2(cond, w.level)} else False")
        w.line()
        w.line()
    return names


# -------------------------------------------------------------------- Module

RUNTIME_PACKAGE = "lexdsl.runtime"


def _import_runtime(w: CodeWriter, runtime: str) -> None:
    """Die Importzeile des erzeugten Codes: genau die Namen, die die Laufzeit ihm gibt."""
    w.line(f"from {runtime} import (  # noqa: F401 – die Namen, die die Laufzeit dem erzeugten Code gibt")
    with w.indent():
        for k in range(0, len(GENERATED_CODE_IMPORTS), 8):
            w.line(", ".join(GENERATED_CODE_IMPORTS[k:k + 8]) + ",")
    w.line(")")


def generate_module(path: str, source_hash: str, corpus: ir.CorpusIR, runtime: str = RUNTIME_PACKAGE) -> str:
    """Das erzeugte Python-Modul einer Normdatei."""
    w = CodeWriter()
    w.comment(f"Erzeugt von lexdsl (Generator {GENERATOR_VERSION}) aus {path}")
    w.comment(f"Quelle sha256: {source_hash}")
    w.line("# Nicht von Hand ändern: Die Datei wird aus der Normdatei neu erzeugt.")
    w.line(docstring(f"Übersetzte Normen aus {path}.", 0))
    w.line()
    _import_runtime(w, runtime)
    w.line()
    w.line(f"QUELLE = {source(path, 9)}")
    w.line(f"QUELLE_SHA256 = {literal(source_hash)}")
    w.line()
    entries: list[tuple[str, dict[int, Code]]] = []
    used: set[str] = set()
    for norm in (n for n in corpus.normen if n.module == path):
        numbered = NumberedNorm(norm, corpus)
        base, k = numbered.name, 2
        while numbered.name in used:
            numbered.name, k = f"{base}_{k}", k + 1
        used.add(numbered.name)
        n = numbered.name
        fassung = f" – Fassung {norm.fassung.name}" if norm.fassung else ""
        w.line()
        w.line(f"# {'=' * 76}")
        w.comment(f"{norm.id}{fassung}: {norm.title}", _cites(norm.citations))
        w.line(f"# {'=' * 76}")
        w.line()
        _decide(w, numbered, f"entscheiden_{n}", "F", False, "Ergebnis ohne Begründung (zweiwertig, mit Kurzschluss).")
        w.line()
        w.line()
        _decide(w, numbered, f"kombinieren_{n}", "W", True,
                "dieselbe Logik über fertigen Prüfpunkten W[nummer] (für offene Fälle).")
        w.line()
        w.line()
        _values(w, numbered)
        w.line()
        w.line()
        conditions = _conditions(w, numbered)
        w.line(f"PROGRAMM_{n} = {source(numbered.program())}")
        w.line()
        entries.append((n, conditions))
    w.line()
    w.line("# Die Normvarianten dieses Moduls: Programm und Funktionen")
    w.line("NORMEN = (")
    with w.indent():
        for n, conditions in entries:
            w.line("GeneratedNorm(")
            with w.indent():
                w.line(f"program=PROGRAMM_{n},")
                w.line(f"decide=entscheiden_{n},")
                w.line(f"combine=kombinieren_{n},")
                w.line(f"values=werte_{n},")
                w.line(f"conditions={source(conditions, len(w.pad), len(w.pad) + 11)},")
            w.line("),")
    w.line(")")
    return w.text()


def generate_init(corpus: ir.CorpusIR, key: str, runtime: str = RUNTIME_PACKAGE) -> str:
    """``__init__.py`` des erzeugten Pakets: Schlüssel, Module und das Vokabular des Korpus."""
    names = module_names(corpus.modules)
    used_by: dict[str, list[str]] = {}
    for norm in corpus.normen:
        for name in ir.merkmale_of(norm, corpus):
            users = used_by.setdefault(name, [])
            if norm.id not in users:  # Fassungen derselben Norm zählen einmal
                users.append(norm.id)
    program = P.CorpusProgram(
        key=key,
        modules=tuple(names[p] for p in corpus.modules),
        sources=tuple(corpus.modules),
        merkmale=tuple(P.MerkmalInfo(m.name, m.type, m.values, m.description, m.citations, m.module,
                                     tuple(used_by.get(m.name, ()))) for m in corpus.merkmale),
        begriffe=tuple(P.BegriffInfo(b.name, b.description, b.citations, b.module, str(b.span))
                       for b in corpus.begriffe),
        vorschriften=tuple(P.VorschriftInfo(v.id, v.title) for v in corpus.vorschriften),
    )
    w = CodeWriter()
    w.line(f"# Erzeugt von lexdsl (Generator {GENERATOR_VERSION}) – Korpus aus {len(corpus.modules)} Normdatei(en).")
    w.line("# Nicht von Hand ändern.")
    w.line('"""Übersetztes Normenkorpus."""')
    w.line()
    _import_runtime(w, runtime)
    w.line()
    w.line(f"KORPUS = {source(program)}")
    return w.text()


def generate_package(corpus: ir.CorpusIR, hashes: Mapping[str, str], key: str,
                     runtime: str = RUNTIME_PACKAGE) -> dict[str, str]:
    """Alle erzeugten Dateien des Korpus: ``__init__.py`` und ein Modul je Normdatei.

    ``hashes``: Pfad → sha256 der Quelle (für die Kopfzeilen); ``runtime``: woher
    der erzeugte Code die Laufzeit importiert (``lexdsl.runtime`` oder relativ).
    """
    names = module_names(corpus.modules)
    files = {f"{names[path]}.py": generate_module(path, hashes[path], corpus, runtime) for path in corpus.modules}
    files["__init__.py"] = generate_init(corpus, key, runtime)
    return files

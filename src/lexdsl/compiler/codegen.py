"""IR → lesbarer Python-Quelltext, ein Modul je Normdatei.

Sicherheit: Text aus Normen gelangt auf genau einem Weg in den erzeugten
Code, durch ``literal(wert)``: Daten werden zu Python-Literalen. Texte gehen
durch ``repr``, Zahlen müssen endlich sein, sonst sind nur None, bool, Tupel
und dicts mit Text-Schlüsseln erlaubt; alles andere ist ein Fehler.
``docstring`` und ``comment`` bauen darauf auf: Ein Docstring ist ein solches
Literal, ein Kommentar zeigt dessen Inhalt ohne Anführungszeichen – dort ist
jeder Zeilenumbruch, jedes NUL- und Steuerzeichen bereits maskiert (``\\n``,
``\\x00``), ein Kommentar kann also nie eine neue Codezeile beginnen.

Bezeichner im erzeugten Code stammen nie aus Normtext: Funktionen heißen
nach ihrer laufenden Nummer, Module nach ``module_name`` (nur a–z, 0–9, _,
aus dem Dateinamen).
"""

from __future__ import annotations

import keyword
import math
import re
import unicodedata

from ..vocabulary import Geltung, Grade
from . import ir

GENERATOR_VERSION = "1"

# ----------------------------------------------------------- Literale, Namen


def literal(value) -> str:
    """Ein Wert als sicheres Python-Literal."""
    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, int):
        return repr(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError("nicht endliche Zahl im erzeugten Code")
        return repr(value)
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


def comment(text: str) -> str:
    """Text für einen Kommentar: der Inhalt von ``literal(text)`` ohne Anführungszeichen, höchstens 160 Zeichen."""
    return literal(str(text))[1:-1][:160]


def docstring(text: str) -> str:
    """Ein Docstring ist ein gewöhnliches Literal: Normtext darin geht durch ``literal``."""
    return literal(str(text))


def module_name(path: str) -> str:
    """Modulname aus einem Dateipfad: Kleinbuchstaben, Ziffern, Unterstrich."""
    stem = re.sub(r"\.lexdsl$", "", path.replace("\\", "/").rsplit("/", 1)[-1])
    stem = stem.replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    stem = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode("ascii").lower()
    stem = re.sub(r"[^a-z0-9_]+", "_", stem).strip("_") or "normen"
    if stem[0].isdigit():
        stem = "n_" + stem
    if keyword.iskeyword(stem) or not stem.isidentifier():
        stem = "m_" + stem
    return stem


def module_names(paths) -> dict[str, str]:
    """Eindeutige Modulnamen für alle Dateien (Kollisionen bekommen eine Nummer)."""
    names: dict[str, str] = {}
    used: set[str] = set()
    for path in paths:
        base = module_name(path)
        name, n = base, 2
        while name in used or name == "__init__":
            name, n = f"{base}_{n}", n + 1
        used.add(name)
        names[path] = name
    return names


# ------------------------------------------------------- zweiwertige Ausdrücke



def _fact(name: str) -> str:
    return f"F[{literal(name)}]"


def expr2(node: ir.Condition, indent: int) -> str:
    """Zweiwertiger Ausdruck mit Kurzschluss (für ``entscheiden``)."""
    if isinstance(node, ir.Fact):
        return _fact(node.merkmal)
    if isinstance(node, ir.Compare):
        return f"{_fact(node.merkmal)} {node.op.symbol} {literal(node.value)}"
    if isinstance(node, ir.Not):
        return f"not ({expr2(node.operand, indent)})"
    if isinstance(node, ir.BegriffNode):
        parts = [p for p in (node.regelbeispiele, node.definition) if p is not None]
        return _join("or", parts, indent, f"Begriff »{node.name}«")
    if isinstance(node, ir.All):
        return _join("and", node.children, indent, node.label)
    if isinstance(node, ir.AnyOf):
        return _join("or", node.children, indent, node.label)
    if isinstance(node, ir.NoneOf):
        return "not " + _join("or", node.children, indent, node.label)
    raise TypeError(type(node).__name__)  # pragma: no cover


def _join(op: str, children, indent: int, label: str) -> str:
    pad = "    " * (indent + 1)
    lines = []
    for i, child in enumerate(children):
        text = expr2(child, indent + 1)
        cites = f"  # {comment(_cites(child.citations))}" if child.citations else ""
        lines.append(f"{pad}{'' if i == 0 else op + ' '}{text}{cites}")
    return f"(  # {comment(label)}\n" + "\n".join(lines) + "\n" + "    " * indent + ")"


def _cites(citations) -> str:
    return "[" + "; ".join(citations) + "]" if citations else ""


# ----------------------------------------------------------- dreiwertige Werte


class _ValuesWriter:
    """Schreibt die Zeilen von ``werte``: dreiwertig (Kleene) mit Kurzschluss.

    „alle folgenden“ hört beim ersten „nein“ auf, „mindestens eines“ beim
    ersten „ja“; ein unbekanntes Kind entscheidet nichts und die Auswertung
    geht weiter. Nicht ausgewertete Knoten behalten in ``V`` den Wert
    ``NICHT_AUSGEWERTET``. Jeder Knoten steht in einer lokalen Variable
    ``v<Nummer>`` und in ``V[Nummer]``.
    """

    def __init__(self):
        self.lines: list[str] = []

    def line(self, indent: int, text: str) -> None:
        self.lines.append("    " * indent + text)

    def emit(self, node: ir.Condition, indent: int = 1) -> str:
        i = node.id
        name = f"v{i}"
        self.line(indent, f"# [{i}] {comment(node.label)}" + (f"  {comment(_cites(node.citations))}"
                                                               if node.citations else ""))
        if isinstance(node, ir.Fact):
            self.line(indent, f"{name} = V[{i}] = {_fact(node.merkmal)}")
        elif isinstance(node, ir.Compare):
            self.line(indent, f"x = {_fact(node.merkmal)}")
            self.line(indent, f"{name} = V[{i}] = None if x is None else x {node.op.symbol} {literal(node.value)}")
        elif isinstance(node, ir.Not):
            inner = self.emit(node.operand, indent)
            self.line(indent, f"{name} = V[{i}] = None if {inner} is None else not {inner}")
        elif isinstance(node, ir.All):
            self._fold(name, node.children, indent, stop=False)
            self.line(indent, f"V[{i}] = {name}")
        elif isinstance(node, (ir.AnyOf, ir.NoneOf)):
            self._fold(name, node.children, indent, stop=True)
            if isinstance(node, ir.NoneOf):
                self.line(indent, f"{name} = None if {name} is None else not {name}")
            self.line(indent, f"V[{i}] = {name}")
        elif isinstance(node, ir.BegriffNode):
            parts = [p for p in (node.regelbeispiele, node.definition) if p is not None]
            self._fold(name, parts, indent, stop=True)
            self.line(indent, f"V[{i}] = {name}")
            if node.gegenbeispiele is not None:
                # Gegenbeispiele erklären nur, warum der Begriff nicht vorliegt.
                self.line(indent, f"if {name} is not True:")
                self.emit(node.gegenbeispiele, indent + 1)
        else:  # pragma: no cover
            raise TypeError(type(node).__name__)
        return name

    def _fold(self, name: str, children, indent: int, stop: bool) -> None:
        """Kleene-Und (stop=False: hört bei nein auf) oder -Oder (stop=True: hört bei ja auf)."""
        neutral = "False" if stop else "True"
        self.line(indent, f"{name} = {neutral}")
        for k, child in enumerate(children):
            inner = indent
            if k:
                self.line(indent, f"if {name} is not {stop}:")
                inner = indent + 1
            value = self.emit(child, inner)
            self.line(inner, f"if {value} is {stop}:")
            self.line(inner + 1, f"{name} = {stop}")
            self.line(inner, f"elif {value} is None:")
            self.line(inner + 1, f"{name} = None")

    def rule(self, rule: ir.Rule, indent: int = 1) -> None:
        name = f"r{rule.id}"
        self.line(indent, f"# [{rule.id}] Regel: {comment(rule.text)}  {comment(_cites(rule.citations))}")
        if rule.condition is not None:
            value = self.emit(rule.condition, indent)
            self.line(indent, f"{name} = {value}")
        else:
            self.line(indent, f"{name} = True")
        for a in rule.ausnahmen:
            self.line(indent, f"if {name} is not False:  # es sei denn …")
            value = self.emit(a.condition, indent + 1)
            self.line(indent + 1, f"if {value} is True:")
            self.line(indent + 2, f"{name} = False")
            self.line(indent + 1, f"elif {value} is None:")
            self.line(indent + 2, f"{name} = None")
        self.line(indent, f"V[{rule.id}] = {name}")
        if rule.atypisch is not None:
            self.line(indent, f"if {name} is not False:  # atypischer Fall")
            self.emit(rule.atypisch, indent + 1)


# ---------------------------------------------------------------- Metadaten


def _node_table(norm: ir.Norm) -> list:
    table: list = [None] * norm.node_count

    def put(node):
        if isinstance(node, ir.Fact):
            table[node.id] = ("merkmal", node.label, node.citations, (), node.merkmal)
        elif isinstance(node, ir.Compare):
            table[node.id] = ("vergleich", node.label, node.citations, (), node.merkmal)
        elif isinstance(node, ir.Not):
            table[node.id] = ("nicht", node.label, node.citations, (node.operand.id,), None)
        elif isinstance(node, (ir.All, ir.AnyOf, ir.NoneOf)):
            kind = {ir.All: "alle", ir.AnyOf: "mindestens", ir.NoneOf: "keines"}[type(node)]
            table[node.id] = (kind, node.label, node.citations, tuple(c.id for c in node.children), None)
        elif isinstance(node, ir.BegriffNode):
            ids = tuple(p.id if p is not None else None
                        for p in (node.definition, node.regelbeispiele, node.gegenbeispiele))
            table[node.id] = ("begriff", node.label, node.citations, ids, None)

    for root in ir.norm_conditions(norm):
        for node in ir.walk(root):
            put(node)
    for rule in _all_rules(norm):
        table[rule.id] = ("regel", rule.text, rule.citations, (), None)
    assert all(entry is not None for entry in table), "Knotentabelle unvollständig"
    return table


def _comparisons(norm: ir.Norm) -> list:
    """Je Knoten (Operator, Wert) eines Vergleichs, sonst None – für die Analyse offener Fälle."""
    table: list = [None] * norm.node_count
    for root in ir.norm_conditions(norm):
        for node in ir.walk(root):
            if isinstance(node, ir.Compare):
                table[node.id] = (node.op.value, node.value)
    return table


def _locations(norm: ir.Norm) -> list:
    """Je Knoten die Stelle im Quelltext (Datei:Zeile:Spalte); so bleibt eine Bedingung über Fassungen dieselbe."""
    table: list = [None] * norm.node_count
    for root in ir.norm_conditions(norm):
        for node in ir.walk(root):
            table[node.id] = str(node.span)
    for rule in _all_rules(norm):
        table[rule.id] = str(rule.span)
    return table


def _all_rules(norm: ir.Norm):
    yield from norm.rules
    for applied in norm.vorschriften:
        yield from applied.rules


def condition_text(node: ir.Condition | None) -> str:
    """Einzeiliger Text einer Bedingung (für Vorbehalte bei Nebenfolgen)."""
    if node is None:
        return ""
    if isinstance(node, (ir.All, ir.AnyOf, ir.NoneOf)):
        joiner = " und " if isinstance(node, ir.All) else " oder "
        inner = joiner.join(condition_text(c) for c in node.children)
        return f"nicht ({inner})" if isinstance(node, ir.NoneOf) else inner
    return node.label


def _rule_data(rule: ir.Rule) -> dict:
    return {
        "id": rule.id,
        "grad": rule.grade.value,
        "handlung": rule.action.value,
        "text": rule.text,
        "fundstellen": rule.citations,
        "bedingung": rule.condition.id if rule.condition is not None else None,
        "ausnahmen": tuple((a.condition.id, a.citations) for a in rule.ausnahmen),
        "atypisch": rule.atypisch.id if rule.atypisch is not None else None,
        "quelle": rule.source,
    }


def norm_data(norm: ir.Norm, corpus: ir.Corpus) -> dict:
    types = {m.name: m.type.value for m in corpus.merkmale if m.name in set(norm.merkmale)}
    grants = [r for r in norm.rules if r.grade.is_grant]
    return {
        "id": norm.id,
        "titel": norm.title,
        "art": norm.kind.value,
        "handlung": grants[0].action.value if grants else "erteilen",
        "datei": norm.module,
        "fundstellen": norm.citations,
        "beschreibung": norm.description,
        "knotenzahl": norm.node_count,
        "knoten": tuple(_node_table(norm)),
        "vergleiche": tuple(_comparisons(norm)),
        "stellen": tuple(_locations(norm)),
        "typen": types,
        "tatbestand": norm.tatbestand.id if norm.tatbestand is not None else None,
        "tatbestand_fundstellen": norm.tatbestand_citations,
        "regeln": tuple(_rule_data(r) for r in norm.rules),
        "vorschriften": tuple(
            {
                "id": v.id,
                "titel": v.title,
                "geltung": v.mode.value,
                "bedingung": v.condition.id if v.condition is not None else None,
                "fundstellen": v.citations,
                "regeln": tuple(_rule_data(r) for r in v.rules),
            }
            for v in norm.vorschriften
        ),
        "nebenfolgen": tuple(
            {"art": n.key, "text": n.text, "bei": n.on.value, "bedingung": n.condition.id if n.condition else None,
             "bedingung_text": condition_text(n.condition), "fundstellen": n.citations}
            for n in norm.nebenfolgen
        ),
        "ermessenskriterien": tuple(
            {"text": k.text, "bedingung": k.condition.id if k.condition else None,
             "bedingung_text": condition_text(k.condition), "fundstellen": k.citations}
            for k in norm.ermessenskriterien
        ),
        "wortlaut": tuple((w.lines, w.citations) for w in norm.wortlaut),
        "merkmale": norm.merkmale,
        "domaenen": {d.merkmal: d.values for d in norm.domains},
        "pruefpunkte": tuple(dict.fromkeys(c.id for c in checkpoints(norm))),
        "fassung": None if norm.fassung is None else {
            "name": norm.fassung.name, "ab": norm.fassung.ab, "bis": norm.fassung.bis,
            "stand": norm.fassung.stand, "fundstellen": norm.fassung.citations,
        },
    }


# ------------------------------------------------------------ Entscheidung


def checkpoints(norm: ir.Norm) -> list[ir.Condition]:
    """Die Bedingungen, aus denen ``entscheiden`` das Ergebnis zusammensetzt (Prüfpunkte)."""
    found: list[ir.Condition] = []

    def rule(r: ir.Rule) -> None:
        for cond in [r.condition] + [a.condition for a in r.ausnahmen] + [r.atypisch]:
            if cond is not None:
                found.append(cond)

    for r in norm.rules:
        rule(r)
    for applied in norm.vorschriften:
        if applied.mode is Geltung.ABWEICHEND and applied.condition is None:
            continue
        if applied.condition is not None:
            found.append(applied.condition)
        for r in applied.rules:
            rule(r)
    if norm.tatbestand is not None:
        found.append(norm.tatbestand)
    return found


def _decide(norm: ir.Norm, name: str, param: str, render, doc: str) -> list[str]:
    """Die Entscheidungslogik einer Norm.

    Dieselbe Funktion erzeugt ``entscheiden`` (Bedingungen als Ausdrücke über
    den Fakten) und ``kombinieren`` (Bedingungen als fertige Wahrheitswerte
    ``W[id]``); ``render(bedingung, einrückung)`` wählt die Schreibweise. So
    haben beide dieselbe Struktur.
    """
    out = [f"def {name}({param}):", f"    {docstring(norm.id + ' – ' + doc)}"]
    needs_cap = any(v.mode is Geltung.ERMESSEN for v in norm.vorschriften) or any(
        r.grade is Grade.REGELVERSAGUNG for r in _all_rules(norm))
    if needs_cap:
        out.append("    cap = ANSPRUCH  # höchster noch möglicher Grad")

    def fires(rule: ir.Rule, indent: int) -> str:
        cond = render(rule.condition, indent) if rule.condition is not None else "True"
        for a in rule.ausnahmen:
            cond = f"({cond}) and not ({render(a.condition, indent)})"
        return cond

    def versagt(rule: ir.Rule, pad: str) -> None:
        """Was gilt, wenn der Versagungsgrund greift und nicht nur das Ermessen öffnet."""
        if rule.grade is Grade.REGELVERSAGUNG:
            atyp = render(rule.atypisch, len(pad) // 4 + 1) if rule.atypisch is not None else "False"
            out.append(f"{pad}if not ({atyp}):  # atypischer Fall")
            out.append(f"{pad}    return VERSAGT")
            out.append(f"{pad}cap = ERMESSEN")
        else:
            out.append(f"{pad}return VERSAGT")

    def refusal(rule: ir.Rule, guard: str | None = None, mode: Geltung = Geltung.GILT,
                discretion: str | None = None) -> None:
        out.append(f"    # {comment(rule.text)}  {comment(_cites(rule.citations))}")
        for a in rule.ausnahmen:
            out.append(f"    # es sei denn …  {comment(_cites(a.citations))}")
        cond = fires(rule, 1)
        if guard:
            cond = f"not ({guard}) and ({cond})"
        out.append(f"    if {cond}:")
        if mode is Geltung.ERMESSEN and discretion is None:
            out.append("        cap = ERMESSEN")
        elif mode is Geltung.ERMESSEN:
            out.append(f"        if {discretion}:  # nach Ermessen abweichend, wenn …")
            out.append("            cap = ERMESSEN")
            out.append("        else:")
            versagt(rule, "            ")
        else:
            versagt(rule, "        ")

    out.append("    # --- Versagungsgründe der Norm")
    for rule in norm.rules:
        if rule.grade.is_refusal:
            refusal(rule)
    out.append("    # --- Allgemeine Vorschriften")
    for applied in norm.vorschriften:
        label = f"{applied.id} ({applied.title}): {applied.mode.value}"
        if applied.mode is Geltung.ABWEICHEND and applied.condition is None:
            out.append(f"    # {comment(label)} – gilt hier nicht  {comment(_cites(applied.citations))}")
            continue
        out.append(f"    # {comment(label)}  {comment(_cites(applied.citations))}")
        guard = render(applied.condition, 1) if applied.mode is Geltung.ABWEICHEND else None
        discretion = render(applied.condition, 2) if applied.mode is Geltung.ERMESSEN and applied.condition else None
        for rule in applied.rules:
            refusal(rule, guard=guard, mode=applied.mode, discretion=discretion)
    if norm.tatbestand is not None:
        out.append(f"    # --- Tatbestand  {comment(_cites(norm.tatbestand_citations))}")
        out.append(f"    if not ({render(norm.tatbestand, 1)}):")
        out.append("        return NICHT_ERFUELLT")
    out.append("    # --- Rechtsfolgen, stärkste zuerst")
    out.append("    grade = NICHT_ERFUELLT")
    grants = sorted((r for r in norm.rules if r.grade.is_grant), key=lambda r: r.grade.strength)
    for rule in grants:
        out.append(f"    # {comment(rule.text)}  {comment(_cites(rule.citations))}")
        if rule.grade is Grade.ANSPRUCH:
            out.append(f"    if {fires(rule, 1)}:")
            out.append("        return ANSPRUCH if cap >= ANSPRUCH else cap" if needs_cap else "        return ANSPRUCH")
        elif rule.grade in (Grade.SOLL, Grade.REGELANSPRUCH):
            atyp = render(rule.atypisch, 2) if rule.atypisch is not None else "False"
            out.append(f"    if grade < SOLL and {fires(rule, 1)}:")
            out.append(f"        if not ({atyp}):  # atypischer Fall")
            out.append("            return SOLL if cap >= SOLL else cap" if needs_cap else "            return SOLL")
            out.append("        grade = ERMESSEN")
        else:
            out.append(f"    if grade < ERMESSEN and {fires(rule, 1)}:")
            out.append("        grade = ERMESSEN")
    out.append("    return grade if grade < cap else cap" if needs_cap else "    return grade")
    return out


def _values(norm: ir.Norm, n: int) -> list[str]:
    writer = _ValuesWriter()
    if norm.tatbestand is not None:
        writer.line(1, "# --- Tatbestand")
        writer.emit(norm.tatbestand)
    for rule in norm.rules:
        writer.rule(rule)
    for applied in norm.vorschriften:
        writer.line(1, f"# --- {comment(applied.id)}: {comment(applied.mode.value)}")
        if applied.condition is not None:
            writer.emit(applied.condition)
        for rule in applied.rules:
            writer.rule(rule)
    head = [
        f"def werte_{n}(F, V):",
        f"    {docstring(norm.id + ' – dreiwertige Werte (True/False/None) mit Kurzschluss nach V.')}",
    ]
    return head + (writer.lines or ["    pass"])


def _conditions(norm: ir.Norm, n: int) -> tuple[list[str], list[str]]:
    """Je Prüfpunkt, Nebenfolge und Ermessenskriterium eine zweiwertige Funktion ``bedingung_N_id(F)``."""
    lines: list[str] = []
    names: list[str] = []
    items = checkpoints(norm) + [i.condition for i in norm.nebenfolgen] + [k.condition for k in norm.ermessenskriterien]
    seen: set[int] = set()
    for cond in items:
        if cond is None or cond.id in seen:
            continue
        seen.add(cond.id)
        name = f"bedingung_{n}_{cond.id}"
        lines += [f"def {name}(F):", f"    # {comment(cond.label)}  {comment(_cites(cond.citations))}",
                  f"    return True if {expr2(cond, 1)} else False", ""]
        names.append(f"{cond.id}: {name}")
    return lines, names


# -------------------------------------------------------------------- Module


def generate_module(path: str, source_hash: str, corpus: ir.Corpus, norm_numbers: dict[int, int]) -> str:
    """Das erzeugte Python-Modul einer Normdatei."""
    norms = [n for n in corpus.normen if n.module == path]
    out = [
        f"# Erzeugt von lexdsl (Generator {GENERATOR_VERSION}) aus {comment(path)}",
        f"# Quelle sha256: {comment(source_hash)}",
        "# Nicht von Hand ändern: Die Datei wird aus der Normdatei neu erzeugt.",
        docstring(f"Übersetzte Normen aus {path}."),
        "",
        "from lexdsl.runtime import ANSPRUCH, ERMESSEN, NICHT_ERFUELLT, SOLL, VERSAGT  # noqa: F401",
        "",
        f"QUELLE = {literal(path)}",
        f"QUELLE_SHA256 = {literal(source_hash)}",
        "",
    ]
    entries = []
    for norm in norms:
        n = norm_numbers[id(norm)]
        fassung = f" – Fassung {norm.fassung.name}" if norm.fassung else ""
        out.append("")
        out.append(f"# {'=' * 70}")
        out.append(f"# {comment(norm.id)}{comment(fassung)}: {comment(norm.title)}  {comment(_cites(norm.citations))}")
        out.append(f"# {'=' * 70}")
        out.append("")
        out += _decide(norm, f"entscheiden_{n}", "F", expr2, "Ergebnis ohne Begründung (zweiwertig, mit Kurzschluss).")
        out.append("")
        out.append("")
        out += _decide(norm, f"kombinieren_{n}", "W", lambda cond, _indent: f"W[{cond.id}]",
                       "dieselbe Logik über fertigen Prüfpunkten W[id] (für offene Fälle).")
        out.append("")
        out.append("")
        out += _values(norm, n)
        out.append("")
        out.append("")
        cond_lines, cond_names = _conditions(norm, n)
        out += cond_lines
        out.append(f"DATEN_{n} = {literal(norm_data(norm, corpus))}")
        out.append("")
        entries.append(f"    (DATEN_{n}, entscheiden_{n}, kombinieren_{n}, werte_{n}, {{{', '.join(cond_names)}}}),")
    out.append("")
    out.append("# Je Norm: (Daten, entscheiden, kombinieren, werte, Bedingungen nach Knotennummer)")
    out.append("NORMEN = (")
    out += entries
    out.append(")")
    return "\n".join(out) + "\n"


def generate_package(corpus: ir.Corpus, hashes: dict[str, str], key: str) -> dict[str, str]:
    """Alle erzeugten Dateien des Korpus: ``__init__.py`` und ein Modul je Normdatei.

    ``hashes``: Pfad → sha256 der Quelle (für die Kopfzeilen).
    """
    names = module_names(corpus.modules)
    numbers = {id(norm): i for i, norm in enumerate(corpus.normen)}
    files = {f"{names[path]}.py": generate_module(path, hashes[path], corpus, numbers) for path in corpus.modules}
    used_by: dict[str, list[str]] = {}
    for norm in corpus.normen:
        for name in norm.merkmale:
            users = used_by.setdefault(name, [])
            if norm.id not in users:  # Fassungen derselben Norm zählen einmal
                users.append(norm.id)
    merkmale = tuple(
        {"name": m.name, "typ": m.type.value, "werte": m.values, "beschreibung": m.description,
         "fundstellen": m.citations, "datei": m.module, "normen": tuple(used_by.get(m.name, ()))}
        for m in corpus.merkmale
    )
    begriffe = tuple(
        {"name": b.name, "beschreibung": b.description, "fundstellen": b.citations, "datei": b.module}
        for b in corpus.begriffe
    )
    init = [
        f"# Erzeugt von lexdsl (Generator {GENERATOR_VERSION}) – Korpus aus {len(corpus.modules)} Normdatei(en).",
        "# Nicht von Hand ändern.",
        '"""Übersetztes Normenkorpus."""',
        "",
        f"KORPUS = {literal(key)}",
        f"MODULE = {literal(tuple(names[p] for p in corpus.modules))}",
        f"QUELLEN = {literal(tuple(corpus.modules))}",
        f"MERKMALE = {literal(merkmale)}",
        f"BEGRIFFE = {literal(begriffe)}",
        f"VORSCHRIFTEN = {literal(tuple({'id': v.id, 'titel': v.title} for v in corpus.vorschriften))}",
        "",
    ]
    files["__init__.py"] = "\n".join(init)
    return files

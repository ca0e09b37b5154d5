"""Das Entscheidungsdiagramm einer Normvariante als eigenständiges SVG.

Das Diagramm zeigt dieselbe Reihenfolge wie die erzeugte Funktion
``entscheiden`` (``codegen._decide``): Versagungsgründe der Norm, allgemeine
Vorschriften, Tatbestand, Rechtsfolgen (die stärkste zuerst).

Aufbau in drei Schritten – ``_Rows`` (was), ``_place`` (wo), ``diagram_svg`` (wie):

* Jede Prüfung ist eine *Zeile*. Ihr erster Kasten steht im Hauptstrang
  (Spalte 0); ein Ausgang („nein“ bzw. „ja“) führt senkrecht zur nächsten Zeile.
* Der andere Ausgang führt waagerecht nach rechts durch die übrigen Kästen der
  Zeile – „es sei denn“, Abweichung, atypischer Fall – bis zum Ergebnis. Wer
  die Zeile ohne Ergebnis verlässt (etwa „es sei denn: ja“), kehrt unter der
  Zeile in den Hauptstrang zurück.
* Links stehen die Abschnitte, unten Hinweise und die Legende.

Schrift und Maße: Das Diagramm zeichnet mit DejaVu Sans, die die Website selbst
ausliefert (``fonts/``, eine Teilmenge); ``text_width`` misst jeden Text mit den
Laufweiten derselben Schriftdatei (fontTools), und jeder Text wird danach
umbrochen. Kein Text ist kleiner als 12 px: Das Diagramm wird in seiner vollen
Breite gezeichnet und nie verkleinert; ist es breiter als die Spalte, lässt es
sich seitlich verschieben, und ein Klick öffnet es allein in voller Größe.

Das Bild bringt seinen hellen Hintergrund mit und bleibt so auch in einem
dunklen Farbschema der Website lesbar; alle CSS-Regeln gelten nur unter
``.lx-diagram``.

Sicherheit: ``diagram_view`` liefert nur Daten (Kästen, Linien, Texte); das SVG
entsteht aus der Vorlage ``templates/diagram.svg`` mit Autoescape. Es enthält
kein Skript und keine Verweise außer auf die Schrift der Website; gleiche Norm,
gleiche Bytes.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..compiler import ir, printer
from ..vocabulary import Action, Geltung, Grade, Outcome, fassung_period

# Textstile: Schriftgröße (px), Zeilenhöhe (px), fett. Die kleinste Schrift ist 12 px.
STYLES = {
    "head": (17, 22, True), "sub": (13, 17, False), "sec": (13, 17, True), "cap": (12, 16, True),
    "t": (13, 17, False), "big": (14, 18, True), "cite": (12, 15, False), "note": (12, 16, False),
    "label": (12, 15, True),
}
MIN_FONT_PX = min(size for size, _, _ in STYLES.values())
MARGIN, GUTTER, COL_W, COL_GAP, PAD = 16, 180, 300, 56, 9
ROW_GAP, BELOW_GAP, ARROW_DY, MIN_H = 52, 36, 20, 40
# Eine Bedingung zeigt höchstens so viele Punkte und Zeilen, dann „… und N weitere“.
MAX_COND_ITEMS, MAX_COND_LINES = 8, 12
INNER = COL_W - 2 * PAD

FONTS = Path(__file__).parent / "fonts"
FONT_FILES = {False: "DejaVuSans.ttf", True: "DejaVuSans-Bold.ttf"}
FONT_FAMILY = "lexdsl DejaVu Sans"

# CSS-Klasse (und Farbe) des Ergebniskastens je Ergebnis.
OUTCOME_CLASS = {Outcome.ANSPRUCH: "anspruch", Outcome.SOLL: "soll", Outcome.ERMESSEN: "ermessen",
                 Outcome.VERSAGT: "versagung", Outcome.NICHT_ERFUELLT: "nicht"}
# Farben: Kastenart → (Füllung, Rand)
COLORS = {
    "start": ("#f1f5f9", "#475569"), "check": ("#f8fafc", "#475569"), "except": ("#fefce8", "#a16207"),
    "atyp": ("#faf5ff", "#7e22ce"), "guard": ("#f0f9ff", "#0369a1"), "cap": ("#fff7ed", "#c2410c"),
    "anspruch": ("#dcfce7", "#15803d"), "soll": ("#ccfbf1", "#0f766e"), "ermessen": ("#dbeafe", "#1d4ed8"),
    "versagung": ("#fee2e2", "#b91c1c"), "nicht": ("#e5e7eb", "#4b5563"),
}


@functools.lru_cache(maxsize=2)
def _advances(bold: bool) -> tuple[dict[int, float], float]:
    """Die Laufweiten der Schrift in em je Zeichen, und die größte (für Zeichen, die sie nicht hat)."""
    from fontTools.ttLib import TTFont

    font = TTFont(FONTS / FONT_FILES[bold], lazy=True)
    units = font["head"].unitsPerEm
    metrics = font["hmtx"].metrics
    widths = {code: metrics[glyph][0] / units for code, glyph in font.getBestCmap().items()}
    return widths, max(widths.values())


def text_width(text: str, style: str) -> float:
    """Die Breite in px, gemessen mit den Laufweiten der ausgelieferten Schrift (ohne Unterschneidung, die
    nur verschmälert); Zeichen außerhalb der Schrift zählen so breit wie ihr breitestes Zeichen."""
    size, _, bold = STYLES[style]
    widths, widest = _advances(bold)
    return sum(widths.get(ord(ch), widest) for ch in text) * size


def _clean(text: str) -> str:
    """Text ohne Steuerzeichen (die Vorlage maskiert &, <, >, " und ')."""
    return "".join(ch if ch.isprintable() else " " for ch in str(text))


def _wrap(text: str, style: str, width: float, max_lines: int = 99) -> list[str]:
    """Zeilenumbruch nach geschätzter Breite; zu lange Wörter werden geteilt, Überhang endet mit „…“."""
    lines: list[str] = []
    for word in text.split():
        while text_width(word, style) > width:  # überlanges Wort zeichenweise teilen
            cut = max((k for k in range(1, len(word)) if text_width(word[:k], style) <= width), default=1)
            lines.append(word[:cut])
            word = word[cut:]
        if lines and text_width(lines[-1] + " " + word, style) <= width:
            lines[-1] += " " + word
        elif word:
            lines.append(word)
    if len(lines) > max_lines:
        last = lines[max_lines - 1]
        while last and text_width(last + " …", style) > width:
            last = last[:-1]
        lines = [*lines[:max_lines - 1], last.rstrip() + " …"]
    return lines


# ------------------------------------------------------------------ Inhalt

Line = tuple[str, int, str]  # (Stil, Einzug in px, Text)
Point = tuple[int, int]  # (x, y) in px


@dataclass
class Cell:
    """Ein Kasten. ``right``/``down``: Beschriftung der Ausgänge nach rechts und nach unten."""

    kind: str  # start, check, except, atyp, guard, cap, outcome
    lines: list[Line]
    grade: str = ""  # bei Ergebnissen: anspruch, soll, ermessen, versagung, nicht
    right: str | None = None
    down: str | None = None
    below: Cell | None = None  # Kasten unter diesem (atypischer Fall: ja → …)
    footer: list[Line] = field(default_factory=list)  # Ergebnis bei „höchstens Ermessen“
    extra: str = ""  # zusätzliche CSS-Klasse
    x: int = 0
    y: int = 0

    @property
    def total(self) -> int:
        return _height(self.lines) + _height(self.footer)

    @property
    def merges(self) -> bool:
        """Kehrt dieser Kasten (nicht im Hauptstrang) in den Hauptstrang zurück?"""
        return self.kind == "cap" or (self.down is not None and self.below is None and self.kind != "outcome")


@dataclass
class Row:
    """Eine Prüfung: ``cells[0]`` steht im Hauptstrang, die übrigen rechts daneben."""

    section: str
    cells: list[Cell]

    @property
    def merging(self) -> list[Cell]:
        """Die Kästen, von denen ein Weg unter der Zeile in den Hauptstrang zurückführt."""
        return [c for c in self.cells[1:] if c.merges] + [
            c.below for c in self.cells if c.below is not None and c.below.merges]

    @property
    def continues(self) -> bool:
        """Geht die Prüfung nach dieser Zeile weiter? (Nicht, wenn sie immer mit einem Ergebnis endet.)"""
        return self.cells[0].down is not None or bool(self.merging)


def _height(lines: list[Line]) -> int:
    return max(MIN_H, 2 * PAD + sum(STYLES[s][1] for s, _, _ in lines)) if lines else 0


def _lines(text: str, style: str, max_lines: int = 99, indent: int = 0) -> list[Line]:
    return [(style, indent, t) for t in _wrap(text, style, INNER - indent, max_lines)]


def _short(node: ir.Condition, depth: int = 0) -> str:
    """Einzeiliger Text eines Knotens; eine Gruppe mit den Texten ihrer Kinder, eine Ebene tief."""
    if isinstance(node, (ir.All, ir.AnyOf, ir.NoneOf)):
        if depth:
            return printer.label(node) + " (…)"
        return printer.label(node) + ": " + "; ".join(_short(c, depth + 1) for c in node.children)
    return printer.label(node)


def _condition(cond: ir.Condition | None) -> list[Line]:
    """Die Bedingung begrenzt tief: Wurzel und direkte Kinder als Aufzählung."""
    if cond is None:
        return _lines("ohne weitere Voraussetzung", "t")
    if not isinstance(cond, (ir.All, ir.AnyOf, ir.NoneOf)):
        return _lines(_short(cond), "t", 4)
    out = _lines(printer.label(cond) + ":", "t", 2)
    indent = math.ceil(text_width("• ", "t"))
    budget = MAX_COND_LINES
    for k, child in enumerate(cond.children):
        item = _lines(_short(child), "t", 3, indent)
        rest = len(cond.children) - k
        if k == MAX_COND_ITEMS or len(item) + (1 if rest > 1 else 0) > budget:
            out += _lines(f"… und {rest} weitere", "t")
            break
        out += [("t", 0, "• " + item[0][2]), *item[1:]]
        budget -= len(item)
    return out


def _check(kind: str, caption: str, cond: ir.Condition | None, citations: Sequence[str], right: str,
           down: str | None, extra: str = "") -> Cell:
    lines = _lines(caption, "cap", 3) + _condition(cond)
    if citations:
        lines += _lines("; ".join(citations), "cite", 3)
    return Cell(kind, lines, right=right, down=down if cond is not None else None, extra=extra)


class _Rows:
    """Baut die Zeilen in der Prüfreihenfolge von ``codegen._decide``.

    ``add`` verwirft Zeilen, die nach einer immer endenden Zeile unerreichbar sind.
    """

    def __init__(self, norm: ir.Norm):
        grants = [r for r in norm.rules if r.grade.is_grant]
        self.action = grants[0].action if grants else Action.ERTEILEN
        rules = list(norm.rules) + [r for v in norm.vorschriften for r in v.rules]
        # wie ``needs_cap`` in codegen: Kann irgendetwas das Ergebnis auf Ermessen begrenzen?
        self.capped = any(v.mode is Geltung.ERMESSEN for v in norm.vorschriften) or any(
            r.grade is Grade.REGELVERSAGUNG for r in rules)
        noun = "Verlängerung" if self.action is Action.VERLAENGERN else "Erteilung"
        self.rows = [Row("", [Cell("start", _lines(f"Antrag auf {noun}", "cap"), down="")])]
        self.skipped = [f"{v.id} – {v.title}" + (f" [{'; '.join(v.citations)}]" if v.citations else "")
                        for v in norm.vorschriften if v.mode is Geltung.ABWEICHEND and v.condition is None]

        for rule in norm.rules:
            if rule.grade.is_refusal:
                self.refusal("Versagungsgründe der Norm", rule.grade.short_name, rule)
        for v in norm.vorschriften:
            if v.mode is not Geltung.ABWEICHEND or v.condition is not None:
                for rule in v.rules:
                    self.refusal("Allgemeine Vorschriften", f"{v.id} – {v.title}", rule, v)
        if norm.tatbestand is not None:
            self.add("Tatbestand", [_check("check", "Tatbestand erfüllt?", norm.tatbestand,
                                           norm.tatbestand_citations, "nein", "ja", extra="lx-tatbestand"),
                                    self.result(Outcome.NICHT_ERFUELLT)])
        grants.sort(key=lambda r: r.grade.strength)
        for i, rule in enumerate(grants):
            later_soll = any(r.grade.outcome is Outcome.SOLL for r in grants[i + 1:])
            self.grant(rule, later_soll)
        self.add("Rechtsfolgen", [self.result(Outcome.NICHT_ERFUELLT, "keine Rechtsfolge greift")])

    def add(self, section: str, cells: list[Cell]) -> None:
        if self.rows[-1].continues:
            self.rows.append(Row(section, cells))

    def result(self, outcome: Outcome, note: str = "") -> Cell:
        lines = _lines("Ergebnis: " + outcome.short_name, "cap") + _lines(outcome.phrase(self.action), "big")
        footer: list[Line] = []
        if self.capped and outcome in (Outcome.ANSPRUCH, Outcome.SOLL):
            footer = _lines("bei „höchstens Ermessen“: " + Outcome.ERMESSEN.phrase(self.action), "cap")
        return Cell("outcome", lines + (_lines(note, "cite", 3) if note else []), grade=OUTCOME_CLASS[outcome],
                    footer=footer)

    def cap(self, text: str, citations: Sequence[str] = ()) -> Cell:
        text += f"; weiter prüfen, Ergebnis höchstens „{Outcome.ERMESSEN.phrase(self.action)}“"
        lines = _lines("höchstens Ermessen", "cap") + _lines(text, "t", 5)
        return Cell("cap", lines + (_lines("; ".join(citations), "cite", 2) if citations else []))

    @staticmethod
    def exceptions(rule: ir.Rule) -> list[Cell]:
        return [_check("except", "es sei denn", a.condition, a.citations, "nein", "ja") for a in rule.ausnahmen]

    def refusal(self, section: str, caption: str, rule: ir.Rule,
                applied: ir.AppliedVorschrift | None = None) -> None:
        """Versagung → (ja) → es sei denn … → abweichend, wenn … → atypischer Fall → darf nicht."""
        cells = [_check("check", caption, rule.condition, rule.citations, "ja", "nein"), *self.exceptions(rule)]
        if applied is not None and applied.mode is Geltung.ABWEICHEND:
            cells.append(_check("guard", f"abweichend von {applied.id}, wenn", applied.condition,
                                applied.citations, "nein", "ja"))
        if applied is not None and applied.mode is Geltung.ERMESSEN and applied.condition is None:
            cells.append(self.cap(f"nach Ermessen abweichend von {applied.id}", applied.citations))
        else:
            if applied is not None and applied.mode is Geltung.ERMESSEN:
                # „nach Ermessen abweichend, wenn …“: nur dann höchstens Ermessen, sonst gilt die Vorschrift.
                guard = _check("guard", f"nach Ermessen abweichend von {applied.id}, wenn", applied.condition,
                               applied.citations, "nein", "ja")
                guard.below = self.cap(f"nach Ermessen abweichend von {applied.id}")
                cells.append(guard)
            if rule.grade is Grade.REGELVERSAGUNG and rule.atypisch is not None:
                atyp = _check("atyp", "atypischer Fall", rule.atypisch, (), "nein", "ja")
                atyp.below = self.cap("atypischer Fall")
                cells.append(atyp)
            cells.append(self.result(Outcome.VERSAGT))
        self.add(section, cells)

    def grant(self, rule: ir.Rule, later_soll: bool) -> None:
        """Rechtsfolge → (ja) → es sei denn … → atypischer Fall → Ergebnis."""
        outcome = rule.grade.outcome
        chain = self.exceptions(rule)
        if outcome is Outcome.SOLL and rule.atypisch is not None:
            atyp = _check("atyp", "atypischer Fall", rule.atypisch, (), "nein", "ja")
            atyp.below = self.result(Outcome.ERMESSEN, "atypischer Fall" + (
                f"; greift danach eine weitere Soll-Regel ohne atypischen Fall: „{Outcome.SOLL.phrase(self.action)}“"
                if later_soll else ""))
            chain.append(atyp)
        chain.append(self.result(outcome))
        if rule.condition is None and len(chain) == 1:
            self.add("Rechtsfolgen", chain)  # greift immer: das Ergebnis steht im Hauptstrang
        else:
            self.add("Rechtsfolgen", [_check("check", rule.grade.short_name, rule.condition, rule.citations,
                                             "ja", "nein"), *chain])


# ------------------------------------------------------------------ Lage


@dataclass
class Section:
    """Ein Abschnitt links neben den Zeilen: Name, Ober- und Unterkante."""

    name: str
    top: int
    bottom: int


@dataclass
class Layout:
    edges: list[tuple[list[Point], bool]] = field(default_factory=list)  # (Punkte, mit Pfeilspitze)
    # (x, y, Text) der Beschriftungen „ja“/„nein“; ohne Text (None oder leer) wird nichts gezeichnet
    labels: list[tuple[int, int, str | None]] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    bottom: int = 0


def _col_x(i: int) -> int:
    return MARGIN + GUTTER + i * (COL_W + COL_GAP)


def _section_height(name: str) -> int:
    return len(_wrap(name, "sec", GUTTER - 26)) * STYLES["sec"][1]


def _place(rows: list[Row], top: int) -> Layout:
    """Setzt die Zeilen untereinander, die Kästen einer Zeile nebeneinander; legt Pfeile und Beschriftungen an."""
    out = Layout()
    spine = _col_x(0) + COL_W // 2  # x des Hauptstrangs

    def down(cell: Cell, points: list[Point], arrow: bool) -> None:
        """Ein Weg von der Unterkante eines Kastens, beschriftet mit ``cell.down``."""
        cx, cy = cell.x + COL_W // 2, cell.y + cell.total
        out.edges.append(([(cx, cy), *points], arrow))
        out.labels.append((cx + 5, cy + 14, cell.down or ""))

    y = top
    for n, row in enumerate(rows):
        if row.section and (not out.sections or out.sections[-1].name != row.section):
            out.sections.append(Section(row.section, y, y))
            y_min = y + _section_height(row.section)  # die Überschrift links braucht Platz
        else:
            y_min = y
        for i, cell in enumerate(row.cells):
            cell.x, cell.y = _col_x(i), y
        for a, b in zip(row.cells, row.cells[1:], strict=False):  # nach rechts durch die Zeile
            out.edges.append(([(a.x + COL_W, y + ARROW_DY), (b.x, y + ARROW_DY)], True))
            out.labels.append((a.x + COL_W + COL_GAP // 2 - 8, y + ARROW_DY - 5, a.right))
        bottom = max([y_min, *(c.y + c.total for c in row.cells)])
        for c in row.cells:  # Kästen darunter (atypischer Fall → …)
            if c.below is not None:
                c.below.x, c.below.y = c.x, bottom + BELOW_GAP
                down(c, [(c.x + COL_W // 2, c.below.y)], True)
        bottom = max([bottom, *(c.below.y + c.below.total for c in row.cells if c.below is not None)])
        merge_y = bottom + 26
        for c in row.merging:  # unter der Zeile zurück in den Hauptstrang
            down(c, [(c.x + COL_W // 2, merge_y), (spine, merge_y)], False)
        if row.section:
            out.sections[-1].bottom = bottom
        out.bottom = bottom
        if n + 1 == len(rows) or not row.continues:
            break
        next_top = bottom + ROW_GAP + (12 if rows[n + 1].section != row.section else 0)
        head = row.cells[0]
        if head.down is not None:
            down(head, [(spine, next_top)], True)
        else:  # der Kasten im Hauptstrang hat kein „nein“: weiter erst ab den Rückwegen
            out.edges.append(([(spine, merge_y), (spine, next_top)], True))
        y = next_top
    return out


# ------------------------------------------------------------------ Zeichnung (Daten für templates/diagram.svg)

Shape = dict[str, Any]      # {"shape": "text"|"rect"|"path"|"group"|"end", …}


def _text(x: int, y: int, style: str, text: str) -> Shape:
    return {"shape": "text", "cls": f"lx-s-{style}", "x": x, "y": y, "text": _clean(text)}


def _text_block(x: int, y: int, lines: list[Line]) -> list[Shape]:
    """Zeilen ab Oberkante y; die Grundlinie liegt mittig in der Zeilenhöhe."""
    out: list[Shape] = []
    for style, indent, text in lines:
        size, lh, _ = STYLES[style]
        out.append(_text(x + indent, round(y + (lh + size * 0.7) / 2), style, text))
        y += lh
    return out


def _rect(x: int, y: int, w: int, h: int, kind: str, cls: str = "lx-box", r: int = 6) -> Shape:
    return {"shape": "rect", "cls": f"{cls} lx-f-{kind}", "x": x, "y": y, "w": w, "h": h, "r": r}


def _node(cell: Cell) -> list[Shape]:
    """Ein Kasten als Gruppe; Klassen nennen Art und Ergebnis (``lx-outcome lx-versagung``)."""
    kind = cell.grade or cell.kind
    cls = " ".join(c for c in ("lx-node", f"lx-{cell.kind}", cell.grade and f"lx-{cell.grade}", cell.extra) if c)
    h = _height(cell.lines)
    out = [{"shape": "group", "cls": cls}, _rect(cell.x, cell.y, COL_W, h, kind)]
    out += _text_block(cell.x + PAD, cell.y + PAD, cell.lines)
    if cell.footer:
        out += [_rect(cell.x, cell.y + h, COL_W, _height(cell.footer), "ermessen", "lx-box lx-capped")]
        out += _text_block(cell.x + PAD, cell.y + h + PAD, cell.footer)
    return [*out, {"shape": "end"}]


def _edge(points: list[Point], arrow: bool) -> list[Shape]:
    out: list[Shape] = [{"shape": "path", "cls": "lx-edge", "d": "M" + " L".join(f"{x} {y}" for x, y in points)}]
    if arrow:
        (x0, y0), (x1, y1) = points[-2], points[-1]
        dx, dy = (x1 > x0) - (x1 < x0), (y1 > y0) - (y1 < y0)  # Richtung des letzten Stücks
        a = (x1 - 8 * dx - 4 * dy, y1 - 8 * dy - 4 * dx)
        b = (x1 - 8 * dx + 4 * dy, y1 - 8 * dy + 4 * dx)
        out.append({"shape": "path", "cls": "lx-head", "d": f"M{x1} {y1} L{a[0]} {a[1]} L{b[0]} {b[1]} Z"})
    return out


def _fassung(norm: ir.Norm) -> str:
    """„Fassung „…“, gilt ab TT.MM.JJJJ bis …“ oder leer."""
    f = norm.fassung
    if f is None:
        return ""
    return f"Fassung „{f.name}“, {fassung_period(f.ab, f.bis, f.unmodelled_before, f.undated_change)}"


def _legend(action: Action) -> list[tuple[str, str]]:
    return [("check", "Prüfung (ja/nein)"), ("except", "es sei denn (Ausnahme)"), ("atyp", "atypischer Fall"),
            ("guard", "abweichend von einer Vorschrift"), ("cap", "höchstens Ermessen")] + [
        (css, f"{o.short_name}: {o.phrase(action)}" if o is not Outcome.NICHT_ERFUELLT else o.phrase(action))
        for o, css in OUTCOME_CLASS.items()]


def diagram_view(norm: ir.Norm) -> dict[str, Any]:
    """Das Entscheidungsdiagramm einer Normvariante als Daten: Maße, Titel, Stile und Formen."""
    built = _Rows(norm)
    rows, skipped, action = built.rows, built.skipped, built.action
    ncols = max(3, max(len(r.cells) for r in rows))
    width = 2 * MARGIN + GUTTER + ncols * COL_W + (ncols - 1) * COL_GAP
    full = width - 2 * MARGIN
    title = f"Entscheidungsdiagramm: {norm.id} – {norm.title}" + (f" ({_fassung(norm)})" if norm.fassung else "")
    body: list[Shape] = []

    y = MARGIN  # Überschrift
    heading = [("head", 0, t) for t in _wrap(f"{norm.id} – {norm.title}", "head", full, 3)]
    if norm.fassung is not None:
        heading += [("sub", 0, t) for t in _wrap(_fassung(norm), "sub", full, 2)]
    body += _text_block(MARGIN, y, heading)
    y += sum(STYLES[s][1] for s, _, _ in heading) + 14

    layout = _place(rows, y)
    for section in layout.sections:  # Abschnitte links
        lines = [("sec", 0, t) for t in _wrap(section.name, "sec", GUTTER - 26)]
        body += _text_block(MARGIN, section.top, lines)
        line_x = MARGIN + GUTTER - 14
        body.append({"shape": "path", "cls": "lx-sec-line", "d": f"M{line_x} {section.top} L{line_x} {section.bottom}"})
    for points, arrow in layout.edges:
        body += _edge(points, arrow)
    for row in rows:
        for cell in row.cells:
            body += _node(cell)
            if cell.below is not None:
                body += _node(cell.below)
    body += [_text(x, label_y, "label", text) for x, label_y, text in layout.labels if text]

    y = layout.bottom + 28
    if skipped:  # Vorschriften, von denen die Norm ohne Bedingung abweicht
        notes = [("sec", 0, t) for t in _wrap("Gilt hier nicht (die Norm weicht ab von):", "sec", full)]
        for item in skipped:
            notes += [("note", 0, t) for t in _wrap("• " + item, "note", full, 3)]
        body += _text_block(MARGIN, y, notes)
        y += sum(STYLES[s][1] for s, _, _ in notes) + 14

    x = MARGIN  # Legende, fortlaufend mit Umbruch
    for kind, label in _legend(action):
        item_w = 22 + math.ceil(text_width(label, "note")) + 18
        if x > MARGIN and x + item_w > width - MARGIN:
            x, y = MARGIN, y + 22
        body.append(_rect(x, y, 16, 14, kind, "lx-swatch", 3))
        body.append(_text(x + 22, y + 12, "note", label))
        x += item_w
    height = y + 14 + MARGIN
    return {"width": width, "height": height, "title": _clean(title), "family": FONT_FAMILY,
            "fonts": FONT_FILES, "styles": STYLES, "colors": COLORS, "shapes": body}


def diagram_svg(norm: ir.Norm, font_url: str = "../assets/fonts/") -> str:
    """Das Entscheidungsdiagramm einer Normvariante als eigenständiges <svg>-Element; ``font_url``: wo die
    Schriften liegen, von der Seite (oder der SVG-Datei) aus gesehen."""
    from .rendering import render

    return render("diagram.svg", d=diagram_view(norm), font_url=font_url)

"""Fehlermeldungen von lexdsl.

Jede Meldung zu einer Norm trägt Datei, Zeile und Spalte, zeigt die Zeile mit
einer Markierung (Caret) und, wo möglich, einen Hinweis. Fehler in Falldateien
nennen das betroffene Feld. Alle Meldungen sind deutsch.

Dieses Modul ist bewusst frei von attrs und lark: Die Laufzeit importiert es
auch dann, wenn die Normen aus dem Zwischenspeicher kommen.
"""

from __future__ import annotations

import functools
import os
import unicodedata
from collections.abc import Iterable

FEHLER = "Fehler"
WARNUNG = "Warnung"


class Span:
    """Eine Stelle im Quelltext: Datei, Zeile und Spalte (1-basiert), Ende exklusiv."""

    __slots__ = ("column", "end_column", "end_line", "file", "line")

    def __init__(self, file: str, line: int, column: int, end_line: int, end_column: int):
        self.file = file
        self.line = line
        self.column = column
        self.end_line = end_line
        self.end_column = end_column

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Span) and self.as_tuple() == other.as_tuple()

    def __hash__(self) -> int:
        return hash(self.as_tuple())

    def __repr__(self) -> str:
        return f"Span({self.file!r}, {self.line}, {self.column}, {self.end_line}, {self.end_column})"

    def as_tuple(self) -> tuple[str, int, int, int, int]:
        return (self.file, self.line, self.column, self.end_line, self.end_column)

    def __str__(self) -> str:
        return f"{shown_path(self.file)}:{self.line}:{self.column}"


class Diagnostic:
    """Eine Meldung: Fehler oder Warnung, mit Stelle, Text, Hinweis und Kennung."""

    __slots__ = ("code", "hint", "message", "severity", "span")

    def __init__(self, severity: str, code: str, message: str, span: Span | None = None, hint: str | None = None):
        self.severity = severity
        self.code = code
        self.message = message
        self.span = span
        self.hint = hint

    @property
    def is_error(self) -> bool:
        return self.severity == FEHLER

    def format(self, source: str | None = None) -> str:
        """Die Meldung als Text, mit Quellzeile und Caret, wenn der Quelltext bekannt ist."""
        where = f"{self.span}: " if self.span else ""
        out = [f"{where}{self.severity}: {self.message}"]
        if self.span is not None and source is not None:
            out.extend(_caret_lines(source, self.span))
        if self.hint:
            out.append(f"  Hinweis: {self.hint}")
        return "\n".join(out)

    def __repr__(self) -> str:
        return f"Diagnostic({self.severity!r}, {self.code!r}, {self.message!r}, {self.span!r})"


@functools.lru_cache(maxsize=8)
def _split_lines(source: str) -> list[str]:
    """Zeilen einer Quelle, einmal je Quelle (viele Meldungen zu einer großen Datei bleiben linear)."""
    return source.splitlines()


def _caret_lines(source: str, span: Span) -> list[str]:
    lines = _split_lines(source)
    if not 1 <= span.line <= len(lines):
        return []
    text = lines[span.line - 1].expandtabs(1)
    start = max(span.column, 1)
    if span.end_line == span.line and span.end_column > start:
        width = span.end_column - start
    else:
        width = max(len(text) - start + 1, 1)
    number = f"{span.line:>5} | "
    return [
        f"{number}{text}",
        " " * (len(number) - 2) + "| " + " " * (start - 1) + "^" * max(width, 1),
    ]


class LexdslError(Exception):
    """Fehler beim Lesen, Prüfen oder Übersetzen von Normen.

    Trägt eine Liste von Diagnosen. ``str(fehler)`` gibt sie mit Quellzeilen
    aus, sofern die Quelltexte in ``sources`` (Dateiname → Text) vorliegen.
    """

    def __init__(self, diagnostics: list[Diagnostic], sources: dict[str, str] | None = None):
        self.diagnostics = list(diagnostics)
        self.sources = dict(sources or {})
        super().__init__(self.render())

    def render(self) -> str:
        return "\n".join(
            d.format(self.sources.get(d.span.file) if d.span else None) for d in self.diagnostics
        )


class CaseError(ValueError):
    """Ein fehlerhafter Fall: in einer Falldatei, einem Szenario oder an der Python-Schnittstelle.

    Nennt Datei und Feld (das Merkmal); führt in der Kommandozeile zu Exit-Code 2.
    """

    def __init__(self, message: str, field: str | None = None, file: str | None = None, hint: str | None = None):
        self.message = message
        self.field = field
        self.file = file
        self.hint = hint
        super().__init__(self.render())

    def render(self) -> str:
        where = f"{shown_path(self.file)}: " if self.file else ""
        field = f"Feld »{self.field}«: " if self.field else ""
        what = "Fehler in der Falldatei" if self.file else "Fehler im Fall"
        text = f"{where}{what}: {field}{self.message}"
        if self.hint:
            text += f"\n  Hinweis: {self.hint}"
        return text


def nfc(text: str) -> str:
    """Die eine Schreibweise eines Namens: Unicode-NFC.

    Manche Editoren und Betriebssysteme schreiben „ä“ als „a“ + Trema (NFD); für den
    Vergleich von Namen sind beide dasselbe. Jeder Eingang (Normdatei, Falldatei,
    Szenario, Python-Schnittstelle, Kommandozeile) führt Namen hierüber.
    """
    return unicodedata.normalize("NFC", text)


# Buchstaben anderer Schriften, die wie lateinische aussehen (kyrillisch, griechisch): Bild → lateinisch.
_LOOKALIKE = str.maketrans({
    "а": "a", "в": "B", "е": "e", "ё": "ë", "і": "i", "ї": "ï", "ј": "j", "к": "k", "м": "M", "н": "H", "о": "o",
    "р": "p", "с": "c", "т": "T", "у": "y", "х": "x", "ѕ": "s", "ԁ": "d", "ԛ": "q", "ԝ": "w", "һ": "h", "ӏ": "l",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T", "Х": "X",
    "У": "Y", "І": "I", "Ј": "J", "Ѕ": "S", "Ԁ": "D", "Ԛ": "Q", "Ԝ": "W",
    "α": "a", "ο": "o", "ν": "v", "ρ": "p", "υ": "u", "ι": "i", "κ": "k", "τ": "t", "χ": "x", "ε": "e",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O",
    "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
})


def skeleton(text: str) -> str:
    """Wie ein Name aussieht: Kompatibilitätsformen (Vollbreite, Ligaturen) und Buchstaben anderer Schriften,
    die wie lateinische aussehen, auf das lateinische Bild gebracht. Zwei Namen mit gleichem Bild sind
    verwechselbar."""
    return unicodedata.normalize("NFKC", text).translate(_LOOKALIKE)


def lookalike_note(name: str, known: str) -> str:
    """Welche Zeichen ``name`` von ``known`` unterscheiden, obwohl beide gleich aussehen."""
    odd = [c for c in dict.fromkeys(name) if c not in known]
    shown = ", ".join(f"»{c}« (U+{ord(c):04X}, {_script(c)})" for c in odd[:3])
    return f"»{name}« sieht aus wie »{known}«, enthält aber {shown or 'andere Zeichen'}."


_SCRIPTS = {"CYRILLIC": "kyrillisch", "GREEK": "griechisch", "FULLWIDTH": "Vollbreite", "LATIN": "lateinisch",
            "MATHEMATICAL": "mathematische Schrift"}


def _script(char: str) -> str:
    """Die Schrift eines Zeichens, deutsch benannt (für Meldungen)."""
    first = unicodedata.name(char, "").split(" ")[0]
    return _SCRIPTS.get(first, "ein Zeichen einer anderen Schrift")


def suggest(name: str, candidates: Iterable[str], limit: int = 3) -> list[str]:
    """Die ähnlichsten Namen zu ``name`` (für „Meinten Sie …?“)."""
    import difflib

    names = list(candidates)
    found = difflib.get_close_matches(name, names, n=limit, cutoff=0.6)
    if not found:
        lowered = {c.lower(): c for c in names}
        found = [lowered[m] for m in difflib.get_close_matches(name.lower(), list(lowered), n=limit, cutoff=0.6)]
    return found


def did_you_mean(name: str, candidates: Iterable[str]) -> str | None:
    names = list(candidates)
    looks = skeleton(name)
    twin = next((c for c in names if c != name and skeleton(c) == looks), None)
    if twin is not None:
        return lookalike_note(name, twin) + f" Meinten Sie »{twin}«?"
    found = suggest(name, names)
    if not found:
        return None
    return "Meinten Sie " + " oder ".join(f"»{f}«" for f in found) + "?"


# ------------------------------------------------------------------ Dateinamen

_ESCAPE = {**{i: f"\\x{i:02x}" for i in range(0x20)}, 0x0A: "\\n", 0x0D: "\\r", 0x09: "\\t", 0x7F: "\\x7f",
           **{i: f"\\x{i:02x}" for i in range(0x80, 0xA0)}}


def shown_path(path: object) -> str:
    """Ein Dateiname zum Zeigen: Steuer- und unsichtbare Formatzeichen maskiert (``\\n``, ``\\x1b``, ``\\u202e``)."""
    text = os.fsdecode(path) if isinstance(path, (bytes, os.PathLike)) else str(path)
    out = []
    for char in text:
        code = ord(char)
        if code in _ESCAPE:
            out.append(_ESCAPE[code])
        elif unicodedata.category(char) in ("Cf", "Zl", "Zp", "Cs"):
            out.append(f"\\u{code:04x}")
        else:
            out.append(char)
    return "".join(out)

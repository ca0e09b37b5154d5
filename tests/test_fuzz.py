"""Fuzzing der Normensprache mit hypothesis: Jede Eingabe wird übersetzt oder mit lexdsls eigenem Fehler abgewiesen.

Ausgangstexte sind die geprüften Beispiele aus ``docs/normen-schreiben.md``
(klein und vollständig) und Ausschnitte aus dem echten Korpus. Veränderungen:
abschneiden, Wörter oder Zeilen tauschen, Umlaute entfernen, Anführungszeichen
aus dem Gleichgewicht bringen, beliebige Unicode-Zeichen einfügen, Einrückung
und Satzzeichen verändern. Eine zweite Eigenschaft setzt Texte aus Bausteinen
der Sprache zusammen.

Erlaubt ist für jede Eingabe genau zweierlei: Sie wird übersetzt (und der
erzeugte Python-Code ist gültig), oder es kommt ``LexdslError`` mit Meldungen,
die Datei, Zeile und Spalte tragen und sich ausgeben lassen. Jede andere
Ausnahme – ein Lark-Fehler, KeyError, RecursionError – ist ein Fund.

``make test`` prüft eine feste, kleine Stichprobe (wiederholbar);
``make fuzz`` (``python -m tests.fuzz``) mindestens 100.000 zufällige Eingaben.
"""

from __future__ import annotations

import hashlib
import os
import re

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from lexdsl.errors import LexdslError
from lexdsl.workspace.compile import compile_sources
from lexdsl.workspace.sources import Source

from .conftest import NORMS, ROOT

FILE = "fuzz.lexdsl"

settings.register_profile(
    "lexdsl-test", max_examples=150, deadline=None, derandomize=True, database=None,
    suppress_health_check=list(HealthCheck),
)
settings.register_profile(
    "lexdsl-fuzz", max_examples=int(os.environ.get("LEXDSL_FUZZ_BEISPIELE", "60000")), deadline=None,
    database=None, suppress_health_check=list(HealthCheck), phases=[Phase.generate, Phase.shrink],
)
settings.load_profile(os.environ.get("LEXDSL_FUZZ_PROFIL", "lexdsl-test"))

# Zählt die geprüften Eingaben (für den Bericht von make fuzz).
COUNT = {"eingaben": 0, "uebersetzt": 0, "abgewiesen": 0}


# ------------------------------------------------------------ Ausgangstexte

def _guide_examples() -> list[str]:
    text = (ROOT / "docs" / "normen-schreiben.md").read_text(encoding="utf-8")
    return [m.group(1) for m in re.finditer(r"^```lexdsl[^\n]*\n(.*?)^```$", text, re.S | re.M)]


def _corpus_windows() -> list[str]:
    """Ausschnitte aus je ein bis drei aufeinanderfolgenden Deklarationen jeder Normdatei."""
    windows = []
    for path in sorted(NORMS.glob("*.lexdsl")):
        text = path.read_text(encoding="utf-8")
        starts = [m.start() for m in re.finditer(r"^(?:Merkmal|Begriff|Norm|Vorschrift) ", text, re.M)]
        bounds = starts + [len(text)]
        for i in range(len(starts)):
            windows.append(text[bounds[i]:bounds[min(i + 3, len(starts))]])
    return windows


BASES = _guide_examples() + _corpus_windows()[::3]

KEYWORDS = [
    "Merkmal ", "Begriff ", 'Norm "N": T', 'Vorschrift "V": T', "liegt vor, wenn ", "liegt insbesondere vor, wenn ",
    "liegt regelmäßig nicht vor, wenn allein ", "alle folgenden:", "mindestens eines der folgenden:",
    "keines der folgenden:", "nicht ", "- ", "Die Aufenthaltserlaubnis ", "Sie ", "ist zu erteilen",
    "soll erteilt werden", "kann verlängert werden", "darf nicht erteilt werden", ", wenn ", "es sei denn ",
    "atypischer Fall, wenn ", "Der Tatbestand ist erfüllt, wenn ", 'abweichend von "V"',
    'nach Ermessen abweichend von "V"', "Nebenfolgen:", "Nebenfolgen bei Versagung:", "Ermessenskriterien:",
    "Wortlaut [VwV 1]:", "> zitiert", 'Fassung "F": gilt ab 01.01.2018 bis 31.12.2019, Stand 01.01.2018',
    ": ja/nein", ": Anzahl", ": Dauer", ": Datum", ': Auswahl "a", "b"', ": mindestens 18 Monate",
    ": mehr als einmal", ": vor dem 01.01.2005", ': einer von "a"', ': "a"', "[VwV 25.5.2]", "[", "]", '"',
    "Reiseunfähigkeit", "Gefahr für Leib und Leben", "A", "B", "Dauer der Duldung", "#", ":", ".", ",",
]
WHITESPACE = ["\n", "\n  ", "\n    ", "\n      ", " ", "\t", "\r\n", "\n\n"]


# ------------------------------------------------------------ Veränderungen

def _mutate(text: str, kind: str, a: int, b: int, extra: str) -> str:
    if not text:
        return extra
    i, j = a % (len(text) + 1), b % (len(text) + 1)
    lines = text.split("\n")
    li, lj = a % len(lines), b % len(lines)
    words = re.split(r"(\s+)", text)
    if kind == "abschneiden":
        return text[:i]
    if kind == "wörter-tauschen" and len(words) > 2:
        wi, wj = (a % len(words)) // 2 * 2, (b % len(words)) // 2 * 2
        words[wi], words[wj] = words[wj], words[wi]
        return "".join(words)
    if kind == "zeilen-tauschen":
        lines[li], lines[lj] = lines[lj], lines[li]
        return "\n".join(lines)
    if kind == "zeile-löschen":
        del lines[li]
        return "\n".join(lines)
    if kind == "zeile-doppeln":
        lines.insert(li, lines[li])
        return "\n".join(lines)
    if kind == "umlaute-entfernen":
        return text.translate(str.maketrans({"ä": "a", "ö": "o", "ü": "u", "Ä": "A", "Ö": "O", "Ü": "U", "ß": "s",
                                              "„": '"', "“": '"'}))
    if kind == "anführungszeichen":
        quotes = [k for k, c in enumerate(text) if c == '"']
        if quotes and a % 2:
            k = quotes[b % len(quotes)]
            return text[:k] + text[k + 1:]
        return text[:i] + '"' + text[i:]
    if kind == "einfügen":
        return text[:i] + extra + text[i:]
    if kind == "ersetzen":
        return text[:min(i, j)] + extra + text[max(i, j):]
    if kind == "einrücken":
        lines[li] = " " * (b % 7) + lines[li].lstrip(" ") if b % 3 else "\t" + lines[li]
        return "\n".join(lines)
    if kind == "satzzeichen":
        marks = "[]:,.-\"#>"
        return text[:i] + marks[b % len(marks)] + text[i:]
    return text


MUTATIONS = ["abschneiden", "wörter-tauschen", "zeilen-tauschen", "zeile-löschen", "zeile-doppeln",
             "umlaute-entfernen", "anführungszeichen", "einfügen", "ersetzen", "einrücken", "satzzeichen"]

# Eingefügter Text: beliebiges Unicode (auch Steuerzeichen und Surrogat-freie Sonderzeichen) oder Sprachbausteine.
inserted = st.one_of(
    st.text(max_size=12),
    st.sampled_from(KEYWORDS + WHITESPACE + ["\x00", "\ufeff", "\u2028", "\u00a0", "𝔐", "ﬁ", "İ", "\x0c", "\\"]),
)
mutation = st.tuples(st.sampled_from(MUTATIONS), st.integers(0, 2**20), st.integers(0, 2**20), inserted)


# ------------------------------------------------------------ Die Eigenschaft

_ENGLISH = re.compile(r"\b(?:Error|Exception|Traceback|Token|expected|unexpected|None)\b")


def compiles_or_fails_cleanly(text: str) -> None:
    """Die geprüfte Eigenschaft: übersetzt mit gültigem Python, oder LexdslError mit Stellen und deutscher Meldung."""
    COUNT["eingaben"] += 1
    source = Source(FILE, text, hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest())
    try:
        files, _warnings = compile_sources([source])
    except LexdslError as exc:
        COUNT["abgewiesen"] += 1
        assert exc.diagnostics, "LexdslError ohne Meldung"
        for d in exc.diagnostics:
            assert d.span is not None and d.span.file == FILE, d
            assert d.span.line >= 1 and d.span.column >= 1, d
            # Zitierter Text aus der Eingabe (»…«) darf alles enthalten; der Rest ist lexdsls eigene Meldung.
            own_words = re.sub(r"»[^«]*«", "", d.message)
            assert d.message and not _ENGLISH.search(own_words), d.message
        exc.render()
        return
    COUNT["uebersetzt"] += 1
    for name, code in files.items():
        compile(code, name, "exec")


@given(base=st.sampled_from(BASES), mutations=st.lists(mutation, min_size=1, max_size=4))
def test_mutated_norms_compile_or_fail_with_a_lexdsl_error(base, mutations):
    text = base
    for kind, a, b, extra in mutations:
        text = _mutate(text, kind, a, b, extra)
    compiles_or_fails_cleanly(text)


@given(st.lists(st.one_of(st.sampled_from(KEYWORDS), st.sampled_from(WHITESPACE), st.text(max_size=4)),
                max_size=40))
def test_norms_built_from_language_pieces_compile_or_fail_with_a_lexdsl_error(pieces):
    compiles_or_fails_cleanly("".join(pieces))


def test_the_bases_are_valid_and_varied():
    """Die Ausgangstexte selbst: genug, und die Beispiele der Anleitung sind darunter."""
    assert len(_guide_examples()) >= 50
    assert len(BASES) >= 100
    # Die Mutationen verändern den Text wirklich (sonst prüfte das Fuzzing nur die Ausgangstexte).
    text = BASES[0]
    assert all(_mutate(text, kind, 3, 11, "X") != text or kind in ("zeilen-tauschen", "wörter-tauschen")
               for kind in MUTATIONS)

"""Kein Normtext wird zu Code: feindliche Texte an jeder Stelle, an der Text aus Normen in Python gelangt.

Für jede Nutzlast und jede Stelle (Merkmals- und Begriffsnamen, Kennungen,
Titel, Fundstellen, Beschreibungen, Wortlaut, Auswahlwerte, Nebenfolgen,
Ermessenskriterien, Fassungen, Vorschriften, Werte im Fall) wird eine Norm
gebaut. Entweder weist lexdsl sie mit eigener Meldung ab, oder sie wird
übersetzt, importiert und geprüft. Beweis, dass nichts ausgeführt wurde:

* ein Audit-Hook (``sys.addaudithook``) zeichnet jeden Prozessstart, jedes
  ``os.system``, jede Netzverbindung und jedes Öffnen einer Datei im Verzeichnis
  des Kanarienvogels auf – die Liste bleibt leer, und der Kanarienvogel fehlt;
* im erzeugten Code steht Normtext nur in Literalen und Kommentaren: jeder
  Bezeichner stammt aus dem festen Wortschatz des Generators;
* die Nutzlast kommt unverändert als Text zurück (Begründung, Nebenfolgen,
  Kriterien, Titel).
"""

from __future__ import annotations

import ast
import fractions
import io
import re
import sys
import tokenize
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lexdsl.compiler import codegen
from lexdsl.errors import LexdslError

# ------------------------------------------------------------ Nutzlasten

CANARY_NAME = "kanarienvogel"


def payloads(canary: Path) -> list[str]:
    c = str(canary)
    shell = f"touch {c}"
    py_write = f"__import__('pathlib').Path('{c}').write_text('x')"
    base = [
        "'''", '"""', "\\", "\\\\", "\\'", '\\"', "'", '"', "\n", "\r", "\r\n", "\x00", "\x0c", "\u2028", "\u2029",
        "\u202e", "\ufeff", "\t",
        f"__import__('os').system('{shell}')",
        f"'); __import__('os').system('{shell}'); ('",
        f'"); __import__("os").system("{shell}"); ("',
        f"''' + {py_write} + '''",
        f'""" + {py_write} + """',
        f"\n{py_write}\n",
        f"\\n{py_write}",
        f"# \n{py_write}",
        f"{{{py_write}}}",
        f"f'{{{py_write}}}'",
        "{0.__class__.__mro__}",
        "%(x)s %s",
        f"$(touch {c})",
        f"`touch {c}`",
        f"; touch {c}",
        f"| touch {c}",
        "ｉｍｐｏｒｔ ｏｓ",                     # Vollbreite
        "еxес(\"print(1)\")",                    # kyrillische Buchstaben
        "ℯ𝓍ℯ𝒸('1')",                              # mathematische Schrift: NFKC ergäbe exec
        "\N{LATIN SMALL LIGATURE FI}le",
        "i\u0307mport os",
        "\\N{BULLET} \\x41 \\u0041",
        "lambda: 0",
        "__builtins__.__dict__['exec']('1')",
        "exec('1')", "eval('1')", "open('/etc/passwd')", "globals()",
        "None", "True", "...", "1e309", "nan", "0x1F",
        "<script>alert(1)</script>",
        "'; DROP TABLE normen; --",
        "!!python/object/apply:os.system ['echo x']",
        "{{7*7}} ${7*7} #{7*7}",
        "a" * 5000,
        "Ü" * 300 + "ß",
        "\U0001F600 Gesicht",
        "zero\u200bwidth\u200djoiner",
        "\x1b[31mrot\x1b[0m",
        "\ud7ff\ue000\uffff",
        "Merkmal X: ja/nein",
        "  - nicht",
        "]: [",
    ]
    # Zusätzlich jede Nutzlast mit einem Namenspräfix, damit sie auch als Name (beginnt mit Buchstaben) passt.
    return base + [f"Pz {p}" for p in base[18:32]]


# ------------------------------------------------------------ Stellen

def _s(text: str) -> str:
    """Text als DSL-Zeichenkette: Anführungszeichen und Rückstriche maskiert."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _name(text: str) -> str:
    return " ".join(text.split())


def snippet(position: str, payload: str, i: int) -> tuple[str, str]:
    """(Normtext, Kennung der Norm) mit der Nutzlast an ``position``; Namen sind je Nummer ``i`` eindeutig."""
    m, b, nid, title, cite, desc = f"A{i}", None, f"N{i}", "Titel", f"[Q{i}]", "Beschreibung"
    wort, auswahl, folge, krit, fassung, vorschrift = "zitiert", None, "Folge", "Kriterium", None, None
    if position == "merkmal":
        m = f"M{i} {_name(payload)}"
    elif position == "begriff":
        b = f"B{i} {_name(payload)}"
    elif position == "norm-id":
        nid = payload
    elif position == "titel":
        title = payload
    elif position == "fundstelle":
        cite = f"[{payload}]"
    elif position == "beschreibung":
        desc = payload
    elif position == "wortlaut":
        wort = payload
    elif position == "auswahl":
        auswahl = payload
    elif position == "nebenfolge":
        folge = payload
    elif position == "kriterium":
        krit = payload
    elif position == "fassung":
        fassung = payload
    elif position == "vorschrift":
        vorschrift = payload
    lines = [f"Merkmal {m}: ja/nein   {cite}", f"  {_s(desc)}"]
    condition = m
    if b is not None:
        lines += [f"Begriff {b}   {cite}", f"  liegt vor, wenn {m}"]
        condition = b
    if auswahl is not None:
        lines += [f'Merkmal W{i}: Auswahl "x", {_s(auswahl)}']
    if vorschrift is not None:
        lines += [f"Vorschrift {_s(vorschrift)}: Sperre", f"  Ein Aufenthaltstitel darf nicht erteilt werden, wenn nicht {m}   {cite}"]
    lines += [f"Norm {_s(nid)}: {title}   {cite}",
              f"  Wortlaut {cite}:", f"    > {wort}"]
    if auswahl is not None:
        lines += [f"  Der Tatbestand ist erfüllt, wenn alle folgenden:   {cite}", f"    - {condition}",
                  f"    - W{i}: {_s(auswahl)}"]
    else:
        lines += [f"  Der Tatbestand ist erfüllt, wenn {condition}   {cite}"]
    rule = f"  Die Aufenthaltserlaubnis kann erteilt werden.   {cite}"
    tail = [f"  Ermessenskriterien:   {cite}", f"    - {_s(krit)}", "  Nebenfolgen:",
            f"    Geltungsdauer: {_s(folge)}   {cite}"]
    if fassung is not None:
        lines += [f"  Fassung {_s(fassung)}: gilt ab 01.01.2018   {cite}", "  " + rule] + ["  " + t for t in tail]
    else:
        lines += [rule] + tail
    return "\n".join(lines) + "\n", nid


POSITIONS = ["merkmal", "begriff", "norm-id", "titel", "fundstelle", "beschreibung", "wortlaut", "auswahl",
             "nebenfolge", "kriterium", "fassung", "vorschrift"]


# ------------------------------------------------------------ Beobachtung

class Audit:
    """Zeichnet gefährliche Ereignisse auf, solange ``active`` gesetzt ist (Audit-Hooks bleiben für immer)."""

    EVENTS = ("subprocess.Popen", "os.system", "os.exec", "os.posix_spawn", "os.spawn", "os.fork", "os.forkpty",
              "pty.spawn", "socket.connect", "socket.bind", "ctypes.dlopen", "webbrowser.open")

    def __init__(self):
        self.active = False
        self.canary_dir: str | None = None
        self.seen: list[str] = []

    def __call__(self, event, args):
        if not self.active:
            return
        if event in self.EVENTS:
            self.seen.append(f"{event}{args!r:.200}")
        elif event == "open" and self.canary_dir and args and isinstance(args[0], str) \
                and args[0].startswith(self.canary_dir):
            self.seen.append(f"open {args[0]}")


AUDIT = Audit()
sys.addaudithook(AUDIT)


def _collect(value, out: list[str]) -> None:
    if isinstance(value, str):
        out.append(value)
    elif isinstance(value, dict):
        for k, v in value.items():
            _collect(k, out)
            _collect(v, out)
    elif isinstance(value, (list, tuple)):
        for v in value:
            _collect(v, out)


# Bezeichner, die der Generator selbst erzeugt (Ziffern durch # ersetzt).
_GENERATED_NAMES = re.compile(r"^(?:[A-Za-z_]+|[A-Za-z_]+_#(?:_#)?|[a-z]#)$")


def _names_and_strings(code: str):
    for token in tokenize.generate_tokens(io.StringIO(code).readline):
        if token.type == tokenize.NAME:
            yield "name", token.string
        elif token.type in (tokenize.STRING, tokenize.COMMENT):
            yield "text", token.string


# Namen, die der Generator je Norm bildet: ein fester Anfang und ein Teil nur aus a–z, 0–9 und _ (codegen.identifier).
_NORM_NAMES = re.compile(r"^(?:{})_[a-z0-9_]+$".format("|".join(codegen.NORM_NAME_PREFIXES)))


def _own_names(code: str) -> set[str]:
    """Die Bezeichner eines erzeugten Moduls ohne die Namen je Norm, Ziffern durch # ersetzt."""
    return {re.sub(r"\d+", "#", s) for kind, s in _names_and_strings(code)
            if kind == "name" and not _NORM_NAMES.match(s)}


@pytest.fixture(scope="module")
def generator_vocabulary(corpus):
    """Alle Bezeichner im erzeugten Code des echten Korpus: der feste Wortschatz des Generators.

    Dazu gehören die Namen, die die Laufzeit dem erzeugten Code gibt, die Felder des Programms und die
    Glieder der Aufzählungen des Vokabulars – und kein Wort aus den Normen.
    """
    import keyword

    names = set(keyword.kwlist)
    for path in corpus.directory.glob("*.py"):
        names |= _own_names(path.read_text(encoding="utf-8"))
    assert all(re.fullmatch(r"[A-Za-z_#]+", n) for n in names) and len(names) < 200, sorted(names)
    return names


@pytest.mark.parametrize("position", POSITIONS)
def test_hostile_payloads_never_execute_and_come_back_as_text(position, tmp_path, generator_vocabulary):
    from lexdsl.workspace.compile import compile_sources
    from lexdsl.workspace.corpus import load
    from lexdsl.workspace.sources import Source

    cage = tmp_path / "kaefig"        # nur hier darf nichts geöffnet werden
    cage.mkdir()
    canary = cage / CANARY_NAME
    AUDIT.canary_dir, AUDIT.seen = str(cage), []
    accepted, rejected = [], 0
    folder = tmp_path / "normen"
    folder.mkdir()
    for i, payload in enumerate(payloads(canary)):
        text, nid = snippet(position, payload, i)
        AUDIT.active = True
        try:
            compile_sources([Source(f"n{i}.lexdsl", text, str(i))])   # einzeln: angenommen oder abgewiesen?
        except LexdslError as exc:
            rejected += 1
            assert all(d.span is not None for d in exc.diagnostics), payload
            exc.render()
            continue
        finally:
            AUDIT.active = False
        accepted.append((i, payload, nid))
        (folder / f"n{i}.lexdsl").write_text(text, encoding="utf-8")
    assert accepted, f"{position}: keine Nutzlast übersetzt"
    # Alle angenommenen zusammen: übersetzen, importieren, jede Norm prüfen.
    AUDIT.active = True
    try:
        corpus = load(folder, cache_dir=tmp_path / "cache")
        for i, payload, nid in accepted:
            values = {name: True for name in corpus.merkmale if not name.startswith("W")}
            values.update({name: payload for name in corpus.merkmale if name == f"W{i}"})
            nid = _name(nid)          # Kennungen werden wie Namen mit einfachen Leerzeichen gelesen
            result = corpus.norm(nid).pruefen(corpus.facts(values))
            strings: list[str] = []
            _collect(result.to_dict(), strings)
            _collect(corpus.normen[nid].variants[0].program, strings)
            _collect([corpus.merkmale, corpus.begriffe], strings)      # das Vokabular mit Beschreibungen
            for expected in _expected(position, payload):
                assert any(expected in s for s in strings), (position, payload)
                if position in ("merkmal", "begriff", "fundstelle", "auswahl", "norm-id"):
                    assert any(expected in s for s in _begruendung_strings(result)), (position, payload)
    finally:
        AUDIT.active = False
    assert AUDIT.seen == [], AUDIT.seen
    assert not canary.exists()
    for path in corpus.directory.glob("*.py"):
        code = path.read_text(encoding="utf-8")
        names = _own_names(code)
        assert names <= generator_vocabulary, (position, names - generator_vocabulary)
    print(f"{position}: {len(accepted)} übersetzt, {rejected} abgewiesen")


def _expected(position: str, payload: str) -> list[str]:
    """So liest lexdsl die Nutzlast an dieser Stelle (Leerraum vereinfacht, Fundstellen am Semikolon geteilt)."""
    if position in ("merkmal", "begriff", "titel"):
        return [_name(re.split(r"[#\[]", payload)[0])]   # Name und Titel enden vor Kommentar oder Fundstelle
    if position == "fundstelle":
        return [_name(part) for part in payload.split(";") if part.strip()]
    if position in ("norm-id", "titel", "fassung", "vorschrift"):
        return [_name(payload)]
    if position == "wortlaut":
        return [payload.strip()]
    return [payload]


def _begruendung_strings(result) -> list[str]:
    out: list[str] = []
    _collect(result.begruendung, out)
    _collect(result.citations(), out)
    out.append(result.norm)
    return out


def test_the_corpus_is_big_enough(tmp_path):
    assert len(set(payloads(tmp_path))) >= 50
    assert len(POSITIONS) >= 12


# ------------------------------------------------------------ die eine Funktion: literal

scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.fractions(), st.text())
values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4).map(tuple), st.dictionaries(st.text(max_size=8), inner, max_size=4)), max_leaves=12)


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(values)
def test_literal_is_a_pure_constant_that_evaluates_back(value):
    source = codegen.literal(value)
    tree = ast.parse(source, mode="eval")
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):   # ein exakter Bruch: nur Fraction(ganze Zahl, ganze Zahl)
            assert isinstance(node.func, ast.Name) and node.func.id == "Fraction" and not node.keywords
            assert all(isinstance(a, (ast.Constant, ast.UnaryOp)) for a in node.args), ast.dump(node)
            continue
        assert isinstance(node, (ast.Expression, ast.Constant, ast.Tuple, ast.Dict, ast.UnaryOp, ast.USub,
                                 ast.Load, ast.Name)), ast.dump(node)
        assert not isinstance(node, ast.Name) or node.id == "Fraction", ast.dump(node)
    assert eval(source, {"__builtins__": {}, "Fraction": fractions.Fraction}) == value


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(st.text())
def test_a_comment_never_leaves_its_line(text):
    line = f"x = 1  # {codegen.comment(text)}\ny = 2\n"
    kinds = [t.type for t in tokenize.generate_tokens(io.StringIO(line).readline)]
    assert kinds.count(tokenize.COMMENT) == 1
    assert kinds.count(tokenize.NEWLINE) == 2
    compile(line, "<kommentar>", "exec")


def test_module_names_come_only_from_letters_digits_and_underscore():
    for path in ("norms/__import__('os').lexdsl", "x/../../etc.lexdsl", "norms/import.lexdsl", "normen/ä b.lexdsl",
                 "norms/1.lexdsl", "norms/\x00.lexdsl", "norms/class.lexdsl"):
        name = codegen.module_name(path)
        assert re.fullmatch(r"[a-z_][a-z0-9_]*", name) and name.isidentifier(), name
        assert name not in ("import", "class", "__init__")

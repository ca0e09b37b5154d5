"""Härtung: Grenzen für tiefe und große Eingaben, nichts halb Geschriebenes, gleiche Ausgabe bei jedem Lauf."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from lexdsl.errors import LexdslError
from lexdsl.workspace.atomic import write_atomic, write_tree
from lexdsl.workspace.corpus import load
from lexdsl.workspace.sources import find_sources

from .conftest import NORMS, ROOT


def _errors(folder: Path, tmp_path: Path) -> list:
    with pytest.raises(LexdslError) as info:
        load(folder, cache_dir=tmp_path / "cache")
    return info.value.diagnostics


def _write(tmp_path: Path, name: str, text: str) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    (folder / "n.lexdsl").write_text(text, encoding="utf-8")
    return folder


# ------------------------------------------------------------ tief und groß

def test_ten_thousand_nested_begriffe_give_a_clear_error_not_a_recursion_error(tmp_path):
    lines = ["Merkmal A: ja/nein", "Begriff B0", "  liegt vor, wenn A"]
    for i in range(1, 10_000):
        lines += [f"Begriff B{i}", f"  liegt vor, wenn B{i - 1}"]
    lines += ['Norm "N": T', "  Die Aufenthaltserlaubnis kann erteilt werden, wenn B9999   [Q]"]
    diagnostics = _errors(_write(tmp_path, "kette", "\n".join(lines) + "\n"), tmp_path)
    codes = {d.code for d in diagnostics}
    assert codes <= {"verschachtelung", "umfang"} and "verschachtelung" in codes
    first = next(d for d in diagnostics if d.code == "verschachtelung")
    assert first.span.line == 123 and "61 Ebenen" in first.message and "erlaubt sind 60" in first.message


def test_the_same_chain_in_reverse_order_is_checked_without_recursion(tmp_path):
    lines = ["Merkmal A: ja/nein"]
    for i in range(5_000, 0, -1):
        lines += [f"Begriff B{i}", f"  liegt vor, wenn B{i - 1}"]
    lines += ["Begriff B0", "  liegt vor, wenn A", 'Norm "N": T',
              "  Die Aufenthaltserlaubnis kann erteilt werden, wenn B5000   [Q]"]
    assert "verschachtelung" in {d.code for d in _errors(_write(tmp_path, "rueck", "\n".join(lines) + "\n"), tmp_path)}


def test_a_cycle_through_ten_thousand_begriffe_is_reported(tmp_path):
    lines = ["Merkmal A: ja/nein"]
    for i in range(10_000):
        lines += [f"Begriff B{i}", f"  liegt vor, wenn B{(i + 1) % 10_000}"]
    lines += ['Norm "N": T', "  Die Aufenthaltserlaubnis kann erteilt werden, wenn B0   [Q]"]
    diagnostics = _errors(_write(tmp_path, "kreis", "\n".join(lines) + "\n"), tmp_path)
    assert [d.code for d in diagnostics if d.is_error] == ["zyklus"]


def test_indentation_deeper_than_forty_levels_is_refused_before_parsing(tmp_path):
    lines = ["Merkmal A: ja/nein", 'Norm "N": T', "  Die Aufenthaltserlaubnis kann erteilt werden, wenn alle folgenden:"]
    lines += ["  " * (i + 2) + "- alle folgenden:" for i in range(100)] + ["  " * 102 + "- A"]
    [diagnostic] = _errors(_write(tmp_path, "einrueckung", "\n".join(lines) + "\n"), tmp_path)
    assert diagnostic.code == "verschachtelung" and "40 Ebenen" in diagnostic.message
    assert diagnostic.span.line == 3 + 40


def test_begriffe_that_double_at_each_step_are_refused_in_bounded_memory(tmp_path):
    import tracemalloc

    lines = ["Merkmal A: ja/nein", "Merkmal C: ja/nein", "Begriff B0", "  liegt vor, wenn A"]
    for i in range(1, 40):      # eingesetzt wären es 2^40 Bedingungen
        lines += [f"Begriff B{i}", "  liegt vor, wenn alle folgenden:", f"    - B{i - 1}",
                  "    - mindestens eines der folgenden:", f"      - B{i - 1}", "      - C"]
    lines += ['Norm "N": T', "  Die Aufenthaltserlaubnis kann erteilt werden, wenn B39   [Q]"]
    folder = _write(tmp_path, "raute", "\n".join(lines) + "\n")
    tracemalloc.start()
    try:
        codes = {d.code for d in _errors(folder, tmp_path)}
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "umfang" in codes
    assert peak < 100_000_000


def test_a_five_megabyte_norm_file_is_refused_without_reading_it(tmp_path):
    folder = tmp_path / "gross"
    folder.mkdir()
    with open(folder / "gross.lexdsl", "w", encoding="utf-8") as handle:
        for i in range(100_000):
            handle.write(f"Merkmal Merkmal Nummer {i}: ja/nein   [VwV {i}]\n  \"Beschreibung {i}\"\n")
    assert (folder / "gross.lexdsl").stat().st_size > 5_000_000
    with pytest.raises(LexdslError) as info:
        find_sources(folder)
    [diagnostic] = info.value.diagnostics
    assert diagnostic.code == "datei" and "zu groß" in diagnostic.message and diagnostic.span.line == 1


def test_thousands_of_conditions_side_by_side_compile_and_decide(tmp_path):
    n = 3_000
    lines = [f"Merkmal M{i}: ja/nein" for i in range(n)]
    lines += ['Norm "N": T', "  Die Aufenthaltserlaubnis kann erteilt werden, wenn mindestens eines der folgenden:   [Q]"]
    lines += [f"    - M{i}" for i in range(n)]
    corpus = load(_write(tmp_path, "breit", "\n".join(lines) + "\n"), cache_dir=tmp_path / "cache")
    norm = corpus.norm("N")
    assert norm.pruefen(corpus.facts({f"M{i}": i == n - 1 for i in range(n)})).outcome.value == "ermessen"
    assert norm.pruefen(corpus.facts({f"M{i}": False for i in range(n)})).outcome.value == "nicht_erfuellt"


def test_many_messages_about_one_big_file_render_line_by_line(tmp_path):
    """20.000 Warnungen zu einer Datei: jede mit Zeile und Markierung (die Quelle wird nur einmal zerlegt)."""
    from lexdsl.workspace.compile import Frontend

    lines = [f"Merkmal Unbenutzt {i}: ja/nein" for i in range(20_000)]
    lines += ["Merkmal A: ja/nein", 'Norm "N": T', "  Die Aufenthaltserlaubnis kann erteilt werden, wenn A   [Q]"]
    text = "\n".join(lines) + "\n"
    folder = _write(tmp_path, "viele", text)
    _modules, diagnostics = Frontend(None).check(find_sources(folder))
    assert len(diagnostics) == 20_000
    rendered = LexdslError(diagnostics, {diagnostics[0].span.file: text}).render()
    assert rendered.count("Warnung: Das Merkmal »Unbenutzt") == 20_000 and rendered.count("^") >= 20_000


@pytest.mark.parametrize("char", ["\x1b", "\u202e", "\u200b", "\u2028", "\x0c", "\r", "\ufeff"])
def test_control_and_invisible_characters_are_refused_with_their_position(tmp_path, char):
    text = f'Merkmal A: ja/nein\nNorm "N{char}x": T\n  Die Aufenthaltserlaubnis kann erteilt werden, wenn A   [Q]\n'
    [diagnostic] = _errors(_write(tmp_path, "steuer", text), tmp_path)
    assert diagnostic.code == "syntax" and f"U+{ord(char):04X}" in diagnostic.message
    assert (diagnostic.span.line, diagnostic.span.column) == (2, 8)


def test_an_empty_norm_id_is_refused(tmp_path):
    text = 'Merkmal A: ja/nein\nNorm "  ": T\n  Die Aufenthaltserlaubnis kann erteilt werden, wenn A   [Q]\n'
    [diagnostic] = _errors(_write(tmp_path, "leer", text), tmp_path)
    assert diagnostic.message == "Die Kennung ist leer." and diagnostic.span.line == 2


# ------------------------------------------------------------ nichts halb geschrieben

_SLOW_WRITER = textwrap.dedent("""
    import os, sys, time, py_compile
    sys.path.insert(0, {src!r})
    from pathlib import Path
    real = {module}.{function}
    def slow(*args, **kwargs):
        result = real(*args, **kwargs)
        Path({ready!r}).write_text("bereit")
        time.sleep(60)          # hier, mitten im Schreiben, wird der Prozess getötet
        return result
    {module}.{function} = slow
    from lexdsl.workspace import atomic, corpus
    {call}
""")


def _kill_while_writing(tmp_path: Path, call: str, where: str = "os.fsync") -> None:
    ready = tmp_path / "bereit"
    module, function = where.split(".")
    code = _SLOW_WRITER.format(src=str(ROOT / "src"), ready=str(ready), call=call, module=module, function=function)
    process = subprocess.Popen([sys.executable, "-c", code])
    try:
        deadline = time.time() + 30
        while not ready.exists():
            assert process.poll() is None, "der Schreibprozess endete vorzeitig"
            assert time.time() < deadline
            time.sleep(0.02)
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(10)
    assert process.returncode == -signal.SIGKILL


def test_a_report_killed_mid_write_leaves_the_old_file_intact(tmp_path):
    target = tmp_path / "abdeckung.json"
    write_atomic(target, b'{"alt": true}\n')
    _kill_while_writing(tmp_path, f"atomic.write_atomic(Path({str(target)!r}), b'{{\"neu\": 1}}' * 100000)")
    assert target.read_bytes() == b'{"alt": true}\n'
    write_atomic(target, b'{"neu": true}\n')           # und der nächste Versuch gelingt
    assert target.read_bytes() == b'{"neu": true}\n'


def test_kompilieren_killed_mid_write_leaves_the_old_package_intact(tmp_path):
    target = tmp_path / "paket"
    write_tree(target, {"__init__.py": "# Erzeugt von lexdsl – alt\n", "a.py": "X = 1\n"})
    before = {p.name: p.read_text(encoding="utf-8") for p in target.iterdir()}
    _kill_while_writing(tmp_path, f"atomic.write_tree(Path({str(target)!r}), "
                                  "{'__init__.py': '# Erzeugt von lexdsl – neu\\n', 'a.py': 'X = 2\\n', 'b.py': ''})")
    assert {p.name: p.read_text(encoding="utf-8") for p in target.iterdir()} == before


def test_write_tree_never_overwrites_a_foreign_directory(tmp_path):
    target = tmp_path / "fremd"
    target.mkdir()
    (target / "notizen.txt").write_text("wichtig", encoding="utf-8")
    with pytest.raises(FileExistsError):
        write_tree(target, {"__init__.py": "# Erzeugt von lexdsl\n"})
    assert (target / "notizen.txt").read_text(encoding="utf-8") == "wichtig"


def test_a_failed_write_restores_nothing_half_done(tmp_path, monkeypatch):
    """Bricht das Schreiben ab (hier: volle Platte beim zweiten Datei), bleibt das alte Paket vollständig."""
    target = tmp_path / "paket"
    write_tree(target, {"__init__.py": "# Erzeugt von lexdsl – alt\n", "a.py": "X = 1\n"})
    calls = {"n": 0}
    real_fsync = os.fsync

    def failing_fsync(fd):
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError(28, "Kein Platz mehr auf dem Gerät")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(OSError):
        write_tree(target, {"__init__.py": "# Erzeugt von lexdsl – neu\n", "a.py": "X = 2\n"})
    monkeypatch.undo()
    assert (target / "a.py").read_text(encoding="utf-8") == "X = 1\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_cache_killed_mid_write_is_rebuilt_not_trusted(tmp_path):
    cache = tmp_path / "cache"
    # Getötet, nachdem das erste Modul des übersetzten Pakets samt Bytecode geschrieben ist.
    _kill_while_writing(tmp_path, f"corpus.load({str(NORMS)!r}, cache_dir=Path({str(cache)!r}))",
                        where="py_compile.compile")
    assert not list(cache.glob("korpus-*"))          # nur das temporäre Verzeichnis existiert
    corpus = load(NORMS, cache_dir=cache)            # der unterbrochene Zwischenspeicher wird nicht benutzt
    assert corpus.norm("§ 25 Abs. 5 AufenthG").title.startswith("Aufenthaltserlaubnis")
    assert corpus.warnings == [] and (corpus.directory / "MANIFEST.json").exists()


# ------------------------------------------------------------ Determinismus

def test_the_same_case_gives_byte_identical_json_across_runs_and_hash_seeds(tmp_path):
    outputs = set()
    for seed in ("0", "1", "4242", "random"):
        env = dict(os.environ, PYTHONHASHSEED=seed, LEXDSL_CACHE=str(tmp_path / f"cache-{seed}"))
        for case in ("beispiele/reiseunfaehigkeit.yaml", "beispiele/verschulden_ungeklaert.yaml"):
            done = subprocess.run([sys.executable, "-m", "lexdsl.cli", "prüfen", case, "--format", "json"],
                                  cwd=ROOT, capture_output=True, env=env, check=True)
            outputs.add((case, done.stdout))
    assert len(outputs) == 2        # je Fall genau eine Ausgabe, gleich in allen Läufen

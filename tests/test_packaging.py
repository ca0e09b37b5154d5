"""Paket: Die Grammatik liegt im Wheel, und eine nicht editierbare Installation findet sie."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile

import pytest

from .conftest import ROOT, norm_count


def version_in_source() -> str:
    import re

    text = (ROOT / "src" / "lexdsl" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'^__version__ = "([^"]+)"', text, re.M).group(1)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "-w", str(out), str(ROOT)],
                   check=True, capture_output=True, text=True)
    [built] = out.glob("lexdsl-*.whl")
    return built


def test_wheel_contains_grammar_norms_and_plugin_entry_point(wheel):
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        assert "lexdsl/language/grammar.lark" in names
        assert "lexdsl/norms/aufenthg_25_5.lexdsl" in names
        assert {"lexdsl/site/hooks.py", "lexdsl/site/diagram.py", "lexdsl/pygments_lexer.py"} <= names
        assert "lexdsl/py.typed" in names                      # typisiert für Nutzer der Bibliothek
        assert any(n.endswith("licenses/LICENSE") for n in names)
        metadata = archive.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
        entry_points = next(n for n in names if n.endswith("entry_points.txt"))
        text = archive.read(entry_points).decode()
    assert "License-Expression: MIT" in metadata and "Classifier: Typing :: Typed" in metadata
    assert "Project-URL: Aufenthaltsgesetz" in metadata
    assert "lexdsl = lexdsl.cli:main" in text
    assert "[pytest11]" in text and "lexdsl.pytest_plugin" in text
    assert "[pygments.lexers]" in text and "lexdsl.pygments_lexer:LexdslLexer" in text


def test_installed_copy_finds_its_grammar_and_checks_a_case(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target),
                    str(wheel)], check=True, capture_output=True, text=True)
    workdir = tmp_path / "anderswo"
    workdir.mkdir()
    env = dict(os.environ, PYTHONPATH=str(target), LEXDSL_CACHE=str(tmp_path / "cache"))
    env.pop("LEXDSL_NORMEN", None)
    code = ("import lexdsl.language.grammar as g, lexdsl.cli as c; print(g.grammar_path()); "
            "import sys; sys.exit(c.main(['prüfen', sys.argv[1], '--format', 'json']))")
    done = subprocess.run([sys.executable, "-c", code, str(ROOT / "beispiele" / "reiseunfaehigkeit.yaml")],
                          capture_output=True, text=True, cwd=workdir, env=env)
    assert done.returncode == 0, done.stderr
    grammar_line, _, output = done.stdout.partition("\n")
    assert grammar_line == str(target / "lexdsl" / "language" / "grammar.lark")
    results = {r["norm"]: r["ergebnis"] for r in json.loads(output)["ergebnisse"]}
    assert results["§ 25 Abs. 5 AufenthG"] == "soll"
    assert "mitgelieferten Normen" in done.stderr      # kein ./norms: lexdsl sagt, welche Normen es nimmt
    code = "import lexdsl; k = lexdsl.load(); print(len(k.normen), lexdsl.__version__)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=workdir, env=env)
    assert done.returncode == 0, done.stderr
    count, version = done.stdout.split()
    assert int(count) == norm_count() and version == version_in_source()

"""Die Beispiele der Handseiten laufen: Python-Blöcke werden ausgeführt, Gherkin-Blöcke als Szenarien geprüft."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pytest

from .conftest import ROOT

DOCS = ROOT / "docs"


def _blocks(language: str):
    found = []
    for page in sorted(DOCS.glob("*.md")):
        text = page.read_text(encoding="utf-8")
        for match in re.finditer(rf"^```{language}\n(.*?)^```$", text, re.S | re.M):
            line = text[:match.start()].count("\n") + 1
            found.append(pytest.param(match.group(1), id=f"{page.name}:{line}"))
    return found


@pytest.mark.parametrize("code", _blocks("python"))
def test_python_example_runs(code, monkeypatch, tmp_path, capsys):
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("LEXDSL_CACHE", str(tmp_path / "cache"))
    exec(compile(code, "<docs>", "exec"), {"__name__": "__docs__"})


def test_there_are_python_examples():
    assert len(_blocks("python")) >= 3


def test_gherkin_examples_in_the_docs_pass_as_scenarios(tmp_path):
    """Jeder Gherkin-Block der Handseiten läuft als Szenario gegen das echte Korpus."""
    blocks = [p.values[0] for p in _blocks("gherkin")]
    assert len(blocks) >= 2
    project = tmp_path / "projekt"
    shutil.copytree(ROOT / "norms", project / "norms")
    shutil.copytree(ROOT / "beispiele", project / "beispiele")
    for number, block in enumerate(blocks, 1):
        if not block.startswith("# language: de"):
            block = "# language: de\nFunktionalität: Beispiel aus der Dokumentation\n\n" + block
        (project / "features" / f"b{number}").mkdir(parents=True)
        (project / "features" / f"b{number}" / f"beispiel_{number}.feature").write_text(block, encoding="utf-8")
    env = dict(os.environ, LEXDSL_CACHE=str(tmp_path / "cache"))
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "features"],
                          cwd=project, capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    scenarios = sum(len(re.findall(r"^\s*Szenario:", b, re.M)) for b in blocks)
    assert f"{scenarios} passed" in done.stdout

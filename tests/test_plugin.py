"""Das pytest-Plugin in einem fremden Projekt: nur norms/ und features/, keine Python-Datei."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import dedent

NORM = """
    Merkmal Voraussetzung erfüllt: ja/nein              [§ 1 Beispielgesetz]
    Merkmal Sperre: ja/nein                              [§ 2 Beispielgesetz]
    Norm "§ 1 Beispielgesetz": Beispieltitel             [§ 1 Beispielgesetz]
      Der Tatbestand ist erfüllt, wenn Voraussetzung erfüllt   [§ 1 Abs. 1 Beispielgesetz]
      Die Aufenthaltserlaubnis kann erteilt werden.      [§ 1 Abs. 2 Beispielgesetz]
      Sie darf nicht erteilt werden, wenn Sperre          [§ 2 Beispielgesetz]
"""

FEATURE_A = """
    # language: de
    @norm_beispiel
    Funktionalität: § 1 Beispielgesetz

      Grundlage:
        Angenommen ein Fall mit folgenden Merkmalen:
          | Merkmal                | Wert |
          | Voraussetzung erfüllt  | ja   |
          | Sperre                 | nein |

      @quelle_1
      Szenario: § 1 Abs. 2 – Ermessen
        Wenn "§ 1 Beispielgesetz" geprüft wird
        Dann kann die Aufenthaltserlaubnis erteilt werden
        Und die Begründung nennt "§ 1 Abs. 2 Beispielgesetz"

      @quelle_2
      Szenario: § 2 – Sperre
        Angenommen das Merkmal "Sperre" ist "ja"
        Wenn "§ 1 Beispielgesetz" geprüft wird
        Dann darf die Aufenthaltserlaubnis nicht erteilt werden
"""

FEATURE_B = """
    # language: de
    @norm_anderes
    Funktionalität: Offen

      Szenario: § 1 Abs. 1 – unbekannte Voraussetzung
        Angenommen ein Fall mit folgenden Merkmalen:
          | Merkmal                | Wert      |
          | Voraussetzung erfüllt  | unbekannt |
          | Sperre                 | nein      |
        Wenn "§ 1 Beispielgesetz" geprüft wird
        Dann ist das Ergebnis offen
        Und es fehlt das Merkmal "Voraussetzung erfüllt"
"""


@pytest.fixture
def project(tmp_path):
    root = tmp_path / "projekt"
    (root / "norms").mkdir(parents=True)
    (root / "norms" / "beispiel.lexdsl").write_text(dedent(NORM), encoding="utf-8")
    for folder, text in (("a", FEATURE_A), ("b", FEATURE_B)):
        (root / "features" / folder).mkdir(parents=True)
        (root / "features" / folder / f"{folder}.feature").write_text(dedent(text), encoding="utf-8")
    return root


def pytest_run(root: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, LEXDSL_CACHE=str(root.parent / "cache"))
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args],
                          cwd=root, capture_output=True, text=True, env=env)


def test_project_without_python_files_runs_its_scenarios(project):
    assert not list(project.rglob("*.py"))
    done = pytest_run(project)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "3 passed" in done.stdout


def test_tags_are_registered_markers_and_select_a_norm(project):
    done = pytest_run(project, "--strict-markers", "-m", "norm_beispiel")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "2 passed, 1 deselected" in done.stdout
    done = pytest_run(project, "--strict-markers", "-m", "quelle_2")
    assert "1 passed, 2 deselected" in done.stdout


def test_cucumber_json_report(project):
    done = pytest_run(project, "--cucumberjson=bericht.json")
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads((project / "bericht.json").read_text(encoding="utf-8"))
    scenarios = {e["name"]: e for feature in report for e in feature["elements"]}
    assert set(scenarios) == {"§ 1 Abs. 2 – Ermessen", "§ 2 – Sperre", "§ 1 Abs. 1 – unbekannte Voraussetzung"}
    steps = scenarios["§ 2 – Sperre"]["steps"]
    assert [s["keyword"] for s in steps][-1] == "Dann"
    assert all(s["result"]["status"] == "passed" for s in steps)
    assert {t["name"] for t in scenarios["§ 2 – Sperre"]["tags"]} == {"quelle_2"}
    feature_tags = {f["name"]: {t["name"] for t in f["tags"]} for f in report}
    assert feature_tags["§ 1 Beispielgesetz"] == {"norm_beispiel"}


def test_a_wrong_expectation_fails_with_a_german_message(project):
    path = project / "features" / "a" / "a.feature"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "Dann darf die Aufenthaltserlaubnis nicht erteilt werden", "Dann kann die Aufenthaltserlaubnis erteilt werden"),
        encoding="utf-8")
    done = pytest_run(project)
    assert done.returncode == 1
    assert "1 failed, 2 passed" in done.stdout
    assert "Erwartet: ermessen. Tatsächlich:" in done.stdout

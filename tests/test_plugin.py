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


def test_coverage_report_names_who_drove_each_condition(project):
    done = pytest_run(project, "--lexdsl-abdeckung=abdeckung.json")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Bedingungsabdeckung der Szenarien" in done.stdout
    data = json.loads((project / "abdeckung.json").read_text(encoding="utf-8"))
    [norm] = data["normen"]
    rows = {r["text"]: r for r in norm["liste"]}
    assert set(rows) == {"Voraussetzung erfüllt", "Sperre"}
    sperre = rows["Sperre"]
    assert sperre["wahr"] == ["§ 2 – Sperre"]
    assert set(sperre["falsch"]) == {"§ 1 Abs. 2 – Ermessen", "§ 1 Abs. 1 – unbekannte Voraussetzung"}
    # Entscheidend: ohne Sperre wäre im Fall „§ 2 – Sperre“ erteilt worden, und umgekehrt.
    assert sperre["entscheidend"] == ["§ 1 Abs. 2 – Ermessen", "§ 2 – Sperre"]
    voraussetzung = rows["Voraussetzung erfüllt"]
    assert voraussetzung["wahr"] == ["§ 1 Abs. 2 – Ermessen", "§ 2 – Sperre"]
    assert voraussetzung["falsch"] == []  # im offenen Fall unbekannt: weder ja noch nein
    assert voraussetzung["entscheidend"] == ["§ 1 Abs. 2 – Ermessen"]  # bei Sperre gleichgültig
    assert norm["beide_richtungen"] == 1 and norm["bedingungen"] == 2
    assert norm["luecken"] == [{"stelle": voraussetzung["stelle"], "text": "Voraussetzung erfüllt",
                                "pfad": "Tatbestand", "fundstellen": ["§ 1 Abs. 1 Beispielgesetz"], "fehlt": "nein"}]


def test_lexdsl_abdeckung_command(project):
    env = dict(os.environ, LEXDSL_CACHE=str(project.parent / "cache"))
    done = subprocess.run([str(Path(sys.executable).with_name("lexdsl")), "abdeckung", "--luecken", "3"],
                          cwd=project, capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "fehlt nein: Voraussetzung erfüllt (Tatbestand)" in done.stdout
    assert (project / "ergebnisse" / "abdeckung.json").is_file()


def test_coverage_report_keeps_every_norm_directory_of_a_run(project):
    """Zwei Normverzeichnisse in einem Lauf: der Bericht enthält die Normen beider."""
    (project / "andere").mkdir()
    (project / "andere" / "zweite.lexdsl").write_text(dedent(NORM).replace("§ 1 Beispielgesetz\"", "§ 9 Beispielgesetz\""),
                                                     encoding="utf-8")
    (project / "features" / "c").mkdir()
    (project / "features" / "c" / "c.feature").write_text(dedent("""
        # language: de
        Funktionalität: Zweites Verzeichnis

          Szenario: § 9 – Ermessen
            Angenommen die Normen aus "andere"
            Und ein Fall mit folgenden Merkmalen:
              | Merkmal                | Wert |
              | Voraussetzung erfüllt  | ja   |
              | Sperre                 | nein |
            Wenn "§ 9 Beispielgesetz" geprüft wird
            Dann kann die Aufenthaltserlaubnis erteilt werden
    """), encoding="utf-8")
    done = pytest_run(project, "--lexdsl-abdeckung=abdeckung.json")
    assert done.returncode == 0, done.stdout + done.stderr
    data = json.loads((project / "abdeckung.json").read_text(encoding="utf-8"))
    assert sorted(n["norm"] for n in data["normen"]) == ["§ 1 Beispielgesetz", "§ 9 Beispielgesetz"]
    assert data["gesamt"]["bedingungen"] == sum(n["bedingungen"] for n in data["normen"]) == 4

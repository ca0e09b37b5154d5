"""Der Zwischenspeicher unter gleichzeitiger Benutzung, gegen untergeschobene Dateien und mit begrenzter Größe.

Die langen Läufe (8 Prozesse, 20 Runden) tragen die Markierung ``haerte`` und laufen mit ``make haerte``;
``make test`` führt dieselben Tests mit wenigen Runden aus.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

LEXDSL = [sys.executable, "-m", "lexdsl.cli"]

NORM = """\
Merkmal Dauer der Duldung: Dauer   [VwV 25.5.2]
Merkmal Reiseunfähigkeit: ja/nein   [VwV 25.5.1.2]
Norm "§ 25 Abs. 5 AufenthG": Aufenthaltserlaubnis bei unmöglicher Ausreise
  Die Aufenthaltserlaubnis kann erteilt werden, wenn Reiseunfähigkeit   [§ 25 Abs. 5 S. 1 AufenthG]
  Sie soll erteilt werden, wenn Dauer der Duldung: mindestens 18 Monate   [§ 25 Abs. 5 S. 2 AufenthG]
    atypischer Fall, wenn nicht Reiseunfähigkeit
"""
CASE = "merkmale:\n  Reiseunfähigkeit: ja\n  Dauer der Duldung: 2 Monate\n"


@pytest.fixture
def workspace(tmp_path):
    norms = tmp_path / "normen"
    norms.mkdir()
    (norms / "n.lexdsl").write_text(NORM, encoding="utf-8")
    case = tmp_path / "fall.yaml"
    case.write_text(CASE, encoding="utf-8")
    return norms, case


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", **extra)
    env.pop("LEXDSL_CACHE", None)
    return env


def _pruefen(norms: Path, case: Path, cache: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*LEXDSL, "--cache", str(cache), "prüfen", str(case), "--normen", str(norms),
                           "--format", "json"], capture_output=True, text=True, env=_env(**env), cwd=ROOT,
                          timeout=120)


def _outcome(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)["ergebnisse"][0]["ergebnis"]


# ------------------------------------------------------------------ gleichzeitig


def _race(norms: Path, case: Path, cache: Path, processes: int) -> list[tuple[int, str, str]]:
    started = [subprocess.Popen([*LEXDSL, "--cache", str(cache), "prüfen", str(case), "--normen", str(norms),
                                 "--format", "json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                env=_env(), cwd=ROOT) for _ in range(processes)]
    return [(p.returncode, out, err) for p in started for out, err in [p.communicate(timeout=300)]]


def _rounds(workspace, tmp_path, processes: int, rounds: int) -> None:
    norms, case = workspace
    for number in range(rounds):
        cache = tmp_path / f"kalt{number}"      # jede Runde beginnt mit leerem Zwischenspeicher
        for code, out, err in _race(norms, case, cache, processes):
            assert code == 0 and "Programmfehler" not in err, f"Runde {number}: Exit {code}\n{err}"
            assert json.loads(out)["ergebnisse"][0]["ergebnis"] == "ermessen"
        leftovers = [p.name for p in cache.iterdir() if p.name.startswith(".")]
        assert not leftovers, leftovers          # keine halb geschriebenen Verzeichnisse


def test_processes_started_together_on_a_cold_cache_all_succeed(workspace, tmp_path):
    _rounds(workspace, tmp_path, processes=8, rounds=4)


@pytest.mark.haerte
def test_eight_processes_on_a_cold_cache_for_twenty_rounds(workspace, tmp_path):
    _rounds(workspace, tmp_path, processes=8, rounds=20)


# ------------------------------------------------------------------ nur, was das Manifest nennt


def _package(cache: Path) -> Path:
    [directory] = [p for p in cache.iterdir() if p.name.startswith("korpus-")]
    return directory


def test_a_directory_planted_beside_a_cached_module_is_never_imported(workspace, tmp_path):
    norms, case = workspace
    cache = tmp_path / "cache"
    assert _outcome(_pruefen(norms, case, cache)) == "ermessen"
    package = _package(cache)
    canary = tmp_path / "fremder_code_lief"
    for module in package.glob("*.py"):
        if module.name == "__init__.py":
            continue
        planted = package / module.stem
        planted.mkdir()
        (planted / "__init__.py").write_text(
            f"open({str(canary)!r}, 'w').close()\nNORMEN = ()\n", encoding="utf-8")
    (package / "zusatz.py").write_text(f"open({str(canary)!r}, 'w').close()\n", encoding="utf-8")
    assert _outcome(_pruefen(norms, case, cache)) == "ermessen"
    assert not canary.exists()


def test_a_changed_number_in_the_ast_cache_never_reaches_a_decision(workspace, tmp_path):
    norms, case = workspace
    cache = tmp_path / "cache"
    assert _outcome(_pruefen(norms, case, cache)) == "ermessen"
    [ast_file] = (cache / "ast").iterdir()
    text = ast_file.read_text(encoding="utf-8")
    assert '"18"' in text
    ast_file.write_text(text.replace('"18"', '"1"'), encoding="utf-8")   # mindestens 1 statt 18 Monate
    for package in cache.glob("korpus-*"):
        subprocess.run(["rm", "-rf", str(package)], check=True)      # neu übersetzen, aus dem Syntaxbaum-Speicher
    assert _outcome(_pruefen(norms, case, cache)) == "ermessen"     # 2 Monate sind keine 18: kein „soll“


# ------------------------------------------------------------------ Ordnung


def test_an_unwritable_cache_works_and_leaves_no_temporary_directories(workspace, tmp_path):
    norms, case = workspace
    blocked = tmp_path / "keinverzeichnis"
    blocked.write_text("eine Datei, kein Verzeichnis", encoding="utf-8")   # auch als root nicht beschreibbar
    temp = tmp_path / "temp"
    temp.mkdir()
    for _ in range(2):
        assert _outcome(_pruefen(norms, case, blocked, TMPDIR=str(temp))) == "ermessen"
    assert list(temp.iterdir()) == []


def test_the_cache_keeps_a_bounded_number_of_entries(tmp_path):
    from lexdsl.workspace import cache as cache_module
    from lexdsl.workspace.corpus import load

    cache = tmp_path / "cache"
    folder = tmp_path / "normen"
    folder.mkdir()
    for number in range(cache_module.MAX_CORPORA + 4):
        (folder / "n.lexdsl").write_text(
            f'Merkmal A{number}: ja/nein\nNorm "N": T\n  Sie kann erteilt werden, wenn A{number}\n', encoding="utf-8")
        load(folder, cache_dir=cache)
    assert len(list(cache.glob("korpus-*"))) <= cache_module.MAX_CORPORA
    assert len(list((cache / "ast").iterdir())) <= cache_module.MAX_AST_FILES
    newest = load(folder, cache_dir=cache)            # der zuletzt benutzte Eintrag bleibt
    assert newest.directory.exists()


def test_help_and_docs_name_the_same_cache_location(capsys):
    from lexdsl.cli import main
    from lexdsl.workspace.cache import CACHE_LOCATION

    with pytest.raises(SystemExit):
        main(["--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert CACHE_LOCATION in help_text
    for page in ("docs/api.md", "README.md"):
        assert CACHE_LOCATION in " ".join((ROOT / page).read_text(encoding="utf-8").split()), page
    assert ".lexdsl-cache" not in (ROOT / "docs/api.md").read_text(encoding="utf-8")

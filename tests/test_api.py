"""Die Python-Schnittstelle: geprüfte Werte wie in einer Falldatei, mitgelieferte Normen, öffentliche Namen."""

from __future__ import annotations

import datetime
import shutil
import subprocess
import sys

import pytest

import lexdsl
from lexdsl import CaseError, Duration, Outcome

from .conftest import NORMS, ROOT

NORM = "§ 25 Abs. 5 AufenthG"
GRUNDFALL = {  # VwV 25.5.1.2, 25.5.2: Reiseunfähigkeit, seit 24 Monaten geduldet
    "vollziehbar ausreisepflichtig": True, "im Bundesgebiet": True, "Reiseunfähigkeit": True,
    "Ausreisehindernis auf unbegrenzte Zeit": True,
}


def test_load_without_argument_loads_the_packaged_norms(corpus, tmp_path):
    packaged = lexdsl.load(cache_dir=tmp_path / "cache")
    assert sorted(packaged.normen) == sorted(corpus.normen)
    assert set(packaged.merkmale) == set(corpus.merkmale)


def test_dir_lists_exactly_the_public_names():
    names = dir(lexdsl)
    assert sorted(names) == sorted(lexdsl.__all__)
    assert {"load", "Corpus", "Facts", "Result", "Outcome", "Duration", "CaseError", "LexdslError", "load_case",
            "__version__"} <= set(names)
    for name in names:
        assert getattr(lexdsl, name) is not None, name
    with pytest.raises(AttributeError):
        lexdsl.gibt_es_nicht  # noqa: B018


@pytest.mark.parametrize("values", [
    {"Dauer der Duldung": "24 Monate"},
    {"Dauer der Duldung": "2 Jahre"},
    {"Dauer der Duldung": Duration(months=24)},
    {"Dauer der Duldung": Duration.years(2)},
])
def test_python_values_and_case_file_spellings_give_the_same_result(corpus, values):
    facts = corpus.facts({**GRUNDFALL, **values})
    assert facts.three["Dauer der Duldung"] == 24.0
    reference = corpus.facts({**GRUNDFALL, "Dauer der Duldung": "24 Monate"})
    norm = corpus.norm(NORM)
    assert norm.pruefen(facts).to_dict() == norm.pruefen(reference).to_dict()


def test_other_types_accept_python_values_and_spellings(corpus):
    facts = corpus.facts({"Reiseunfähigkeit": "ja", "im Bundesgebiet": "nein",
                          "Anzahl der Verstöße gegen entsprechende Mitwirkungspflichten": 2,
                          "festgestelltes Abschiebungsverbot": "keines"})
    assert facts.three["Reiseunfähigkeit"] is True and facts.three["im Bundesgebiet"] is False
    assert facts.three["Anzahl der Verstöße gegen entsprechende Mitwirkungspflichten"] == 2.0
    assert facts.three["festgestelltes Abschiebungsverbot"] == "keines"


def test_a_datum_merkmal_takes_a_date_or_its_spellings(compile_norms):
    corpus = compile_norms("""
        Merkmal Einreise: Datum                                    [§ 1 Testgesetz]
        Norm "§ 1 Testgesetz": Aufenthaltserlaubnis
          Sie kann erteilt werden, wenn Einreise: vor dem 01.01.2005   [§ 1 Testgesetz]
    """)
    norm = corpus.norm("§ 1 Testgesetz")
    for value in (datetime.date(2004, 12, 31), "2004-12-31", "31.12.2004"):
        facts = corpus.facts({"Einreise": value})
        assert facts.three["Einreise"] == "2004-12-31"
        assert norm.entscheiden(facts) is Outcome.ERMESSEN
    assert norm.entscheiden(corpus.facts({"Einreise": datetime.date(2005, 1, 1)})) is Outcome.NICHT_ERFUELLT
    with pytest.raises(CaseError):
        corpus.facts({"Einreise": datetime.datetime(2004, 12, 31, 12, 0)})


def test_stichtag_accepts_a_date_and_is_checked(corpus):
    assert corpus.facts({}, stichtag=datetime.date(2024, 6, 30)).stichtag == "2024-06-30"
    assert corpus.facts({}, stichtag="30.06.2024").stichtag == "2024-06-30"
    with pytest.raises(CaseError) as info:
        corpus.facts({}, stichtag="1900-01-01")
    assert info.value.field == "stichtag"


def test_unknown_merkmal_is_an_error_with_a_suggestion(corpus):
    with pytest.raises(CaseError) as info:
        corpus.facts({"Reiseunfähigkait": True})
    assert isinstance(info.value, ValueError)
    assert info.value.field == "Reiseunfähigkait"
    assert "Meinten Sie »Reiseunfähigkeit«" in info.value.render()


def test_a_wrong_type_names_the_merkmal_and_the_expected_type(corpus):
    with pytest.raises(CaseError) as info:
        corpus.facts({"Dauer der Duldung": True})
    assert info.value.field == "Dauer der Duldung" and "erwartet eine Dauer" in info.value.message
    with pytest.raises(CaseError) as info:
        corpus.facts({"Dauer der Duldung": 24.0})          # Monate oder Jahre? Ohne Einheit mehrdeutig.
    assert "Duration" in (info.value.hint or "")
    with pytest.raises(CaseError) as info:
        corpus.facts({"Reiseunfähigkeit": "vielleicht"})
    assert info.value.field == "Reiseunfähigkeit" and "erwartet ja oder nein" in info.value.message


def test_a_begriff_cannot_be_given_as_a_fact(corpus):
    begriff = next(iter(corpus.begriffe))
    with pytest.raises(CaseError, match="Begriff"):
        corpus.facts({begriff: True})


def test_version_option(capsys):
    from lexdsl.cli import main

    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"lexdsl {lexdsl.__version__}"


def test_every_command_takes_the_norms_with_one_option(tmp_path, monkeypatch, capsys):
    from lexdsl.cli import main

    folder = tmp_path / "eigene"
    folder.mkdir()
    shutil.copy(NORMS / "aufenthg_25_5.lexdsl", folder)
    shutil.copy(NORMS / "gemeinsame_begriffe.lexdsl", folder)
    shutil.copy(NORMS / "allgemeine_vorschriften.lexdsl", folder)
    monkeypatch.chdir(tmp_path)
    cache = ["--cache", str(tmp_path / "cache")]
    case = str(ROOT / "beispiele" / "reiseunfaehigkeit.yaml")
    for argv in (["check", "--normen", str(folder)], ["merkmale", "--normen", str(folder)],
                 ["schema", "--normen", str(folder)], ["prüfen", case, "--normen", str(folder)],
                 ["kompilieren", "--normen", str(folder), "-o", str(tmp_path / "paket")]):
        assert main(cache + argv) == 0, argv
        captured = capsys.readouterr()
        assert "mitgelieferten" not in captured.err, argv
    assert main(cache + ["prüfen", case, "--normen", str(folder), "--format", "json"]) == 0
    assert '"§ 22 S. 1 AufenthG"' not in capsys.readouterr().out     # nur die Normen des Ordners


def test_without_a_norms_folder_the_cli_says_it_uses_the_packaged_norms(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("LEXDSL_NORMEN", raising=False)
    from lexdsl.workspace.sources import packaged_norms

    for argv in (["check"], ["merkmale"], ["prüfen", str(ROOT / "beispiele" / "reiseunfaehigkeit.yaml")]):
        done = subprocess.run([sys.executable, "-m", "lexdsl.cli", "--cache", str(tmp_path / "c"), *argv],
                              capture_output=True, text=True, cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        assert "mitgelieferten Normen" in done.stderr and str(packaged_norms()) in done.stderr, argv


def test_facts_reject_values_the_result_would_silently_misread(corpus):
    """Ein Wert, den die Laufzeit falsch verstünde, kommt nicht an ihr vorbei."""
    for value in ("18", "achtzehn Monate", -1, float("nan"), [18], Duration(months=-3),
                  Duration(months=float("inf"))):
        with pytest.raises(CaseError):
            corpus.facts({"Dauer der Duldung": value})


def test_cache_key_covers_every_file_of_the_compiler(tmp_path):
    """Eine Änderung an irgendeiner Datei des Pakets (auch einer neuen) ergibt einen neuen Schlüssel."""
    from lexdsl.workspace.cache import PACKAGE_ROOT, compiler_fingerprint, fingerprint_of

    copy = tmp_path / "lexdsl"
    shutil.copytree(PACKAGE_ROOT, copy, ignore=shutil.ignore_patterns("__pycache__"))
    assert fingerprint_of(copy) == compiler_fingerprint()
    for changed in ("site/diagram.py", "runtime/explain.py", "vocabulary.py"):
        target = copy / changed
        original = target.read_bytes()
        target.write_bytes(original + "\n# geändert\n".encode())
        assert fingerprint_of(copy) != compiler_fingerprint(), changed
        target.write_bytes(original)
    (copy / "compiler" / "neu.py").write_text("X = 1\n", encoding="utf-8")
    assert fingerprint_of(copy) != compiler_fingerprint()

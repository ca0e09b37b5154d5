"""Das pytest-Plugin bei fehlerhaften Szenarien: deutsche Meldungen, keine Ablaufverfolgung, der Lauf geht weiter."""

from __future__ import annotations

import pytest

from .conftest import dedent
from .test_plugin import pytest_run

NORM = """
    Merkmal Voraussetzung erfüllt: ja/nein              [§ 1 Beispielgesetz]
    Merkmal Sperre: ja/nein                              [§ 2 Beispielgesetz]
    Merkmal Tag der Einreise: Datum                      [§ 3 Beispielgesetz]
    Norm "§ 1 Beispielgesetz": Beispieltitel             [§ 1 Beispielgesetz]
      Der Tatbestand ist erfüllt, wenn Voraussetzung erfüllt   [§ 1 Abs. 1 Beispielgesetz]
      Die Aufenthaltserlaubnis kann erteilt werden.      [§ 1 Abs. 2 Beispielgesetz]
      Sie darf nicht erteilt werden, wenn Sperre          [§ 2 Beispielgesetz]
"""

GUT = """
    # language: de
    Funktionalität: läuft

      Szenario: § 2 – Sperre
        Angenommen das Merkmal "Sperre" ist "ja"
        Wenn "§ 1 Beispielgesetz" geprüft wird
        Dann darf die Aufenthaltserlaubnis nicht erteilt werden
"""


@pytest.fixture
def project(tmp_path):
    root = tmp_path / "projekt"
    (root / "norms").mkdir(parents=True)
    (root / "norms" / "beispiel.lexdsl").write_text(dedent(NORM), encoding="utf-8")
    (root / "features").mkdir()
    (root / "features" / "gut.feature").write_text(dedent(GUT), encoding="utf-8")
    return root


def _feature(project, name: str, text: str) -> None:
    (project / "features" / name).write_text(dedent(text), encoding="utf-8")


def _no_traceback(output: str) -> None:
    for marker in ("Traceback", "During handling", "StepDefinitionNotFoundError", "Step definition is not found",
                   "TokenError", "LexdslError", 'File "', "site-packages", "Interrupted"):
        assert marker not in output, f"{marker!r} in:\n{output}"


def test_a_feature_without_the_language_line_is_one_german_failure_and_the_rest_runs(project):
    _feature(project, "ohne_sprache.feature", """
        Funktionalität: ohne Sprachzeile
          Szenario: § 2 – Sperre
            Angenommen das Merkmal "Sperre" ist "ja"
    """)
    done = pytest_run(project)
    out = done.stdout + done.stderr
    assert done.returncode == 1 and "1 failed, 1 passed" in done.stdout, out
    assert "# language: de" in out and "ohne_sprache.feature" in out
    _no_traceback(out)


def test_broken_gherkin_is_reported_with_its_line_in_german(project):
    _feature(project, "kaputt.feature", """
        # language: de
        Funktionalität: kaputt
          Szenario: § 2 – Sperre
            Angenommen das Merkmal "Sperre" ist "ja"
          Sonstwas: das gibt es nicht
    """)
    done = pytest_run(project)
    out = done.stdout + done.stderr
    assert "1 failed, 1 passed" in done.stdout, out
    assert "kaputt.feature:5" in out and "Sonstwas" in out
    _no_traceback(out)


@pytest.mark.parametrize(("folder", "expected"), [
    ("gibtsnicht", "existiert nicht"),
    ("kaputt", "Unbekanntes Merkmal oder unbekannter Begriff »B«"),
])
def test_a_missing_or_broken_norm_folder_is_a_german_failure(project, folder, expected):
    (project / "kaputt").mkdir()
    (project / "kaputt" / "k.lexdsl").write_text('Merkmal A: ja/nein\nNorm "N": T\n  Sie kann erteilt werden, wenn B\n',
                                                 encoding="utf-8")
    _feature(project, "normen.feature", f"""
        # language: de
        Funktionalität: Normen
          Szenario: § 1 – Normen aus {folder}
            Angenommen die Normen aus "{folder}"
            Und das Merkmal "A" ist "ja"
            Wenn "N" geprüft wird
            Dann kann die Aufenthaltserlaubnis erteilt werden
    """)
    done = pytest_run(project)
    out = done.stdout + done.stderr
    assert "1 failed, 1 passed" in done.stdout, out
    assert expected in out and folder in out
    _no_traceback(out)


def test_an_unknown_step_names_the_step_and_the_closest_ones(project):
    _feature(project, "schritt.feature", """
        # language: de
        Funktionalität: Schritte
          Szenario: § 1 – Tippfehler
            Angenommen das Merkmal "Sperre" ist "ja"
            Wenn "§ 1 Beispielgesetz" geprüft wirdd
            Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    """)
    done = pytest_run(project)
    out = done.stdout + done.stderr
    assert "1 failed, 1 passed" in done.stdout, out
    assert "Unbekannter Schritt" in out and 'Wenn "§ 1 Beispielgesetz" geprüft wirdd' in out
    assert "schritt.feature:5" in out
    assert 'Ähnliche Schritte' in out and '"§ 25 Abs. 5 AufenthG" geprüft wird' in out
    _no_traceback(out)


def test_a_bad_value_is_reported_once(project):
    _feature(project, "wert.feature", """
        # language: de
        Funktionalität: Werte
          Szenario: § 2 – falscher Wert
            Angenommen das Merkmal "Sperre" ist "vielleicht"
            Wenn "§ 1 Beispielgesetz" geprüft wird
            Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    """)
    done = pytest_run(project)
    out = done.stdout + done.stderr
    assert "1 failed, 1 passed" in done.stdout, out
    # Einmal im Bericht des Fehlschlags; die Kurzübersicht am Ende wiederholt ihn je nach Terminalbreite.
    body = done.stdout.split("short test summary info")[0]
    assert body.count("erwartet ja oder nein") == 1, out
    _no_traceback(out)


def test_every_tag_pytest_bdd_reads_is_registered(project):
    _feature(project, "tags.feature", """
        # language: de
        @vwv_25.5.2 @wip-2024 @ümlaut @25_5
        Funktionalität: Tags
          @quelle.1 @x-y
          Szenario: § 2 – Sperre
            Angenommen das Merkmal "Sperre" ist "ja"
            Wenn "§ 1 Beispielgesetz" geprüft wird
            Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    """)
    done = pytest_run(project, "--strict-markers")
    assert done.returncode == 0 and "2 passed" in done.stdout, done.stdout + done.stderr
    done = pytest_run(project, "--strict-markers", "--markers")
    for tag in ("vwv_25.5.2", "wip-2024", "ümlaut", "25_5", "quelle.1", "x-y"):
        assert f"@pytest.mark.{tag}:" in done.stdout, tag


@pytest.mark.parametrize(("steps", "expected"), [
    (['Angenommen der Stichtag "01.01.3000"'], "unplausibel"),
    (['Angenommen der Stichtag "unbekannt"'], "unbekannter Stichtag"),
    (['Angenommen der Stichtag "01.01.2010"', 'Und das Merkmal "Tag der Einreise" ist "01.01.2012"'],
     "nach dem Stichtag"),
])
def test_a_stichtag_is_checked_like_on_the_command_line(project, steps, expected):
    lines = ["# language: de", "Funktionalität: Stichtag", "  Szenario: § 1 – Stichtag",
             *(f"    {s}" for s in steps), '    Und das Merkmal "Sperre" ist "ja"',
             '    Wenn "§ 1 Beispielgesetz" geprüft wird', "    Dann darf die Aufenthaltserlaubnis nicht erteilt werden"]
    (project / "features" / "stichtag.feature").write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = pytest_run(project)
    out = done.stdout + done.stderr
    assert "1 failed, 1 passed" in done.stdout, out
    assert expected in out
    _no_traceback(out)

"""Statische Prüfungen: jede Fehlerklasse mit Stelle, Meldung und Hinweis."""

from __future__ import annotations

import pytest

from lexdsl.language import checks, parser
from lexdsl.workspace.compile import Frontend
from lexdsl.workspace.sources import find_sources

from .conftest import NORMS, dedent


def run(*texts: str):
    modules = [parser.parse(dedent(t), f"datei{i}.lexdsl") for i, t in enumerate(texts, start=1)]
    return checks.check(modules)


def only(diagnostics, code):
    found = [d for d in diagnostics if d.code == code]
    assert found, f"keine Meldung {code}: {diagnostics}"
    return found


def test_real_corpus_has_no_errors_and_no_warnings():
    _modules, diagnostics = Frontend(None).check(find_sources(NORMS))
    assert diagnostics == []


def test_unknown_name_suggests_the_closest():
    diagnostics = run("""
        Merkmal Reiseunfähigkeit: ja/nein
        Norm "N": T
          Die Aufenthaltserlaubnis kann erteilt werden, wenn Reiseunfähigkait
    """)
    [d] = [d for d in diagnostics if d.is_error]
    assert d.code == "unbekannter-name"
    assert "»Reiseunfähigkait«" in d.message
    assert d.hint == "Meinten Sie »Reiseunfähigkeit«?"
    assert (d.span.file, d.span.line, d.span.column) == ("datei1.lexdsl", 3, 54)


def test_unknown_name_in_capitalised_keyword_gets_a_hint():
    diagnostics = run("""
        Merkmal A: ja/nein
        Norm "N": T
          Die Aufenthaltserlaubnis kann erteilt werden, wenn Nicht A
    """)
    [d] = only(diagnostics, "unbekannter-name")
    assert "kleingeschrieben" in d.hint


def test_duplicate_definitions_across_files():
    diagnostics = run("Merkmal A: ja/nein\n", "Merkmal A: Dauer\n")
    [d] = only(diagnostics, "doppelte-definition")
    assert d.span.file == "datei2.lexdsl"
    assert "Zuerst definiert in datei1.lexdsl:1:9" in d.hint


def test_duplicate_norm_id():
    diagnostics = run("""
        Merkmal A: ja/nein
        Norm "N": T
          Sie kann erteilt werden, wenn A
        Norm "N": T
          Sie kann erteilt werden, wenn A
    """)
    [d] = only(diagnostics, "doppelte-definition")
    assert "»N«" in d.message and d.span.line == 4


@pytest.mark.parametrize(
    ("declaration", "condition", "fragment"),
    [
        ("Merkmal A: ja/nein", "A: mindestens 18 Monate", "ist ja/nein"),
        ("Merkmal A: ja/nein", "A: nein", "nicht A"),
        ("Merkmal D: Dauer", "D", "braucht einen Vergleich"),
        ("Merkmal D: Dauer", "D: mindestens 18", "fehlt die Einheit"),
        ("Merkmal D: Dauer", "D: vor dem 01.01.2005", "passt nicht dazu"),
        ("Merkmal N: Anzahl", "N: mehr als 2 Monate", "keine Einheit"),
        ("Merkmal T: Datum", "T: mindestens 3", "ist ein Datum"),
        ('Merkmal W: Auswahl "a", "b"', 'W: "c"', "kein Wert der Auswahl"),
        ('Merkmal W: Auswahl "a", "b"', "W: mindestens 2", "ist eine Auswahl"),
    ],
)
def test_type_mismatches(declaration, condition, fragment):
    diagnostics = run(f"""
        {declaration}
        Norm "N": T
          Die Aufenthaltserlaubnis kann erteilt werden, wenn {condition}
    """)
    [d] = only(diagnostics, "typfehler")
    assert fragment in d.message + (d.hint or "")
    assert d.span.line == 3


def test_begriff_compared_like_a_duration_is_a_type_error():
    diagnostics = run("""
        Merkmal A: ja/nein
        Begriff B
          liegt vor, wenn A
        Norm "N": T
          Sie kann erteilt werden, wenn B: mindestens 2 Monate
    """)
    [d] = only(diagnostics, "typfehler")
    assert "Begriff" in d.message


def test_cyclic_definition():
    diagnostics = run("""
        Merkmal A: ja/nein
        Begriff B
          liegt vor, wenn alle folgenden:
            - A
            - C
        Begriff C
          liegt vor, wenn B
        Norm "N": T
          Sie kann erteilt werden, wenn B
    """)
    [d] = only(diagnostics, "zyklus")
    assert "»B« → »C« → »B«" in d.message or "»C« → »B« → »C«" in d.message


def test_norm_without_a_rule():
    diagnostics = run("""
        Merkmal A: ja/nein
        Norm "N": T
          "Nur eine Beschreibung."
    """)
    [d] = only(diagnostics, "norm-ohne-regel")
    assert "»N«" in d.message and d.span.line == 2


def test_unused_merkmal_is_a_warning():
    diagnostics = run("""
        Merkmal A: ja/nein
        Merkmal Unbenutzt: ja/nein
        Norm "N": T
          Sie kann erteilt werden, wenn A
    """)
    [d] = only(diagnostics, "unbenutztes-merkmal")
    assert not d.is_error
    assert d.severity == "Warnung" and "»Unbenutzt«" in d.message


def test_begriff_without_definition():
    diagnostics = run("""
        Begriff B
          "nur Text"
        Norm "N": T
          Sie kann erteilt werden, wenn B
    """)
    only(diagnostics, "begriff-ohne-definition")


def test_regelbeispiele_without_general_clause_warn():
    diagnostics = run("""
        Merkmal A: ja/nein
        Begriff B
          liegt insbesondere vor, wenn A
        Norm "N": T
          Sie kann erteilt werden, wenn B
    """)
    [d] = only(diagnostics, "ohne-generalklausel")
    assert not d.is_error


def test_negative_example_that_is_also_positive_is_a_contradiction():
    diagnostics = run("""
        Merkmal A: ja/nein
        Begriff B
          liegt vor, wenn A
          liegt regelmäßig nicht vor, wenn allein A
        Norm "N": T
          Sie kann erteilt werden, wenn B
    """)
    only(diagnostics, "widerspruch")


def test_soll_without_atypical_case_warns_and_atypical_on_kann_is_an_error():
    diagnostics = run("""
        Merkmal A: ja/nein
        Norm "N": T
          Sie soll erteilt werden, wenn A
          Sie kann erteilt werden, wenn A
            atypischer Fall, wenn A
    """)
    assert only(diagnostics, "ohne-atypischen-fall")[0].span.line == 3
    assert only(diagnostics, "regel")[0].span.line == 5


def test_unknown_vorschrift_in_abweichung():
    diagnostics = run("""
        Merkmal A: ja/nein
        Vorschrift "§ 11 Abs. 1 AufenthG": Sperre
          Ein Aufenthaltstitel darf nicht erteilt werden, wenn A
        Norm "N": T
          Sie kann erteilt werden, wenn A
          abweichend von "§ 11 Abs.1 AufenthG"
    """)
    [d] = only(diagnostics, "unbekannter-name")
    assert d.hint == "Meinten Sie »§ 11 Abs. 1 AufenthG«?"


def test_rule_without_citation_warns():
    diagnostics = run("""
        Merkmal A: ja/nein
        Norm "N": T
          Die Aufenthaltserlaubnis kann erteilt werden, wenn A
    """)
    [d] = only(diagnostics, "ohne-fundstelle")
    assert not d.is_error and d.span.line == 3


def test_vorschrift_may_only_refuse():
    diagnostics = run("""
        Merkmal A: ja/nein
        Vorschrift "V": T
          Ein Aufenthaltstitel kann erteilt werden, wenn A
    """)
    assert only(diagnostics, "regel")[0].span.line == 3


def test_formatted_diagnostic_has_position_caret_and_hint():
    source = dedent("""
        Merkmal Reiseunfähigkeit: ja/nein
        Norm "N": T
          Die Aufenthaltserlaubnis kann erteilt werden, wenn Reiseunfähigkait
    """)
    [d] = [d for d in checks.check([parser.parse(source, "norm.lexdsl")]) if d.is_error]
    text = d.format(source)
    lines = text.splitlines()
    assert lines[0] == "norm.lexdsl:3:54: Fehler: Unbekanntes Merkmal oder unbekannter Begriff »Reiseunfähigkait«."
    assert lines[1].endswith("Die Aufenthaltserlaubnis kann erteilt werden, wenn Reiseunfähigkait")
    caret = lines[2]
    assert caret.index("^") == lines[1].index("Reiseunfähigkait")
    assert caret.count("^") == len("Reiseunfähigkait")
    assert lines[3] == "  Hinweis: Meinten Sie »Reiseunfähigkeit«?"


def test_a_count_is_compared_with_a_whole_number(write_norms):
    """„Anzahl: mehr als 1,5“ würde sonst still zu „mehr als 1“."""
    from lexdsl.workspace.compile import Frontend
    from lexdsl.workspace.sources import find_sources

    folder = write_norms("""
        Merkmal Verstöße: Anzahl
        Norm "N": T
          Sie kann erteilt werden, wenn Verstöße: mehr als 1,5   [Q]
    """)
    _modules, diagnostics = Frontend(None).check(find_sources(folder))
    [error] = [d for d in diagnostics if d.is_error]
    assert error.code == "typfehler" and "keine ganze Zahl" in error.message
    assert (error.span.line, error.span.column) == (3, 43)   # der Vergleich hinter »Verstöße:«

"""Keine stillen Fehlentscheidungen: Tabulatoren, Unicode-Schreibweisen, Zahlen an der Schwelle, Begründungen.

Jede Klasse von Fehlern hat hier einen Test, der auf dem Stand vor der Härtung fehlschlug.
"""

from __future__ import annotations

import pytest

from lexdsl import CaseError, Outcome
from lexdsl.errors import LexdslError
from lexdsl.language.parser import parse

from .conftest import dedent

# ------------------------------------------------------------------ Tabulatoren

SOLL_MIT_TAB = (
    'Merkmal A: ja/nein\n'
    'Merkmal B: ja/nein\n'
    'Norm "N": Titel\n'
    '  Der Tatbestand ist erfüllt, wenn alle folgenden:   [§ 1]\n'
    '    - A\n'
    '\t- B\n'           # ein Tabulator: mit Breite 4 gehörte B zum Tatbestand, mit Breite 8 nicht
    '  Sie soll erteilt werden.   [§ 1]\n'
    '    atypischer Fall, wenn nicht A\n'
)


@pytest.mark.parametrize("text", [
    SOLL_MIT_TAB,
    "Merkmal A: ja/nein\nBegriff B\n\tliegt vor, wenn A\n",
    "Merkmal A: ja/nein\nBegriff B\n  \tliegt vor, wenn A\n",       # Leerzeichen, dann Tabulator
    'Merkmal A: ja/nein\nNorm "N": T\n  Wortlaut [§ 1]:\n \t> Text\n  Sie kann erteilt werden, wenn A  [§ 1]\n',
])
def test_a_tab_in_the_indentation_is_an_error_with_its_position(text):
    with pytest.raises(LexdslError) as info:
        parse(text, "x.lexdsl")
    [diagnostic] = info.value.diagnostics
    line = next(n for n, t in enumerate(text.splitlines(), 1) if "\t" in t[:len(t) - len(t.lstrip())])
    column = text.splitlines()[line - 1].index("\t") + 1
    assert diagnostic.code == "einrückung" and "Tabulator" in diagnostic.message
    assert (diagnostic.span.line, diagnostic.span.column) == (line, column)
    assert "Leerzeichen" in (diagnostic.hint or "")
    assert f"x.lexdsl:{line}:{column}" in info.value.render() and "^" in info.value.render()


def test_a_tab_between_words_is_harmless(compile_norms):
    corpus = compile_norms('Merkmal A: ja/nein\nNorm "N": T\n  Sie kann erteilt werden, wenn A\t\t[§ 1]\n')
    assert corpus.norm("N").entscheiden(corpus.facts({"A": True})) is Outcome.ERMESSEN


# ------------------------------------------------------------------ Unicode

import unicodedata  # noqa: E402

NFD = unicodedata.normalize("NFD", "Reiseunfähigkeit")
assert NFD != "Reiseunfähigkeit"


def test_a_case_written_in_nfd_matches_the_nfc_name(corpus, tmp_path):
    from lexdsl.cases import load_case

    case = tmp_path / "nfd.yaml"
    case.write_text(f"merkmale:\n  {NFD}: ja\n  vollziehbar ausreisepflichtig: ja\n", encoding="utf-8")
    facts = load_case(case, corpus)
    assert facts.three["Reiseunfähigkeit"] is True
    assert corpus.facts({NFD: "ja"}).three["Reiseunfähigkeit"] is True
    nfd_choice = unicodedata.normalize("NFD", "§ 60 Abs. 5")   # ein Auswahlwert
    assert corpus.facts({"festgestelltes Abschiebungsverbot": nfd_choice}).three[
        "festgestelltes Abschiebungsverbot"] == "§ 60 Abs. 5"
    nfd_norm = unicodedata.normalize("NFD", "§ 25 Abs. 5 AufenthG")
    assert corpus.norm(nfd_norm).id == "§ 25 Abs. 5 AufenthG"


def test_the_same_name_twice_in_two_spellings_is_an_error(corpus):
    with pytest.raises(CaseError, match="doppelt"):
        corpus.facts({NFD: "ja", "Reiseunfähigkeit": "nein"})


def test_a_norm_written_in_nfd_compiles_to_the_nfc_names(compile_norms):
    corpus = compile_norms(unicodedata.normalize("NFD", dedent("""
        Merkmal Ausreise unmöglich: ja/nein
        Merkmal Aufenthaltsgestattung: Auswahl "ja, gültig", "ungültig"
        Norm "§ 1 Gesetz über Räume": Titel
          Sie kann erteilt werden, wenn alle folgenden:   [§ 1]
            - Ausreise unmöglich
            - Aufenthaltsgestattung: "ja, gültig"
    """)))
    assert "Ausreise unmöglich" in corpus.merkmale and "§ 1 Gesetz über Räume" in corpus.normen
    facts = corpus.facts({"Ausreise unmöglich": True, "Aufenthaltsgestattung": "ja, gültig"})
    assert corpus.norm("§ 1 Gesetz über Räume").entscheiden(facts) is Outcome.ERMESSEN


def test_a_scenario_in_nfd_finds_the_merkmal(tmp_path):
    from lexdsl.steps import STEPS, Szenario

    from .conftest import ROOT

    szenario = Szenario(ROOT, "norms", cache_dir=tmp_path / "cache")
    setze = next(s.function for s in STEPS if s.pattern.startswith("das Merkmal") and "ist \"" in s.pattern)
    setze(szenario, NFD, "ja")
    assert szenario.werte == {"Reiseunfähigkeit": True}


def test_look_alike_names_from_different_scripts_are_an_error(write_norms):
    from lexdsl.workspace.compile import Frontend
    from lexdsl.workspace.sources import find_sources

    folder = write_norms("""
        Merkmal Reiseunfähigkeit: ja/nein
        Merkmal Reiseunfähigkеit: ja/nein
        Norm "N": T
          Sie kann erteilt werden, wenn mindestens eines der folgenden:   [§ 1]
            - Reiseunfähigkeit
            - Reiseunfähigkеit
    """)
    _modules, diagnostics = Frontend(None).check(find_sources(folder))
    [error] = [d for d in diagnostics if d.code == "verwechselbar"]
    assert error.is_error and (error.span.line, error.span.column) == (2, 9)
    assert "U+0435" in error.message and "kyrillisch" in error.message


def test_an_unknown_look_alike_name_says_which_character_differs(write_norms):
    from lexdsl.workspace.compile import Frontend
    from lexdsl.workspace.sources import find_sources

    folder = write_norms("""
        Merkmal Reiseunfähigkeit: ja/nein
        Norm "N": T
          Sie kann erteilt werden, wenn Reiseunfähigkеit   [§ 1]
    """)
    _modules, diagnostics = Frontend(None).check(find_sources(folder))
    [error] = [d for d in diagnostics if d.is_error]
    assert error.code == "unbekannter-name" and "U+0435" in (error.hint or "")

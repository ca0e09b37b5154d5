"""Fassungen: zeitliche Varianten einer Norm, Stichtag, Prüfung auf Lücken und Überschneidungen."""

from __future__ import annotations

import json

import pytest

from lexdsl.cli import main
from lexdsl.language import checks, parser
from lexdsl.runtime import Outcome
from lexdsl.vocabulary import german_sort_key

from .conftest import ROOT, dedent

VERSIONED = """
    Merkmal A: ja/nein
    Merkmal B: ja/nein
    Norm "N": Titel                                  [Quelle]
      Der Tatbestand ist erfüllt, wenn A             [Tb]
      Sie darf nicht erteilt werden, wenn B          [Gemeinsam]
      Fassung "alt": gilt ab 01.01.2000 bis 31.12.2009, Stand 01.06.2005   [Alt]
        Die Aufenthaltserlaubnis kann erteilt werden.     [Alt Rf]
      Fassung "neu": gilt ab 01.01.2010                    [Neu]
        Die Aufenthaltserlaubnis ist zu erteilen.          [Neu Rf]
        Nebenfolgen:
          Geltungsdauer: "drei Jahre"                      [Neu Nf]
"""


def test_parse_fassung_with_period_and_stand():
    module = parser.parse(dedent(VERSIONED), "n.lexdsl")
    norm = module.declarations[2]
    alt, neu = [p for p in norm.parts if type(p).__name__ == "Fassung"]
    assert (alt.name, alt.ab, alt.bis, alt.stand, alt.citations) == ("alt", "2000-01-01", "2009-12-31",
                                                                     "2005-06-01", ("Alt",))
    assert (neu.name, neu.ab, neu.bis, neu.stand) == ("neu", "2010-01-01", None, None)
    assert [type(p).__name__ for p in neu.parts] == ["Rule", "Nebenfolgen"]


def test_stichtag_selects_the_fassung_and_the_begruendung_names_it(compile_norms):
    corpus = compile_norms(VERSIONED)
    norm = corpus.norm("N")
    old = norm.pruefen(corpus.facts({"A": True, "B": False}, stichtag="2005-03-01"))
    assert old.outcome is Outcome.ERMESSEN
    assert old.fassung.name == "alt"
    assert old.begruendung[0]["text"].startswith("Angewandte Fassung: alt (gilt ab 01.01.2000 bis 31.12.2009)")
    assert "Alt" in old.citations() and "Neu Rf" not in old.citations()
    assert old.nebenfolgen == {}
    new = norm.pruefen(corpus.facts({"A": True, "B": False}, stichtag="2010-01-01"))
    assert new.outcome is Outcome.ANSPRUCH and new.fassung.name == "neu"
    assert new.nebenfolgen["Geltungsdauer"]["text"] == "drei Jahre"
    # Gemeinsame Teile gelten in jeder Fassung.
    for day in ("2001-01-01", "2020-01-01"):
        assert norm.pruefen(corpus.facts({"A": True, "B": True}, stichtag=day)).outcome is Outcome.VERSAGT


def test_without_stichtag_the_newest_fassung_applies_and_says_so(compile_norms):
    corpus = compile_norms(VERSIONED)
    result = corpus.norm("N").pruefen(corpus.facts({"A": True, "B": False}))
    assert result.fassung.name == "neu"
    assert "kein Stichtag angegeben" in result.begruendung[0]["text"]
    assert result.to_dict()["fassung"]["gewaehlt"] == "kein Stichtag angegeben, daher die neueste Fassung"


def test_stichtag_without_any_fassung_means_not_applicable_with_the_reason(compile_norms):
    corpus = compile_norms(VERSIONED)
    result = corpus.norm("N").pruefen(corpus.facts({"A": True, "B": False}, stichtag="1999-12-31"))
    assert result.outcome is Outcome.NICHT_ERFUELLT
    assert result.fassung is None
    assert "Am Stichtag 31.12.1999 gilt keine hinterlegte Fassung von N" in result.reasons()[0]
    assert result.begruendung[0]["text"] == result.reasons()[0]


def test_each_fassung_compiles_to_its_own_functions(compile_norms):
    corpus = compile_norms(VERSIONED)
    norm = corpus.norm("N")
    assert [v.program.fassung.name for v in norm.variants] == ["alt", "neu"]
    assert norm.variants[0].decide is not norm.variants[1].decide


def run_checks(text: str):
    return checks.check([parser.parse(dedent(text), "n.lexdsl")])


def test_check_warns_about_overlapping_fassungen():
    diagnostics = run_checks(VERSIONED.replace("gilt ab 01.01.2010", "gilt ab 01.06.2009"))
    [d] = [d for d in diagnostics if d.code == "fassungen-ueberschneidung"]
    assert not d.is_error and "»alt« und »neu«" in d.message and "01.06.2009" in d.message


def test_check_warns_about_a_gap_between_fassungen():
    diagnostics = run_checks(VERSIONED.replace("gilt ab 01.01.2010", "gilt ab 01.03.2010"))
    [d] = [d for d in diagnostics if d.code == "fassungen-luecke"]
    assert "vom 01.01.2010 bis 28.02.2010 keine Fassung" in d.message


def test_open_ended_fassung_before_another_overlaps():
    diagnostics = run_checks(VERSIONED.replace(" bis 31.12.2009", ""))
    assert [d.code for d in diagnostics] == ["fassungen-ueberschneidung"]


def test_consecutive_fassungen_are_clean():
    assert run_checks(VERSIONED) == []


def test_fassung_ending_before_it_starts_is_an_error():
    diagnostics = run_checks(VERSIONED.replace("bis 31.12.2009", "bis 31.12.1999"))
    assert any(d.code == "fassungen" and d.is_error for d in diagnostics)


def test_each_fassung_needs_a_rule():
    diagnostics = run_checks("""
        Merkmal A: ja/nein
        Norm "N": T
          Der Tatbestand ist erfüllt, wenn A
          Fassung "leer": gilt ab 01.01.2000
            "nur eine Beschreibung"
    """)
    assert [d.code for d in diagnostics if d.is_error] == ["norm-ohne-regel"]


# ------------------------------------------------------------------ § 25 Abs. 4a

CASE = str(ROOT / "beispiele" / "opfer_menschenhandel.yaml")


@pytest.fixture
def cli(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(ROOT)

    def run(*args):
        code = main(["--cache", str(tmp_path / "cache"), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.mark.parametrize(
    ("stichtag", "fassung", "ergebnis"),
    [
        ("2012-05-01", "Stand 2012", "ermessen"),      # § 25 Abs. 4a S. 1, Stand 2012: „kann“
        ("31.07.2015", "Stand 2012", "ermessen"),
        ("01.08.2015", "ab 01.08.2015", "soll"),       # Quellen-README: ab 01.08.2015 „soll“
        ("2024-06-30", "Stand 2021", "soll"),          # § 25 Abs. 4a S. 1, Stand 2021: „soll“
    ],
)
def test_stichtag_option_chooses_the_fassung_of_25_4a(cli, stichtag, fassung, ergebnis):
    code, out, err = cli("prüfen", CASE, "--norm", "§ 25 Abs. 4a S. 1 AufenthG", "--stichtag", stichtag,
                         "--format", "json")
    assert code == 0, err
    [result] = json.loads(out)["ergebnisse"]
    assert result["ergebnis"] == ergebnis
    assert result["fassung"]["name"] == fassung


def test_stichtag_in_the_case_file_is_used_and_the_option_overrides_it(cli, tmp_path):
    text = (ROOT / "beispiele" / "opfer_menschenhandel.yaml").read_text(encoding="utf-8")
    case = tmp_path / "fall.yaml"
    case.write_text("stichtag: 2011-02-01\n" + text, encoding="utf-8")
    code, out, _ = cli("prüfen", str(case), "--norm", "§ 25 Abs. 4a S. 1 AufenthG", "--format", "json")
    data = json.loads(out)
    assert code == 0 and data["stichtag"] == "2011-02-01"
    assert data["ergebnisse"][0]["ergebnis"] == "ermessen"
    code, out, _ = cli("prüfen", str(case), "--norm", "§ 25 Abs. 4a S. 1 AufenthG", "--format", "json",
                       "--stichtag", "2020-01-01")
    assert json.loads(out)["ergebnisse"][0]["ergebnis"] == "soll"


def test_bad_stichtag_option_is_exit_2(cli):
    code, _, err = cli("prüfen", CASE, "--stichtag", "gestern")
    assert code == 2 and "Angabe --stichtag: erwartet ein Datum" in err


def test_gesamtpruefung_groups_the_titles(cli, tmp_path):
    case = tmp_path / "fall.yaml"
    case.write_text((ROOT / "beispiele" / "reiseunfaehigkeit.yaml").read_text(encoding="utf-8")
                    + "  Opfer einer Straftat nach §§ 232 bis 233a StGB: nein\n", encoding="utf-8")
    code, out, err = cli("prüfen", str(case), "--ausfuehrlich")
    assert code == 0, err
    head, _, details = out.partition("Einzelergebnisse")
    assert "Gesamtprüfung (" in head
    in_betracht = head.split("In Betracht kommend:")[1].split("Ausgeschlossen:")[0]
    assert "§ 25 Abs. 5 AufenthG – Die Aufenthaltserlaubnis soll erteilt werden." in in_betracht
    nicht_anwendbar = head.split("Nicht anwendbar:")[1]
    # Kein Opfer: Ob zusätzlich ein Versagungsgrund greift, ist offen, ändert aber nichts daran,
    # dass der Titel nicht in Betracht kommt. Er steht daher unter „nicht anwendbar“.
    assert "§ 25 Abs. 4a S. 1 AufenthG – offen, aber ohne Erteilung" in nicht_anwendbar
    assert "kommt jedenfalls nicht in Betracht" in nicht_anwendbar
    assert "Aufenthalt beeinträchtigt oder gefährdet Interessen" not in head.split("Noch festzustellen")[-1] \
        or "Noch festzustellen" not in head
    assert "§ 25 Abs. 5 AufenthG – Aufenthaltserlaubnis bei unmöglicher Ausreise" in details


def test_gesamtpruefung_json_summary_deduplicates_missing_merkmale(cli, tmp_path):
    case = tmp_path / "leer.yaml"
    case.write_text("merkmale:\n  vollziehbar ausreisepflichtig: ja\n", encoding="utf-8")
    code, out, _ = cli("prüfen", str(case), "--format", "json")
    assert code == 0
    data = json.loads(out)
    summary = data["zusammenfassung"]
    names = [entry["merkmal"] for entry in summary["festzustellen"]]
    assert names == sorted(set(names), key=german_sort_key)   # deutsche Ordnung, ohne Wiederholung
    offen = {e["norm"] for e in summary["offen"]}
    for entry in summary["festzustellen"]:
        assert set(entry["normen"]) <= offen
    per_norm = {r["norm"]: set(r["fehlende_merkmale"]) for r in data["ergebnisse"]}
    assert set(names) == set().union(*per_norm.values())


# ------------------------------------------------------------------ belegt, unbelegt, nach dem Stand

UNDATED = """
    Merkmal A: ja/nein
    Merkmal B: ja/nein
    Norm "N": Titel                                  [Quelle]
      Der Tatbestand ist erfüllt, wenn A             [Tb]
      Fassung "Stand 2012": belegt ab 26.10.2009 bis 31.07.2012, Stand 01.06.2012   [Gesetz 2012]
        Die Aufenthaltserlaubnis kann erteilt werden.     [Alt Rf]
      Fassung "Stand 2021": gilt ab 01.01.2022, Stand 09.07.2021, zuvor unbelegt   [Gesetz 2021]
        Die Aufenthaltserlaubnis soll erteilt werden.     [Neu Rf]
        Sie darf nicht erteilt werden, wenn B             [Neu V]
"""


def test_parse_belegt_ab_and_zuvor_unbelegt():
    module = parser.parse(dedent(UNDATED), "n.lexdsl")
    alt, neu = [p for p in module.declarations[2].parts if type(p).__name__ == "Fassung"]
    assert (alt.unmodelled_before, alt.undated_change) == (True, False)
    assert (neu.unmodelled_before, neu.undated_change, neu.ab, neu.stand) == (False, True, "2022-01-01",
                                                                              "2021-07-09")


def test_the_undated_window_is_neither_gap_nor_overlap():
    assert [d.code for d in run_checks(UNDATED) if d.code.startswith("fassungen")] == []
    # ohne „zuvor unbelegt“ ist derselbe Zeitraum eine Lücke
    plain = run_checks(UNDATED.replace(", zuvor unbelegt", ""))
    assert [d.code for d in plain if d.code.startswith("fassungen")] == ["fassungen-luecke"]


@pytest.mark.parametrize("text, expected", [
    (UNDATED.replace("bis 31.07.2012", "bis 31.12.2021"), "kein Zeitraum"),                      # keine Lücke
    (UNDATED.replace("gilt ab 01.01.2022", "belegt ab 01.01.2022"), "eine frühere Fassung"),
    (UNDATED.replace("bis 31.07.2012, Stand 01.06.2012", "bis 31.07.2012, Stand 01.06.2012, zuvor unbelegt"),
     "vor ihr gibt es keine Fassung"),
])
def test_misplaced_belegt_or_unbelegt_is_an_error(text, expected):
    errors = [d for d in run_checks(text) if d.is_error]
    assert len(errors) == 1 and errors[0].code == "fassungen" and expected in errors[0].message, errors


def test_a_stichtag_in_the_undated_window_says_so_and_gives_both_results(compile_norms):
    corpus = compile_norms(UNDATED)
    norm = corpus.norm("N")
    facts = corpus.facts({"A": True, "B": False}, stichtag="2016-05-01")
    result = norm.pruefen(facts)
    assert result.outcome is Outcome.OFFEN and norm.entscheiden(facts) is Outcome.OFFEN
    assert set(result.possible) == {Outcome.ERMESSEN, Outcome.SOLL}
    assert result.missing == ()
    assert result.sentence.startswith("Die Rechtslage am Stichtag folgt aus den Quellen nicht.")
    assert "Nach „Stand 2012“: Die Aufenthaltserlaubnis kann erteilt werden" in result.sentence
    assert "Nach „Stand 2021“: Die Aufenthaltserlaubnis soll erteilt werden" in result.sentence
    assert "01.05.2016 folgt aus den Quellen nicht" in result.warnung
    data = result.to_dict()
    assert [(e["fassung"], e["ergebnis"]) for e in data["je_fassung"]] == [("Stand 2012", "ermessen"),
                                                                         ("Stand 2021", "soll")]
    assert data["warnung"] == result.warnung
    assert "Gesetz 2012" in result.citations() and "Gesetz 2021" in result.citations()


def test_in_the_undated_window_agreeing_fassungen_decide(compile_norms):
    corpus = compile_norms(UNDATED.replace("soll erteilt werden.     [Neu Rf]", "kann erteilt werden.     [Neu Rf]"))
    facts = corpus.facts({"A": True, "B": False}, stichtag="2016-05-01")
    result = corpus.norm("N").pruefen(facts)
    assert result.outcome is Outcome.ERMESSEN and corpus.norm("N").entscheiden(facts) is Outcome.ERMESSEN
    assert "folgt aus den Quellen nicht" in result.warnung
    assert result.begruendung[0]["text"] == "Geprüft nach beiden angrenzenden Fassungen:"
    assert [k["text"][:18] for k in result.begruendung[0]["kinder"]] == ["Nach „Stand 2012“:", "Nach „Stand 2021“:"]
    assert result.begruendung[1]["text"].startswith("Achtung: Die Rechtslage am Stichtag 01.05.2016")
    # Ein fehlendes Merkmal, das nur eine der Fassungen braucht, bleibt offen.
    open_case = corpus.norm("N").pruefen(corpus.facts({"A": True}, stichtag="2016-05-01"))
    assert open_case.outcome is Outcome.OFFEN and open_case.missing == ("B",)


def test_before_the_documented_start_the_earliest_fassung_applies_with_a_warning(compile_norms):
    corpus = compile_norms(UNDATED)
    result = corpus.norm("N").pruefen(corpus.facts({"A": True, "B": False}, stichtag="2005-01-01"))
    assert result.outcome is Outcome.ERMESSEN and result.fassung.name == "Stand 2012"
    assert "erst ab dem 26.10.2009" in result.warnung and "nicht ab" in result.warnung


def test_after_the_last_stand_the_newest_applies_with_a_warning(compile_norms):
    corpus = compile_norms(UNDATED)
    norm = corpus.norm("N")
    late = norm.pruefen(corpus.facts({"A": True, "B": False}, stichtag="2024-01-01"))
    assert late.outcome is Outcome.SOLL
    assert "nach dem Stand 09.07.2021" in late.warnung and "nicht abgebildet" in late.warnung
    today = norm.pruefen(corpus.facts({"A": True, "B": False}))
    assert today.warnung.startswith("Heute liegt nach dem Stand 09.07.2021")
    assert norm.pruefen(corpus.facts({"A": True, "B": False}, stichtag="2012-01-01")).warnung is None


def test_missing_facts_of_either_fassung_are_asked_in_the_undated_window(compile_norms):
    """Ein Merkmal, das nur eine der beiden Fassungen kennt, wird nach dieser Fassung eingeordnet."""
    from lexdsl.render import report_text, result_text

    text = UNDATED.replace("    Merkmal B: ja/nein\n", "    Merkmal B: ja/nein\n    Merkmal C: ja/nein\n").replace(
        "        Die Aufenthaltserlaubnis kann erteilt werden.     [Alt Rf]\n",
        "        Die Aufenthaltserlaubnis kann erteilt werden.     [Alt Rf]\n"
        "        Sie darf nicht erteilt werden, wenn C             [Alt V]\n")
    corpus = compile_norms(text)
    result = corpus.norm("N").pruefen(corpus.facts({"A": True}, stichtag="2016-05-01"))
    assert result.outcome is Outcome.OFFEN and set(result.missing) == {"B", "C"}
    shown = result_text(result, corpus)
    assert "- B – entscheidet allein" in shown and "- C – entscheidet allein" in shown
    assert "Fall" in report_text([result], "Fall", "fall.yaml", corpus)

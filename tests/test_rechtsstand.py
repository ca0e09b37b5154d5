"""Das Recht am Stichtag, auf der Kommandozeile: Stand 2012, die belegten Änderungen, der Stand 2021 und
ein unbelegter Zeitraum (Quellen-README; § 25 Abs. 2 und 3 AufenthG in beiden Ständen)."""

from __future__ import annotations

import json

import pytest

from lexdsl.cli import main

from .conftest import ROOT

ABS_2 = str(ROOT / "beispiele" / "subsidiaerer_schutz.yaml")
ABS_3 = str(ROOT / "beispiele" / "abschiebungsverbot_60_2.yaml")


@pytest.fixture
def pruefen(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(ROOT)

    def run(case: str, norm: str, stichtag: str) -> dict:
        code = main(["--cache", str(tmp_path / "cache"), "prüfen", case, "--norm", norm, "--stichtag", stichtag,
                     "--format", "json"])
        out, err = capsys.readouterr()
        assert code == 0, err
        [result] = json.loads(out)["ergebnisse"]
        return result

    return run


@pytest.mark.parametrize("stichtag, expected, fassung", [
    ("2012-07-01", "anspruch", "Stand 2012"),          # § 25 Abs. 3 S. 1 (Stand 2012): „§ 60 Abs. 2, 3, 5 oder Abs. 7“
    ("2013-11-30", "anspruch", "Stand 2012"),
    ("2013-12-01", "nicht_erfuellt", "Stand 2021"),    # README 01.12.2013: nur noch § 60 Abs. 5 und 7
    ("2022-01-01", "nicht_erfuellt", "Stand 2021"),
])
def test_a_finding_under_60_2_leads_to_25_3_only_under_the_law_before_december_2013(pruefen, stichtag, expected,
                                                                                     fassung):
    result = pruefen(ABS_3, "§ 25 Abs. 3 AufenthG", stichtag)
    assert (result["ergebnis"], result["fassung"]["name"]) == (expected, fassung)


@pytest.mark.parametrize("stichtag, expected", [
    ("2012-07-01", "nicht_erfuellt"),                  # § 25 Abs. 2 S. 1 (Stand 2012): nur Flüchtlinge
    ("2013-11-30", "nicht_erfuellt"),
    ("2013-12-01", "anspruch"),                        # README 01.12.2013: subsidiärer Schutz wird ein Fall von Abs. 2
    ("2022-01-01", "anspruch"),                        # § 25 Abs. 2 S. 1 (Stand 2021): „subsidiären Schutz“
])
def test_subsidiary_protection_leads_to_25_2_from_december_2013(pruefen, stichtag, expected):
    assert pruefen(ABS_2, "§ 25 Abs. 2 AufenthG", stichtag)["ergebnis"] == expected


def test_a_stichtag_in_an_undated_window_says_the_law_does_not_follow_from_the_sources(pruefen):
    result = pruefen(ABS_2, "§ 25 Abs. 2 AufenthG", "2017-01-01")
    assert result["ergebnis"] == "anspruch"            # beide angrenzenden Fassungen: „ist zu erteilen“
    assert "folgt aus den Quellen nicht" in result["warnung"]
    assert [e["ergebnis"] for e in result["je_fassung"]] == ["anspruch", "anspruch"]


def test_the_citations_name_the_fassung_and_the_asylg_after_the_renaming(pruefen):
    old = pruefen(ABS_2, "§ 25 Abs. 2 AufenthG", "2012-07-01")
    new = pruefen(ABS_2, "§ 25 Abs. 2 AufenthG", "2022-01-01")
    assert old["begruendung"][0]["text"].startswith("Angewandte Fassung: Stand 2012")
    assert new["begruendung"][0]["text"].startswith("Angewandte Fassung: Stand 2021")
    assert any("Stand 2021" in c for c in new["fassung"]["fundstellen"])

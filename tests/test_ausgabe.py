"""Die Ausgabe von ``lexdsl prüfen``: knapp, das Entscheidende zuerst, Aufzählungen als deutsche Sätze."""

from __future__ import annotations

import pytest

from lexdsl.cli import main
from lexdsl.vocabulary import german_list, german_sort_key

from .conftest import ROOT, dedent

EXAMPLE = "beispiele/reiseunfaehigkeit.yaml"


@pytest.fixture
def cli(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    cache = str(tmp_path / "cache")

    def run(*args: str):
        code = main(["--cache", cache, *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


# Zwingender Grund versagt allein; die drei Voraussetzungen entscheiden nur zusammen.
RANKING = dedent("""
    Merkmal Zwingender Grund: ja/nein
    Merkmal Ärztliches Attest: ja/nein
    Merkmal Beruf: ja/nein
    Merkmal Öffnung: ja/nein
    Norm "N": Titel
      Sie kann erteilt werden, wenn alle folgenden:   [§ 1 S. 1]
        - Ärztliches Attest
        - Beruf
        - Öffnung
      Sie darf nicht erteilt werden, wenn Zwingender Grund   [§ 1 S. 2]
""")


def test_the_deciding_question_comes_first_then_german_order(compile_norms):
    from lexdsl.runtime.questions import rank

    corpus = compile_norms(RANKING)
    variant = corpus.norm("N").newest
    facts = corpus.facts({})
    result = variant.pruefen(facts)
    questions = rank(variant, facts, result.missing)
    assert [q.merkmal for q in questions] == ["Zwingender Grund", "Ärztliches Attest", "Beruf", "Öffnung"]
    assert questions[0].settling == (True,) and not questions[1].settles


def test_german_sort_and_lists():
    names = ["Öffnung", "Zweck", "ärztlich", "Beruf", "Abschiebung"]
    assert sorted(names, key=german_sort_key) == ["Abschiebung", "ärztlich", "Beruf", "Öffnung", "Zweck"]
    assert german_list(["a"], "oder") == "a"
    assert german_list(["a", "b"], "oder") == "a oder b"
    assert german_list(["a", "b", "c"], "oder") == "a, b oder c"


def test_pruefen_is_short_by_default_and_complete_on_request(cli):
    code, short, _ = cli("prüfen", EXAMPLE)
    assert code == 0
    code, full, _ = cli("prüfen", EXAMPLE, "--ausfuehrlich")
    assert code == 0
    assert len(short.splitlines()) <= 100 < len(full.splitlines())
    assert "Einzelergebnisse" not in short and "Einzelergebnisse" in full
    # die Entscheidung je Norm steht in beiden
    for line in ("§ 25 Abs. 5 AufenthG – Die Aufenthaltserlaubnis soll erteilt werden.",
                 "§ 22 S. 1 AufenthG – Tatbestand nicht erfüllt"):
        assert line in short and line in full
    assert "--ausfuehrlich" in short


def test_the_missing_facts_are_grouped_by_norm_and_the_deciding_ones_come_first(cli):
    _code, out, _ = cli("prüfen", EXAMPLE)
    section = out.split("Noch festzustellen, je Norm das Entscheidende zuerst:")[1]
    groups: dict[str, list[str]] = {}
    current = None
    for line in section.splitlines():
        if line.startswith("  §"):
            current = line.strip().rstrip(":")
            groups[current] = []
        elif line.startswith("    - ") and current:
            groups[current].append(line)
    assert "§ 23 Abs. 1 S. 1 AufenthG" in groups and "§ 25 Abs. 5 AufenthG" not in groups
    for lines in groups.values():
        # „entscheidet allein bei …“ (ja/nein, Auswahl) oder „kann allein entscheiden“ (Zahl, Dauer, Datum)
        deciding = ["entscheidet allein" in line or "kann allein entscheiden" in line for line in lines]
        assert deciding == sorted(deciding, reverse=True), lines   # erst die, die allein entscheiden
        assert 1 <= len(lines) <= 5


def test_lists_read_as_german_sentences(cli, tmp_path):
    _code, out, _ = cli("prüfen", EXAMPLE)
    offen = [line for line in out.splitlines() if "möglich ist" in line]
    assert offen and all(" oder " in line for line in offen)
    assert "Tatbestand nicht erfüllt" in offen[0].split(" oder ")[-1]
    case = tmp_path / "leer.yaml"
    case.write_text("merkmale: {}\n", encoding="utf-8")
    _code, out, _ = cli("prüfen", str(case), "--norm", "§ 25 Abs. 5 AufenthG")
    [line] = [t for t in out.splitlines() if t.startswith("Ergebnis:")]
    assert line.startswith("Ergebnis: offen. Je nach den fehlenden Angaben: Die Aufenthaltserlaubnis ")
    assert " oder " in line and line.endswith(".")
    assert "möglich ist: darf nicht" not in out


def test_probing_a_missing_fact_gives_what_a_full_analysis_gives(corpus):
    """``probe`` leitet die Ergebnisse je Antwort aus einer Analyse ab; jede muss die einer eigenen Analyse des
    ergänzten Falls sein (für jede Fassung jeder Norm, zufällige Fälle mit vielen unbekannten Merkmalen)."""
    import random

    from lexdsl.runtime.analysis import analyse, probe, value_classes
    from lexdsl.runtime.facts import Facts

    rng = random.Random(1207)
    checked = 0
    for norm in corpus.normen.values():
        for variant in norm.variants:
            for _ in range(6):
                values = {name: (None if rng.random() < 0.6 else rng.choice(variant.domains[name]))
                          for name in variant.merkmale}
                facts = corpus.complete(values)
                unknown = [n for n in variant.merkmale if values[n] is None]
                for merkmal in rng.sample(unknown, min(3, len(unknown))):
                    classes = list(value_classes(variant, merkmal))
                    found = probe(variant, facts, merkmal, classes)
                    for value in classes:
                        filled = dict(facts.three)
                        filled[merkmal] = value
                        expected = analyse(variant, Facts(filled), outcomes_only=True)
                        if found is None or not expected.exact:
                            continue
                        assert found[value] == expected.outcomes, (norm.id, merkmal, value)
                        checked += 1
    assert checked > 200

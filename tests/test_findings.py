"""lexdsl analysieren: erreichbare Ergebnisse mit Zeugenfall, bewiesen unerreichbare, und der Vergleich
aufeinanderfolgender Fassungen – jeder Zeugenfall von der übersetzten Norm selbst bestätigt."""

from __future__ import annotations

import json

import pytest

from lexdsl.vocabulary import Outcome

from .conftest import ROOT

pytest.importorskip("z3")

PLANTED = """
    Merkmal A: ja/nein
    Merkmal B: ja/nein
    Merkmal Dauer des Aufenthalts: Dauer
    Norm "N": Titel                                          [§ 1 G]
      Der Tatbestand ist erfüllt, wenn A                     [§ 1 G]
      Die Aufenthaltserlaubnis kann erteilt werden.          [§ 1 G]
      Sie ist zu erteilen, wenn nicht A                      [§ 2 G]
      Sie darf nicht erteilt werden, wenn B                  [§ 3 G]
      Fassung "alt": gilt ab 01.01.2000 bis 31.12.2009       [§ 1 G, Stand 2000]
        Sie darf nicht erteilt werden, wenn Dauer des Aufenthalts: weniger als 18 Monate   [§ 4 G]
      Fassung "neu": gilt ab 01.01.2010                      [§ 1 G, Stand 2010]
        Sie darf nicht erteilt werden, wenn Dauer des Aufenthalts: weniger als 24 Monate   [§ 4 G]
"""


def test_a_dead_rule_is_proven_unreachable_and_every_reachable_outcome_has_a_witness(compile_norms):
    from lexdsl.findings import reachability

    corpus = compile_norms(PLANTED)
    variant = corpus.norm("N").variants[0]
    found = reachability(variant, corpus)
    # „ist zu erteilen, wenn nicht A“ kann nie greifen: der Tatbestand verlangt A.
    assert Outcome.ANSPRUCH in found.unreachable and Outcome.SOLL in found.unreachable
    assert {w.outcome for w in found.witnesses} == {Outcome.ERMESSEN, Outcome.VERSAGT, Outcome.NICHT_ERFUELLT}
    for w in found.witnesses:                      # die übersetzte Norm entscheidet jeden Zeugenfall so
        assert variant.entscheiden(corpus.complete(w.facts)) is w.outcome
    versagt = next(w for w in found.witnesses if w.outcome is Outcome.VERSAGT)
    assert len(versagt.facts) == 1                 # klein: ein Versagungsgrund genügt


def test_two_fassungen_differ_exactly_around_the_changed_threshold(compile_norms):
    from lexdsl.findings import transitions

    corpus = compile_norms(PLANTED)
    old, new = corpus.norm("N").variants
    changed = [t for t in transitions(old, new, corpus) if t.witness is not None]
    # Versagung geht dem Tatbestand vor: auch ein Fall ohne A wird zwischen den Schwellen versagt.
    assert {(t.before, t.after) for t in changed} == {(Outcome.ERMESSEN, Outcome.VERSAGT),
                                                     (Outcome.NICHT_ERFUELLT, Outcome.VERSAGT)}
    for t in changed:
        assert 18 <= t.witness["Dauer des Aufenthalts"] < 24   # genau die Fälle zwischen den beiden Schwellen
    same = [t for t in transitions(old, old, corpus) if t.witness is not None]
    assert same == []                              # gleichwertig: bewiesen, dass kein Fall abweicht


def test_25_3_loses_60_2_in_december_2013_and_25_4a_turns_kann_into_soll(corpus):
    from lexdsl.findings import transitions

    abs3 = corpus.norm("§ 25 Abs. 3 AufenthG")
    changed = {(t.before, t.after): t.witness for t in transitions(*abs3.variants, corpus) if t.witness}
    witness = changed[(Outcome.ANSPRUCH, Outcome.NICHT_ERFUELLT)]
    assert witness["festgestelltes Abschiebungsverbot"] in ("§ 60 Abs. 2", "§ 60 Abs. 3", "§ 60 Abs. 7 S. 2")
    abs4a = corpus.norm("§ 25 Abs. 4a S. 1 AufenthG")
    first, second = abs4a.variants[0], abs4a.variants[1]
    assert [f.name for f in (first.program.fassung, second.program.fassung)] == ["Stand 2012", "ab 01.08.2015"]
    changed = {(t.before, t.after) for t in transitions(first, second, corpus) if t.witness}
    assert changed == {(Outcome.ERMESSEN, Outcome.SOLL)}


def test_the_cli_reports_in_german_and_as_versioned_json(tmp_path, capsys, monkeypatch):
    from lexdsl.cli import main

    monkeypatch.chdir(ROOT)
    cache = ["--cache", str(tmp_path / "cache")]
    assert main([*cache, "analysieren", "--norm", "§ 25 Abs. 4a S. 1 AufenthG"]) == 0
    out = capsys.readouterr().out
    assert "ermessen → soll: zum Beispiel bei" in out and "nie erreichbar: Anspruch" in out
    assert main([*cache, "analysieren", "--norm", "§ 25 Abs. 4a S. 1 AufenthG", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["format"], data["version"]) == ("lexdsl-analyse", 1)
    [comparison] = [c for c in data["vergleiche"] if c["nachher"] == "ab 01.08.2015"]
    assert [(u["vorher"], u["nachher"]) for u in comparison["uebergaenge"]] == [("ermessen", "soll")]
    assert main([*cache, "analysieren", "--norm", "§ 99 GibtsNicht"]) == 2
    assert "Die Norm »§ 99 GibtsNicht« gibt es nicht" in capsys.readouterr().err


def test_pruefen_never_imports_the_solver(tmp_path):
    """z3 ist groß; nur ``lexdsl analysieren`` lädt es, ``lexdsl prüfen`` startet ohne."""
    import subprocess
    import sys

    code = ("import sys; from lexdsl.cli import main; "
            f"rc = main(['--cache', {str(tmp_path / 'cache')!r}, 'prüfen', 'beispiele/reiseunfaehigkeit.yaml']); "
            "print('z3' in sys.modules, rc)")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.stdout.strip().splitlines()[-1] == "False 0", done.stdout + done.stderr


def _random_case(corpus, variant, rng):
    values = {}
    for name in variant.structure.leaves:
        domain = variant.domains[name]
        values[name] = rng.choice(domain)
    return values


def _agree(corpus, rounds: int, seed: int) -> int:
    """Solver und übersetzte Norm entscheiden dieselben vollständigen Zufallsfälle gleich (je Fassung)."""
    import random

    import z3

    from lexdsl.findings import _CODES, _Encoding

    rng = random.Random(seed)
    checked = 0
    for norm in corpus.normen.values():
        for variant in norm.variants:
            encoding = _Encoding(corpus)
            formulas = encoding.variant(variant)
            for _ in range(rounds):
                values = _random_case(corpus, variant, rng)
                code = _CODES[variant.entscheiden(corpus.complete(values))]
                pairs = [(encoding.vars[m], _z3_value(encoding, m, v)) for m, v in values.items()
                         if m in encoding.vars]
                for other, formula in formulas.items():
                    holds = z3.is_true(z3.simplify(z3.substitute(formula, *pairs)))
                    assert holds is (other == code), (norm.id, variant.program.fassung, values, other, code)
                checked += 1
    return checked


def _z3_value(encoding, merkmal, value):
    import z3

    from lexdsl.vocabulary import MerkmalType

    kind = encoding.catalog.merkmale[merkmal].type
    if kind is MerkmalType.BOOL:
        return z3.BoolVal(bool(value), encoding.ctx)
    if kind is MerkmalType.DURATION:                 # halbe Monate
        from fractions import Fraction

        return z3.IntVal(int(Fraction(value) * 2), encoding.ctx)
    return z3.IntVal(encoding.constant(merkmal, value), encoding.ctx)


def test_solver_and_runtime_decide_random_cases_alike(corpus):
    """Differentialtest der Übersetzung für den Solver: Sonst wäre „nie erreichbar“ oder „gleichwertig“
    womöglich falsch bewiesen, ohne dass ein Zeugenfall es zeigt. (Lang: make haerte.)"""
    assert _agree(corpus, rounds=40, seed=13) > 1000


@pytest.mark.haerte
def test_solver_and_runtime_agree_on_100000_random_cases(corpus):
    assert _agree(corpus, rounds=3600, seed=2026) >= 100_000


def test_a_norm_too_large_for_the_truth_table_is_reported_not_guessed(compile_norms):
    from lexdsl.findings import MAX_CHECKPOINTS, analyse_corpus, to_data

    names = [f"V{i}" for i in range(MAX_CHECKPOINTS + 1)]
    text = "".join(f"Merkmal {n}: ja/nein\n" for n in names) + 'Norm "N": Titel   [§ 1 G]\n'
    text += f"  Der Tatbestand ist erfüllt, wenn nicht {names[0]}   [§ 1 G]\n"
    text += "  Die Aufenthaltserlaubnis kann erteilt werden.   [§ 1 G]\n"
    text += "".join(f"  Sie darf nicht erteilt werden, wenn {n}   [§ 2 G]\n" for n in names)
    corpus = compile_norms(text)
    findings, comparisons = analyse_corpus(corpus)
    [entry] = to_data(findings, comparisons)["fassungen"]
    assert entry["erreichbar"] == [] and entry["nie_erreichbar"] == []
    assert "Prüfpunkte" in entry["nicht_analysiert"]

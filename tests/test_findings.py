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
    assert (data["format"], data["version"]) == ("lexdsl-analyse", 2)
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

    from lexdsl.findings.encoding import CODES, Encoding

    rng = random.Random(seed)
    checked = 0
    for norm in corpus.normen.values():
        for variant in norm.variants:
            encoding = Encoding(corpus)
            formula = encoding.variant(variant)
            for _ in range(rounds):
                values = _random_case(corpus, variant, rng)
                code = CODES[variant.entscheiden(corpus.complete(values))]
                pairs = [(encoding.vars[m], encoding.term(m, v)) for m, v in values.items() if m in encoding.vars]
                solved = z3.simplify(z3.substitute(formula.code, *pairs))
                assert solved.as_long() == code, (norm.id, variant.program.fassung, values, solved, code)
                checked += 1
    return checked


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
    [entry] = to_data(analyse_corpus(corpus))["fassungen"]
    assert entry["erreichbar"] == [] and entry["nie_erreichbar"] == []
    assert "Prüfpunkte" in entry["nicht_analysiert"]


# ------------------------------------------------------------ Befunde mit Fundstelle

PLANTED_FINDINGS = """
    Merkmal A: ja/nein
    Merkmal B: ja/nein
    Merkmal C: ja/nein
    Merkmal Mord: ja/nein
    Merkmal Opfer ist geschützte Person: ja/nein
    Merkmal Ort der Tat: Auswahl "Herkunftsland", "Drittstaat", "Deutschland"
    Merkmal Dauer des Aufenthalts: Dauer

    Begriff Widerspruch
      liegt vor, wenn alle folgenden:
        - A
        - nicht A

    Begriff Kriegsverbrechen
      liegt vor, wenn alle folgenden:
        - Mord
        - Opfer ist geschützte Person
        - Ort der Tat: einer von "Herkunftsland", "Drittstaat", "Deutschland"

    Begriff Verbrechen gegen die Menschlichkeit
      liegt insbesondere vor, wenn mindestens eines der folgenden:
        - Mord
      liegt vor, wenn C

    Norm "N": Titel                                                    [§ 1 G]
      Der Tatbestand ist erfüllt, wenn alle folgenden:                 [§ 1 G]
        - A
        - Dauer des Aufenthalts: mindestens 18 Monate
        - Dauer des Aufenthalts: mindestens 24 Monate
      Die Aufenthaltserlaubnis ist zu erteilen.                        [§ 1 G]
      Sie darf nicht erteilt werden, wenn mindestens eines der folgenden:   [§ 2 G]
        - Kriegsverbrechen
        - Verbrechen gegen die Menschlichkeit
      Sie darf nicht erteilt werden, wenn Widerspruch                  [§ 3 G]
      Sie kann erteilt werden, wenn B                                  [§ 4 G]
"""


def _line(place: str) -> int:
    return int(place.rsplit(":", 2)[1])


def _at(text: str, snippet: str) -> int:
    """Die Zeile (ab 1) der Normdatei, in der ``snippet`` steht."""
    from .conftest import dedent

    [line] = [i for i, row in enumerate(dedent(text).splitlines(), 1) if snippet in row]
    return line


def test_planted_dead_rules_masked_conditions_and_a_begriff_that_is_never_true_are_found_exactly(compile_norms):
    from lexdsl.findings import FindingKind, analyse_corpus

    corpus = compile_norms(PLANTED_FINDINGS)
    report = analyse_corpus(corpus)
    found = {(f.kind, _line(f.place)) for f in report.all_findings()}
    text = PLANTED_FINDINGS
    never, kann = _at(text, "wenn Widerspruch"), _at(text, "kann erteilt werden, wenn B")
    lower, upper = _at(text, "mindestens 18 Monate"), _at(text, "mindestens 24 Monate")
    victim, begriff = _at(text, "- Opfer ist geschützte Person"), _at(text, "Begriff Widerspruch")
    place = _at(text, "- Ort der Tat: einer von")
    assert found == {
        (FindingKind.TOTE_REGEL, never),        # „darf nicht erteilt werden, wenn Widerspruch“: nie erfüllt
        (FindingKind.TOTE_REGEL, kann),         # „kann erteilt werden“: der Anspruch geht immer vor
        (FindingKind.VERDECKT, lower),          # „mindestens 18 Monate“ neben „mindestens 24 Monate“
        (FindingKind.VERDECKT, victim),         # geschützte Person: Mord ist schon Regelbeispiel (vgl. VwV 25.3.8.1)
        (FindingKind.VERDECKT, place),          # eine Auswahl aller Werte: immer erfüllt
        (FindingKind.BEGRIFF_KONSTANT, begriff),  # der Begriff „Widerspruch“ ist nie erfüllt
    }
    by_line = {_line(f.place): f for f in report.all_findings()}
    assert "nie erfüllt" in by_line[never].message and by_line[never].citations == ("§ 3 G",)
    assert "„Dauer des Aufenthalts: mindestens 24 Monate“" in by_line[lower].message   # was sie verdeckt, mit Stelle
    assert f":{upper}:" in by_line[lower].message
    assert "„Verbrechen gegen die Menschlichkeit“" in by_line[victim].message
    assert "„Widerspruch“ ist nie erfüllt" in by_line[begriff].message
    assert "sie ist immer erfüllt" in by_line[place].message


def test_every_deciding_condition_has_an_independence_pair_that_the_norm_confirms(compile_norms):
    from lexdsl.findings import analyse_corpus

    corpus = compile_norms(PLANTED_FINDINGS)
    [variant] = analyse_corpus(corpus).variants
    norm = corpus.norm("N").variants[0]
    assert {p.merkmal for p in variant.pairs} == {"A", "C", "Mord", "Dauer des Aufenthalts"}
    for pair in variant.pairs:
        assert pair.merkmal not in pair.shared                      # die Fälle unterscheiden sich nur darin
        first = norm.entscheiden(corpus.complete({**pair.shared, pair.merkmal: pair.first}))
        second = norm.entscheiden(corpus.complete({**pair.shared, pair.merkmal: pair.second}))
        assert (first, second) == (pair.first_outcome, pair.second_outcome) and first is not second
    dauer = next(p for p in variant.pairs if p.merkmal == "Dauer des Aufenthalts")
    assert dauer.label == "Dauer des Aufenthalts: mindestens 24 Monate"
    assert 18 <= min(dauer.first, dauer.second) < 24 <= max(dauer.first, dauer.second)


def test_a_refusal_implied_by_the_tatbestand_and_a_gap_of_the_gesamtpruefung_are_reported(compile_norms):
    from lexdsl.findings import FindingKind, analyse_corpus

    corpus = compile_norms("""
        Merkmal A: ja/nein
        Merkmal Reiseunfähigkeit: ja/nein
        Begriff Ausreise aus tatsächlichen Gründen unmöglich
          liegt vor, wenn Reiseunfähigkeit
        Norm "N": Titel                                        [§ 1 G]
          Der Tatbestand ist erfüllt, wenn alle folgenden:     [§ 1 G]
            - A
            - Ausreise aus tatsächlichen Gründen unmöglich
          Die Aufenthaltserlaubnis ist zu erteilen.            [§ 1 G]
          Sie darf nicht erteilt werden, wenn A                [§ 2 G]
    """)
    report = analyse_corpus(corpus)
    found = {(f.kind, _line(f.place)) for f in report.all_findings()}
    # Der Versagungsgrund folgt aus dem Tatbestand; der Tatbestand selbst ändert darum nie ein Ergebnis, und
    # „ist zu erteilen“ greift nie.
    assert found == {(FindingKind.TATBESTAND_VERSAGT, 10), (FindingKind.TOTE_REGEL, 6), (FindingKind.TOTE_REGEL, 9),
                     (FindingKind.LUECKE, 3)}
    [gap] = [f for f in report.corpus if f.kind is FindingKind.LUECKE]
    assert _line(gap.place) == 3 and gap.case is not None and gap.case["Reiseunfähigkeit"] is True
    result = corpus.norm("N").variants[0].pruefen(corpus.complete(gap.case))   # offen nur zwischen zwei Versagungen
    no_title = {Outcome.VERSAGT, Outcome.NICHT_ERFUELLT}
    assert result.outcome in no_title or set(result.possible) <= no_title


def test_gewollt_accepts_a_finding_and_streng_fails_only_on_open_ones(write_norms, tmp_path, capsys):
    from lexdsl.cli import main

    text = PLANTED_FINDINGS
    folder = write_norms(text)
    args = ["--cache", str(tmp_path / "cache"), "analysieren", "--normen", str(folder), "--streng"]
    assert main(args) == 1
    captured = capsys.readouterr()
    assert "6 Befunde, davon 0 angenommen, 6 offen." in captured.out
    assert "nicht als gewollt angenommen" in captured.err
    lines = (folder / "test.lexdsl").read_text(encoding="utf-8").splitlines()
    lower = _at(text, "mindestens 18 Monate")
    marks = {_at(text, "wenn Widerspruch"): "Der Widerspruch ist ein Beispiel.",
             _at(text, "kann erteilt werden, wenn B"): "Der Anspruch geht vor.", lower: "Zwei Schwellen,",
             _at(text, "- Opfer ist geschützte Person"): "Bewusst doppelt.",
             _at(text, "- Ort der Tat: einer von"): "Jeder Ort.",
             _at(text, "Begriff Widerspruch"): "Nur zum Test."}
    for line in sorted(marks, reverse=True):
        indent = lines[line - 1][: len(lines[line - 1]) - len(lines[line - 1].lstrip())]
        extra = [f"{indent}#   wie im Text."] if line == lower else []
        lines[line - 1:line - 1] = [f"{indent}# gewollt: {marks[line]}", *extra]
    (folder / "test.lexdsl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "6 Befunde, davon 6 angenommen, 0 offen." in out
    assert "gewollt: Zwei Schwellen, wie im Text." in out
    assert main([*args, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["offen"] == 0
    assert {f["angenommen"] for v in data["fassungen"] for f in v["befunde"]} >= {"Der Anspruch geht vor."}


def test_the_real_corpus_has_no_open_findings_and_reports_the_accepted_ones(tmp_path, capsys, monkeypatch):
    """Die Befunde auf dem Korpus sind geprüft (``# gewollt:``); ein neuer Befund macht make test rot."""
    from lexdsl.cli import main

    monkeypatch.chdir(ROOT)
    assert main(["--cache", str(tmp_path / "cache"), "analysieren", "--format", "json", "--streng"]) == 0
    data = json.loads(capsys.readouterr().out)
    kinds = {(f["art"], f["stelle"].split(":")[0]) for v in data["fassungen"] for f in v["befunde"]}
    kinds |= {(f["art"], f["stelle"].split(":")[0]) for f in data["befunde"]}
    assert ("verdeckte_bedingung", "norms/aufenthg_25_5.lexdsl") in kinds       # VwV 25.5.1.3.2 ab 2022
    assert ("luecke_gesamtpruefung", "norms/aufenthg_25_5.lexdsl") in kinds
    assert ("tote_regel", "norms/allgemeine_vorschriften.lexdsl") in kinds      # § 5 Abs. 3 S. 2 im Ermessen
    assert data["offen"] == 0


# ------------------------------------------------------------ Vergleich mit einer anderen Version

THRESHOLD = """
    Merkmal A: ja/nein
    Merkmal Dauer des Aufenthalts: Dauer
    Norm "N": Titel                                          [§ 1 G]
      Der Tatbestand ist erfüllt, wenn A                     [§ 1 G]
      Die Aufenthaltserlaubnis ist zu erteilen.              [§ 1 G]
      Sie darf nicht erteilt werden, wenn Dauer des Aufenthalts: weniger als 18 Monate   [§ 4 G]
"""


def _git(folder, *args):
    import subprocess

    subprocess.run(["git", "-c", "user.name=Test", "-c", "user.email=test@example.org", *args], cwd=folder,
                   check=True, capture_output=True)


def test_vergleich_with_a_commit_that_changes_one_threshold_shows_exactly_the_cases_around_it(write_norms, tmp_path,
                                                                                              capsys):
    from lexdsl.cli import main

    folder = write_norms(THRESHOLD)
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "add", "-A")
    _git(tmp_path, "commit", "-qm", "Schwelle 18 Monate")
    path = folder / "test.lexdsl"
    path.write_text(path.read_text(encoding="utf-8").replace("weniger als 18", "weniger als 24"), encoding="utf-8")
    args = ["--cache", str(tmp_path / "cache"), "analysieren", "--normen", str(folder), "--vergleich", "HEAD"]
    assert main([*args, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["revision"] == "HEAD" and data["fassungen"] == [] and data["hinweise"] == []
    [comparison] = data["vergleiche"]
    assert not comparison["gleichwertig"]
    changes = {(t["vorher"], t["nachher"]): t for t in comparison["uebergaenge"]}
    assert set(changes) == {("anspruch", "versagt"), ("nicht_erfuellt", "versagt")}   # bewiesen: sonst keiner
    for t in changes.values():
        assert 18 <= float(t["zeugenfall"]["Dauer des Aufenthalts"]) < 24
        conditions = {c["bedingung"]: c["erfuellt"] for c in t["bedingungen"]}
        assert conditions["Dauer des Aufenthalts: weniger als 18 Monate"] is False
        assert conditions["Dauer des Aufenthalts: weniger als 24 Monate"] is True
    # dieselbe Antwort mit einem zweiten Normverzeichnis statt einer Revision
    old = tmp_path / "alt"
    old.mkdir()
    (old / "test.lexdsl").write_text(path.read_text(encoding="utf-8").replace("weniger als 24", "weniger als 18"),
                                     encoding="utf-8")
    assert main([*args[:-1], str(old)]) == 0
    out = capsys.readouterr().out
    assert "anspruch → versagt: zum Beispiel bei" in out and "Verglichen: 1 Fassung; 1 davon entscheidet" in out
    # unverändert: gleichwertig
    _git(tmp_path, "commit", "-qam", "Schwelle 24 Monate")
    assert main(args) == 0
    assert "gleichwertig: Kein Fall wird verschieden entschieden (bewiesen)." in capsys.readouterr().out
    assert main([*args[:-1], "gibt-es-nicht"]) == 2
    assert "Die Revision »gibt-es-nicht« gibt es" in capsys.readouterr().err


def test_vergleich_says_what_it_cannot_compare(write_norms, tmp_path, capsys):
    from lexdsl.cli import main

    folder = write_norms(THRESHOLD)
    old = tmp_path / "alt"
    old.mkdir()
    (old / "test.lexdsl").write_text(dedent_text(THRESHOLD).replace("Dauer des Aufenthalts: Dauer",
                                                                    "Dauer des Aufenthalts: Anzahl")
                                     .replace("weniger als 18 Monate", "weniger als 18"), encoding="utf-8")
    args = ["--cache", str(tmp_path / "cache"), "analysieren", "--normen", str(folder), "--vergleich", str(old)]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "Hinweis: N: die Norm nicht verglichen, weil das Merkmal »Dauer des Aufenthalts« einen anderen Typ " \
           "hat (Anzahl statt Dauer)." in out


def dedent_text(text: str) -> str:
    from .conftest import dedent

    return dedent(text)


# ------------------------------------------------------------ Von Befunden zu Szenarien

def test_szenarien_writes_ungeprueft_gherkin_for_uncovered_cases_that_runs_once_an_expectation_is_filled_in(
        tmp_path):
    """Die Szenarien des Projekts decken „Ermessen“ und „versagt“ ab und jede Bedingung; es fehlt ein Fall,
    in dem der Tatbestand nicht erfüllt ist. Genau den schreibt --szenarien, ohne Erwartung."""
    from .test_plugin import FEATURE_A, NORM, pytest_run

    root = tmp_path / "projekt"
    (root / "norms").mkdir(parents=True)
    (root / "norms" / "beispiel.lexdsl").write_text(dedent_text(NORM), encoding="utf-8")
    (root / "features").mkdir()
    (root / "features" / "a.feature").write_text(dedent_text(FEATURE_A), encoding="utf-8")
    done = pytest_run(root, "--lexdsl-abdeckung=abdeckung.json")
    assert done.returncode == 0 and "2 passed" in done.stdout, done.stdout + done.stderr
    import os
    import subprocess
    import sys

    env = dict(os.environ, LEXDSL_CACHE=str(tmp_path / "cache"))
    command = [sys.executable, "-c", "import sys; from lexdsl.cli import main; sys.exit(main(sys.argv[1:]))",
               "analysieren", "--szenarien", "features/analyse",
               "--abdeckung", "abdeckung.json"]
    made = subprocess.run(command, cwd=root, capture_output=True, text=True, env=env)
    assert made.returncode == 0, made.stderr
    [written] = (root / "features" / "analyse").glob("*.feature")
    text = written.read_text(encoding="utf-8")
    assert text.startswith("# language: de") and "@ungeprueft" in text
    assert text.count("Szenario:") == 1 and "Szenariogrundriss" not in text       # nur der fehlende Fall
    assert "Die Engine entscheidet: Tatbestand nicht erfüllt." in text            # als Kommentar …
    assert not [line for line in text.splitlines() if line.strip().startswith("Dann")]   # … nicht als Erwartung
    assert 'das Merkmal "Voraussetzung erfüllt" ist "nein"' in text and 'das Merkmal "Sperre" ist "nein"' in text
    done = pytest_run(root)
    assert done.returncode == 0 and "2 passed, 1 skipped" in done.stdout, done.stdout + done.stderr
    # Eine Juristin trägt die Erwartung aus § 1 Abs. 1 ein (ohne Voraussetzung kein Tatbestand):
    filled = text.replace("  @ungeprueft\n", "").replace(
        "    # Dann … ← die Erwartung aus dem Wortlaut eintragen und @ungeprueft entfernen",
        "    Dann ist der Tatbestand nicht erfüllt")
    written.write_text(filled, encoding="utf-8")
    done = pytest_run(root)
    assert done.returncode == 0 and "3 passed" in done.stdout, done.stdout + done.stderr
    # und eine falsche Erwartung fällt auf
    written.write_text(filled.replace("Dann ist der Tatbestand nicht erfüllt",
                                      "Dann kann die Aufenthaltserlaubnis erteilt werden"), encoding="utf-8")
    assert pytest_run(root).returncode == 1


def test_several_processes_find_the_same_and_the_cli_report_is_reproducible(compile_norms, tmp_path, monkeypatch):
    """Mit zwei Prozessen derselbe Bericht wie in einem, Zeugenfälle eingeschlossen; und die Kommandozeile gibt
    denselben Bericht, ob sie die Normen frisch übersetzt oder aus dem Zwischenspeicher lädt (die Website
    entsteht Byte für Byte gleich). Früher hing der Zeugenfall davon ab, wann Pythons Speicherbereinigung
    Terme von z3 freigab."""
    import subprocess
    import sys

    from lexdsl.findings import analyse_corpus, to_data

    second = "\n".join(line for line in PLANTED.replace('"N"', '"M"').splitlines()
                        if not line.strip().startswith("Merkmal"))     # dieselben Merkmale wie in a.lexdsl
    corpus = compile_norms({"a.lexdsl": PLANTED_FINDINGS, "b.lexdsl": second})
    assert to_data(analyse_corpus(corpus, workers=2)) == to_data(analyse_corpus(corpus))
    monkeypatch.chdir(ROOT)
    code = "import sys; from lexdsl.cli import main; sys.exit(main(sys.argv[1:]))"
    command = [sys.executable, "-c", code, "--cache", str(tmp_path / "cache"), "analysieren", "--format", "json"]
    cold, warm = (subprocess.run(command, capture_output=True, check=True).stdout for _ in range(2))
    assert cold == warm


def test_the_json_report_has_exactly_the_documented_fields(write_norms, tmp_path, capsys):
    """docs/api.md beschreibt jedes Feld des JSON-Vertrags; der Bericht hat genau diese."""
    import re

    from lexdsl.cli import main

    doc = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    section = doc[doc.index("## Der JSON-Vertrag von `lexdsl analysieren`"):]
    section = section[:section.index("\n## ", 5)] if "\n## " in section[5:] else section
    documented = set(re.findall(r"`([a-z_]+)`", section))
    folder = write_norms(PLANTED_FINDINGS + "".join(
        line + "\n" for line in PLANTED.splitlines() if line.strip() and not line.strip().startswith("Merkmal"))
        .replace('Norm "N": Titel                                          [§ 1 G]', 'Norm "M": Titel   [§ 1 G]'))
    assert main(["--cache", str(tmp_path / "cache"), "analysieren", "--normen", str(folder), "--format",
                 "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    keys = set(data)
    for entry in data["fassungen"]:
        keys |= set(entry)
        for pair in entry["bedingungen"]:
            keys |= set(pair) | set(pair["fall_a"])
        for finding in entry["befunde"]:
            keys |= set(finding)
    for comparison in data["vergleiche"]:
        keys |= set(comparison)
        for t in comparison["uebergaenge"]:
            keys |= set(t) | {k for c in t["bedingungen"] for k in c}
    assert data["vergleiche"] and data["befunde"] and any(e["bedingungen"] for e in data["fassungen"])
    assert keys - {"format", "version"} <= documented, keys - documented
    kinds = {f["art"] for e in data["fassungen"] for f in e["befunde"]} | {f["art"] for f in data["befunde"]}
    assert kinds <= documented


def test_an_unconditional_rule_that_another_always_overrides_never_takes_effect(compile_norms):
    from lexdsl.findings import FindingKind, analyse_corpus

    text = """
        Merkmal A: ja/nein
        Norm "N": Titel                                        [§ 1 G]
          Der Tatbestand ist erfüllt, wenn A                   [§ 1 G]
          Die Aufenthaltserlaubnis kann erteilt werden.        [§ 1 G]
          Sie ist zu erteilen.                                 [§ 2 G]
    """
    report = analyse_corpus(compile_norms(text))
    [finding] = report.all_findings()
    assert (finding.kind, _line(finding.place)) == (FindingKind.TOTE_REGEL, _at(text, "kann erteilt werden."))
    assert "„Ermessen“ in keinem Fall" in finding.message and finding.citations == ("§ 1 G",)

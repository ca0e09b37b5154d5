"""Keine stillen Fehlentscheidungen: Tabulatoren, Unicode-Schreibweisen, Zahlen an der Schwelle, Begründungen.

Jede Klasse von Fehlern hat hier einen Test, der auf dem Stand vor der Härtung fehlschlug.
"""

from __future__ import annotations

import pytest

from lexdsl import CaseError, Outcome
from lexdsl.errors import LexdslError
from lexdsl.language.parser import parse

from .conftest import ROOT, dedent

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


# ------------------------------------------------------------------ Zahlen an der Schwelle

import fractions  # noqa: E402
import operator  # noqa: E402

import attrs  # noqa: E402

# Die Bedeutung der Vergleichswörter, unabhängig von lexdsl aufgeschrieben.
_MEANING = {"mindestens": operator.ge, "höchstens": operator.le, "mehr als": operator.gt,
            "weniger als": operator.lt, "genau": operator.eq}
TINY = "0,00000000000000000001"    # 10⁻²⁰ Monate: weit unter der Genauigkeit einer Gleitkommazahl


def _corpus_thresholds():
    """Jede Schwelle einer Dauer oder Anzahl im Korpus: (Typ, Vergleichswort, Wert in Monaten bzw. Anzahl)."""
    from lexdsl.compiler import ir
    from lexdsl.language.parser import parse
    from lexdsl.workspace.sources import find_sources

    from .conftest import NORMS

    found = set()
    stack = [ir.lower([parse(s.text, s.path) for s in find_sources(NORMS)])]
    while stack:
        item = stack.pop()
        if isinstance(item, ir.Compare) and item.type.value in ("Dauer", "Anzahl"):
            amount = item.value.months if isinstance(item.value, ir.DurationValue) else item.value.count
            found.add((item.type.value, item.op.value, amount))
        elif isinstance(item, (tuple, list)):
            stack.extend(item)
        elif attrs.has(type(item)):
            stack.extend(getattr(item, f.name) for f in attrs.fields(type(item)))
    return sorted(found, key=str)


CORPUS_THRESHOLDS = _corpus_thresholds()


def test_the_corpus_has_the_thresholds_the_statute_names():
    # § 25 Abs. 5 S. 2 (18 Monate), VwV 25.5.1.4 (6 Monate), § 25 Abs. 4 / § 26 Abs. 1 (18 Monate),
    # Ausweisungsinteresse (3 Jahre Freiheitsstrafe, VwV 5.1.2), Mitwirkungspflichten (mehr als einmal).
    months = {amount for kind, _op, amount in CORPUS_THRESHOLDS if kind == "Dauer"}
    assert {6, 18, 36} <= months
    assert any(kind == "Anzahl" and amount == 1 for kind, _op, amount in CORPUS_THRESHOLDS)


def _words(operator_value):
    from lexdsl.vocabulary import Comparator
    return next(c.value for c in Comparator if c.operator is not None and c.operator.value == operator_value)


@pytest.mark.parametrize("kind, op, amount", CORPUS_THRESHOLDS, ids=str)
def test_every_corpus_threshold_compares_exactly_at_below_and_above(compile_norms, kind, op, amount):
    words = _words(op)
    written = f"{amount} Monate" if kind == "Dauer" else str(amount)
    corpus = compile_norms(f'Merkmal M: {kind}\nNorm "N": T\n  Sie kann erteilt werden, wenn M: {words} {written}  [§ 1]\n')
    norm = corpus.norm("N")
    if kind == "Dauer":
        tiny = fractions.Fraction(1, 10 ** 20)
        cases = {f"{amount - 1},99999999999999999999 Monate": amount - tiny, f"{amount} Monate": amount,
                 f"{amount},{TINY[2:]} Monate": amount + tiny, f"{amount / 12:.20f} Jahre".replace(".", ","): None}
    else:
        cases = {str(amount - 1): amount - 1, str(amount): amount, str(amount + 1): amount + 1}
    for text, exact in cases.items():
        if exact is None:
            exact = fractions.Fraction(text.split()[0].replace(",", ".")) * 12
        expected = Outcome.ERMESSEN if _MEANING[words](exact, amount) else Outcome.NICHT_ERFUELLT
        assert norm.entscheiden(corpus.facts({"M": text})) is expected, (text, words, amount)


def test_a_duration_just_below_18_months_is_not_18_months(corpus):
    # § 25 Abs. 5 S. 2 AufenthG: „seit 18 Monaten ausgesetzt“ – 17,99999999999999999 Monate sind es nicht.
    below = corpus.facts({"Dauer der Duldung": "17,99999999999999999 Monate"}).three["Dauer der Duldung"]
    at = corpus.facts({"Dauer der Duldung": "1,5 Jahre"}).three["Dauer der Duldung"]
    assert below < 18 and at == 18


@pytest.mark.parametrize("written", ["17,99999999999999999 Monate", "1,3 Monate", "0,1 Jahre",
                                     "1,00000000000000001 Jahre"])
def test_a_duration_threshold_in_a_norm_is_whole_months(write_norms, written):
    from lexdsl.workspace.compile import Frontend
    from lexdsl.workspace.sources import find_sources

    folder = write_norms(f'Merkmal D: Dauer\nNorm "N": T\n  Sie kann erteilt werden, wenn D: mindestens {written}  [§ 1]\n')
    _modules, diagnostics = Frontend(None).check(find_sources(folder))
    [error] = [d for d in diagnostics if d.is_error]
    assert error.code == "typfehler" and "ganze" in error.message and (error.span.line, error.span.column) == (3, 36)


def test_a_duration_threshold_in_years_may_have_a_decimal_comma(compile_norms):
    corpus = compile_norms('Merkmal D: Dauer\nNorm "N": T\n  Sie kann erteilt werden, wenn D: mindestens 1,5 Jahre  [§ 1]\n')
    norm = corpus.norm("N")
    assert norm.entscheiden(corpus.facts({"D": "18 Monate"})) is Outcome.ERMESSEN
    assert norm.entscheiden(corpus.facts({"D": "17,999999999999999999999 Monate"})) is Outcome.NICHT_ERFUELLT


@pytest.mark.parametrize("value", ["2,5", 2.5, "1e3", float("nan")])
def test_a_count_is_a_whole_number_or_rejected(corpus, value):
    with pytest.raises(CaseError) as info:
        corpus.facts({"Anzahl der Verstöße gegen entsprechende Mitwirkungspflichten": value})
    assert info.value.field == "Anzahl der Verstöße gegen entsprechende Mitwirkungspflichten"


def test_counts_and_durations_keep_their_exact_type(corpus):
    facts = corpus.facts({"Anzahl der Verstöße gegen entsprechende Mitwirkungspflichten": "2",
                          "Dauer der Duldung": "1,25 Monate"})
    count = facts.three["Anzahl der Verstöße gegen entsprechende Mitwirkungspflichten"]
    assert type(count) is int and count == 2
    assert facts.three["Dauer der Duldung"] == fractions.Fraction(5, 4)


# ------------------------------------------------------------------ Ergebnis mit Gründen

import json  # noqa: E402
import random  # noqa: E402

JEDER_WERT_VERSAGT = dedent("""
    Merkmal Abschiebungsverbot: Auswahl "§ 60 Abs. 5", "§ 60 Abs. 7"
    Merkmal Duldung: ja/nein
    Norm "N": Titel
      Die Aufenthaltserlaubnis kann erteilt werden, wenn Duldung   [§ 1 S. 1]
      Sie darf nicht erteilt werden, wenn mindestens eines der folgenden:   [§ 1 S. 2]
        - Abschiebungsverbot: "§ 60 Abs. 5"
        - Abschiebungsverbot: "§ 60 Abs. 7"
      Nebenfolgen bei Versagung:
        Bescheinigung: "Duldung bleibt.", wenn mindestens eines der folgenden:   [§ 60a]
          - Abschiebungsverbot: "§ 60 Abs. 5"
          - Abschiebungsverbot: "§ 60 Abs. 7"
        Hinweis: "Nur bei Duldung.", wenn Duldung   [§ 60a Abs. 4]
""")


def _flat(reasons):
    stack, out = list(reasons), []
    while stack:
        node = stack.pop()
        out.append(node)
        stack.extend(node["kinder"])
    return out


def test_an_outcome_every_value_leads_to_names_its_reasons(compile_norms):
    corpus = compile_norms(JEDER_WERT_VERSAGT)
    result = corpus.norm("N").pruefen(corpus.facts({}))
    assert result.outcome is Outcome.VERSAGT
    assert result.begruendung, "eine Versagung ohne Begründung"
    assert "§ 1 S. 2" in result.citations()
    texts = [n["text"] for n in _flat(result.begruendung)]
    assert any("Abschiebungsverbot" in t for t in texts), texts   # die Tatsachen, auf denen sie beruht
    # Die Bescheinigung folgt in jedem möglichen Fall; der Hinweis hängt an der unbekannten Duldung.
    assert "vorbehalt" not in result.nebenfolgen["Bescheinigung"]
    assert "vorbehalt" in result.nebenfolgen["Hinweis"]


def test_the_reasons_say_that_the_deciding_fact_is_still_open(compile_norms):
    corpus = compile_norms(JEDER_WERT_VERSAGT)
    result = corpus.norm("N").pruefen(corpus.facts({}))
    [rule] = [n for n in result.begruendung if "darf nicht" in n["text"]]
    assert rule["wert"] == "ja"
    assert "jedem möglichen Fall" in json.dumps(rule, ensure_ascii=False)


def _grade_rules(compiled, outcome):
    """Die Fundstellen der Regeln, die ein Ergebnis tragen können (unabhängig von der Begründung bestimmt)."""
    program = compiled.program
    if outcome is Outcome.VERSAGT:
        rules = [r for r in program.rules if r.grade.is_refusal]
        rules += [r for v in program.vorschriften for r in v.rules]
        return {c for r in rules for c in r.citations} | {c for v in program.vorschriften for c in v.citations}
    if outcome is Outcome.NICHT_ERFUELLT:
        return set(program.tatbestand_citations) | {c for r in program.rules if r.grade.is_grant for c in r.citations}
    return {c for r in program.rules if r.grade.is_grant for c in r.citations}


def test_every_definite_result_with_unknown_facts_carries_its_reasons(corpus):
    rng = random.Random(11)
    checked = 0
    for _ in range(400):
        for versioned in corpus.normen.values():
            for variant in versioned.variants:
                values = {}
                for m in variant.merkmale:
                    values[m] = None if rng.random() < 0.35 else rng.choice(variant.domains[m])
                facts = corpus.complete(values)
                result = variant.pruefen(facts)
                if result.outcome is Outcome.OFFEN or not facts.unknown & set(variant.merkmale):
                    continue
                checked += 1
                shown = [n for n in result.begruendung if not n["text"].startswith("Angewandte Fassung")]
                assert shown, (variant.id, result.outcome, values)
                assert set(result.citations()) & _grade_rules(variant, result.outcome), (variant.id, values)
    assert checked > 1000


# ------------------------------------------------------------------ Wortlaut ohne Widerspruch

TATBESTAND_OHNE_RECHTSFOLGE = dedent("""
    Merkmal Abschiebungsverbot: ja/nein
    Merkmal Reiseunfähigkeit: ja/nein
    Merkmal Ausreise zumutbar: ja/nein
    Norm "N": Titel
      Der Tatbestand ist erfüllt, wenn Abschiebungsverbot   [§ 1 S. 1]
      Sie kann erteilt werden, wenn Reiseunfähigkeit   [§ 1 S. 2]
      Sie darf nicht erteilt werden, wenn nicht Ausreise zumutbar   [§ 1 S. 3]
""")


def test_a_tatbestand_that_holds_without_a_rechtsfolge_says_so(compile_norms):
    from lexdsl.render import result_text, summary_text

    corpus = compile_norms(TATBESTAND_OHNE_RECHTSFOLGE)
    result = corpus.norm("N").pruefen(corpus.facts({"Abschiebungsverbot": True, "Reiseunfähigkeit": False,
                                                    "Ausreise zumutbar": True}))
    assert result.outcome is Outcome.NICHT_ERFUELLT
    text = result_text(result, corpus) + summary_text([result], corpus)
    assert "Tatbestand ist nicht erfüllt" not in text and "Tatbestand nicht erfüllt" not in text, text
    assert "keine Rechtsfolge" in result.sentence and "Tatbestand ist erfüllt" in result.sentence
    assert result.to_dict()["entscheidung"] == result.sentence

    failing = corpus.norm("N").pruefen(corpus.facts({"Abschiebungsverbot": False, "Ausreise zumutbar": True}))
    assert failing.sentence.startswith("Der Tatbestand ist nicht erfüllt")


def test_a_negated_fact_is_shown_without_a_double_negative(compile_norms):
    from lexdsl.render import result_text

    corpus = compile_norms(TATBESTAND_OHNE_RECHTSFOLGE)
    result = corpus.norm("N").pruefen(corpus.facts({"Abschiebungsverbot": True, "Reiseunfähigkeit": True,
                                                    "Ausreise zumutbar": True}))
    assert result.outcome is Outcome.ERMESSEN
    [line] = [t for t in result_text(result, corpus).splitlines() if "Ausreise zumutbar" in t]
    # vorher: „[nein] nicht Ausreise zumutbar (laut Fall: ja)“
    assert "nicht Ausreise zumutbar" not in line, line
    assert "Ausreise zumutbar: ja" in line and "verlangt: nein" in line, line


# ------------------------------------------------------------------ begrenzte Analyse

import itertools  # noqa: E402


def _refusals(count: int) -> str:
    return ("Merkmal G: ja/nein\n" + "".join(f"Merkmal V{i}: ja/nein\n" for i in range(count))
            + 'Norm "N": T\n  Sie kann erteilt werden, wenn G   [§ 1]\n'
            + "".join(f"  Sie darf nicht erteilt werden, wenn V{i}   [§ 2 Nr. {i}]\n" for i in range(count)))


def test_the_analysis_stops_at_its_budget_and_says_so(compile_norms):
    from lexdsl.render import result_text
    from lexdsl.runtime.analysis import MAX_STEPS

    corpus = compile_norms(_refusals(21))
    variant = corpus.norm("N").newest
    calls = []
    original = variant.combine
    variant.combine = lambda W: calls.append(1) or original(W)
    result = variant.pruefen(corpus.facts({}))
    assert len(calls) <= MAX_STEPS                       # nie mehr als die Grenze
    assert result.outcome is Outcome.OFFEN and not result.exact
    data = result.to_dict()
    assert "möglicherweise offen" in data["hinweis"] and "V20" in data["nicht_getrennt"]
    text = result_text(result, corpus)
    assert "möglicherweise offen" in text and "V20" in text
    # Wer die Versagungsgründe kennt, bekommt wieder ein genaues Ergebnis.
    known = corpus.facts({f"V{i}": False for i in range(21)})
    assert corpus.norm("N").pruefen(known).exact


def test_one_choice_with_many_values_at_two_places_is_fast_and_exact(compile_norms):
    from lexdsl.runtime.analysis import MAX_STEPS, Budget, analyse

    values = ", ".join(f'"w{i}"' for i in range(200))
    first = ", ".join(f'"w{i}"' for i in range(100))
    second = ", ".join(f'"w{i}"' for i in range(50, 150))
    text = (f"Merkmal A: Auswahl {values}\nMerkmal B: ja/nein\nMerkmal C: ja/nein\n"
            + "".join(f"Merkmal V{i}: ja/nein\n" for i in range(8))
            + 'Norm "N": T\n  Sie kann erteilt werden, wenn mindestens eines der folgenden:   [§ 1]\n'
            f"    - A: einer von {first}\n    - B\n"
            "  Sie soll erteilt werden, wenn mindestens eines der folgenden:   [§ 2]\n"
            f"    - A: einer von {second}\n    - C\n    atypischer Fall, wenn B\n"
            + "".join(f"  Sie darf nicht erteilt werden, wenn V{i}   [§ 3 Nr. {i}]\n" for i in range(8)))
    corpus = compile_norms(text)
    variant = corpus.norm("N").newest
    budget = Budget()
    found = analyse(variant, corpus.facts({}), budget)
    assert found.exact and not found.unresolved and "A" in found.missing
    assert MAX_STEPS - budget.left < MAX_STEPS // 4


SMALL_CHOICE = dedent("""
    Merkmal A: Auswahl "a", "b", "c", "d", "e", "f"
    Merkmal B: ja/nein
    Merkmal C: ja/nein
    Merkmal D: ja/nein
    Norm "N": T
      Sie kann erteilt werden, wenn mindestens eines der folgenden:   [§ 1]
        - A: einer von "a", "b", "c"
        - B
      Sie soll erteilt werden, wenn alle folgenden:   [§ 2]
        - A: einer von "b", "c", "d"
        - C
        atypischer Fall, wenn D
      Sie darf nicht erteilt werden, wenn alle folgenden:   [§ 3]
        - A: "e"
        - nicht D
""")


def test_grouping_equal_values_keeps_the_analysis_exact(compile_norms):
    """Gegen rohe Aufzählung aller Vervollständigungen: dieselben Ergebnisse, dieselben entscheidenden Merkmale."""
    from lexdsl.runtime import Facts
    from lexdsl.runtime.analysis import analyse

    corpus = compile_norms(SMALL_CHOICE)
    variant = corpus.norm("N").newest
    domains = {"A": ("a", "b", "c", "d", "e", "f"), "B": (True, False), "C": (True, False), "D": (True, False)}
    rng = random.Random(5)
    for _ in range(60):
        known = {m: (rng.choice(d) if rng.random() < 0.4 else None) for m, d in domains.items()}
        open_ = [m for m, v in known.items() if v is None]
        completions = [dict(known, **dict(zip(open_, combo))) for combo in itertools.product(*(domains[m] for m in open_))]
        outcome = {tuple(sorted(c.items())): variant.decide(Facts(c).fast) for c in completions}
        expected_outcomes = set(outcome.values())
        expected_missing = {m for m in open_ for c in completions for w in domains[m]
                            if outcome[tuple(sorted(dict(c, **{m: w}).items()))] != outcome[tuple(sorted(c.items()))]}
        found = analyse(variant, Facts(dict(known)))
        assert set(found.outcomes) == expected_outcomes, known
        if len(expected_outcomes) > 1:
            assert set(found.missing) == expected_missing, known


def test_the_readme_states_the_limits_the_code_has():
    """„Grenzen und Zusagen“ nennt die Zahlen, die der Code wirklich verwendet."""
    from lexdsl.cases.values import MAX_BYTES, MAX_DAUER_NACHKOMMA, MAX_DEPTH
    from lexdsl.runtime.analysis import MAX_STEPS
    from lexdsl.workspace.cache import MAX_AST_FILES, MAX_CORPORA

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Grenzen und Zusagen"):]
    section = section[:section.index("\n## ", 1)]
    expected = [f"{MAX_STEPS:,}".replace(",", ".") + " Schritte", f"{MAX_DAUER_NACHKOMMA} Nachkommastellen",
                f"{MAX_DEPTH} Ebenen", f"{MAX_BYTES // 1_000_000} MB", f"{MAX_CORPORA} übersetzte Korpora",
                f"{MAX_AST_FILES} Syntaxbäume", "möglicherweise offen", "nicht zusagt"]
    missing = [text for text in expected if text not in " ".join(section.split())]
    assert missing == []

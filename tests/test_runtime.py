"""Laufzeit: dreiwertige Logik, Vorrang der Ergebnisse, Ausnahmen, offene Fälle."""

from __future__ import annotations

import itertools
import random

import pytest

from lexdsl.runtime import NICHT_AUSGEWERTET, Outcome, Unknown, UnknownFact
from lexdsl.vocabulary import Duration

T, F, U = True, False, None
ALL = (T, F, U)

TWO = """
    Merkmal A: ja/nein
    Merkmal B: ja/nein
    Norm "N": Test
      Der Tatbestand ist erfüllt, wenn {verknuepfung}
        - A
        - B
      Die Aufenthaltserlaubnis kann erteilt werden.
"""


def outcome(norm, corpus, **values):
    return norm.pruefen(corpus.facts(values))


# ------------------------------------------------------- Wahrheitstafeln (Kleene)

def kleene_and(a, b):
    if a is F or b is F:
        return F
    if a is U or b is U:
        return U
    return T


def kleene_or(a, b):
    if a is T or b is T:
        return T
    if a is U or b is U:
        return U
    return F


def kleene_not(a):
    return U if a is U else (not a)


@pytest.mark.parametrize(
    ("verknuepfung", "table"),
    [
        ("alle folgenden:", kleene_and),
        ("mindestens eines der folgenden:", kleene_or),
        ("keines der folgenden:", lambda a, b: kleene_not(kleene_or(a, b))),
    ],
)
def test_truth_tables(compile_norms, verknuepfung, table):
    corpus = compile_norms(TWO.format(verknuepfung=verknuepfung))
    norm = corpus.norm("N")
    for a, b in itertools.product(ALL, repeat=2):
        result = outcome(norm, corpus, A=a, B=b)
        expected = table(a, b)
        if expected is U:
            assert result.outcome is Outcome.OFFEN, (a, b)
            assert set(result.missing) == {n for n, v in (("A", a), ("B", b)) if v is U}, (a, b)
            assert set(result.possible) == {Outcome.ERMESSEN, Outcome.NICHT_ERFUELLT}
        else:
            assert result.outcome is (Outcome.ERMESSEN if expected else Outcome.NICHT_ERFUELLT), (a, b)
            assert result.missing == ()
        # Die dreiwertigen Knotenwerte der Begründung folgen derselben Tafel.
        assert result.begruendung[0]["wert"] == {T: "ja", F: "nein", U: "unbekannt"}[expected]


def test_negation_truth_table(compile_norms):
    corpus = compile_norms("""
        Merkmal A: ja/nein
        Norm "N": Test
          Die Aufenthaltserlaubnis kann erteilt werden, wenn nicht A
    """)
    norm = corpus.norm("N")
    assert outcome(norm, corpus, A=T).outcome is Outcome.NICHT_ERFUELLT
    assert outcome(norm, corpus, A=F).outcome is Outcome.ERMESSEN
    assert outcome(norm, corpus, A=U).outcome is Outcome.OFFEN


# ----------------------------------------------------------------- Vorrang

PRIORITY = """
    Merkmal A: ja/nein
    Merkmal S: ja/nein
    Merkmal K: ja/nein
    Merkmal V: ja/nein
    Merkmal X: ja/nein
    Norm "N": Vorrang
      Die Aufenthaltserlaubnis ist zu erteilen, wenn A
      Sie soll erteilt werden, wenn S
        atypischer Fall, wenn X
      Sie kann erteilt werden, wenn K
      Sie darf nicht erteilt werden, wenn V
"""


def expected_priority(a, s, k, v, x):
    if v:
        return Outcome.VERSAGT
    if a:
        return Outcome.ANSPRUCH
    if s and not x:
        return Outcome.SOLL
    if s or k:
        return Outcome.ERMESSEN
    return Outcome.NICHT_ERFUELLT


def test_priority_order_over_all_combinations(compile_norms):
    corpus = compile_norms(PRIORITY)
    norm = corpus.norm("N")
    for a, s, k, v, x in itertools.product((T, F), repeat=5):
        facts = corpus.facts({"A": a, "S": s, "K": k, "V": v, "X": x})
        assert norm.entscheiden(facts) is expected_priority(a, s, k, v, x), (a, s, k, v, x)
        assert norm.pruefen(facts).outcome is expected_priority(a, s, k, v, x)


def test_atypical_case_turns_soll_into_ermessen_and_is_named(compile_norms):
    corpus = compile_norms(PRIORITY)
    result = outcome(corpus.norm("N"), corpus, A=F, S=T, K=F, V=F, X=T)
    assert result.outcome is Outcome.ERMESSEN
    texts = [k["text"] for node in result.begruendung for k in node["kinder"]]
    assert any(t.startswith("atypischer Fall: X: ja") for t in texts)


def test_unknown_that_cannot_change_the_outcome_does_not_make_it_open(compile_norms):
    corpus = compile_norms(PRIORITY)
    norm = corpus.norm("N")
    # Versagung steht fest: alles andere ist gleichgültig.
    result = outcome(norm, corpus, V=T)
    assert result.outcome is Outcome.VERSAGT and result.missing == ()
    # Anspruch steht fest; der atypische Fall der Soll-Regel kann nichts ändern.
    result = outcome(norm, corpus, V=F, A=T)
    assert result.outcome is Outcome.ANSPRUCH and result.missing == ()
    # Soll-Regel greift, atypischer Fall offen: soll oder kann.
    result = outcome(norm, corpus, V=F, A=F, S=T)
    assert result.outcome is Outcome.OFFEN
    assert result.missing == ("X",)
    assert set(result.possible) == {Outcome.SOLL, Outcome.ERMESSEN}


def test_offen_lists_exactly_the_deciding_merkmale_by_brute_force(compile_norms):
    corpus = compile_norms(PRIORITY)
    norm = corpus.norm("N")
    names = ("A", "S", "K", "V", "X")
    rng = random.Random(7)
    for _ in range(120):
        partial = {n: rng.choice(ALL) for n in names}
        unknown = [n for n in names if partial[n] is U]
        completions = {}
        for values in itertools.product((T, F), repeat=len(unknown)):
            full = dict(partial, **dict(zip(unknown, values)))
            completions[values] = expected_priority(*(full[n] for n in names))
        deciding = set()
        for i, name in enumerate(unknown):
            for values, result in completions.items():
                flipped = values[:i] + (not values[i],) + values[i + 1:]
                if completions[flipped] is not result:
                    deciding.add(name)
        outcomes = set(completions.values())
        result = norm.pruefen(corpus.facts(partial))
        if len(outcomes) == 1:
            assert result.outcome is outcomes.pop() and result.missing == (), partial
        else:
            assert result.outcome is Outcome.OFFEN, partial
            assert set(result.possible) == outcomes, partial
            assert set(result.missing) == deciding, partial


def test_exact_where_plain_kleene_logic_would_stay_open(compile_norms):
    corpus = compile_norms("""
        Merkmal A: ja/nein
        Norm "N": Tautologie
          Der Tatbestand ist erfüllt, wenn mindestens eines der folgenden:
            - A
            - nicht A
          Die Aufenthaltserlaubnis kann erteilt werden.
    """)
    result = corpus.norm("N").pruefen(corpus.facts({}))
    assert result.outcome is Outcome.ERMESSEN and result.missing == ()


def test_duration_thresholds_are_explored(compile_norms):
    corpus = compile_norms("""
        Merkmal D: Dauer
        Merkmal A: ja/nein
        Norm "N": Dauer
          Der Tatbestand ist erfüllt, wenn A
          Die Aufenthaltserlaubnis kann erteilt werden.
          Sie soll erteilt werden, wenn D: mindestens 18 Monate
            atypischer Fall, wenn nicht A
    """)
    norm = corpus.norm("N")
    assert outcome(norm, corpus, A=T, D=Duration(months=18)).outcome is Outcome.SOLL
    assert outcome(norm, corpus, A=T, D=Duration(months=17)).outcome is Outcome.ERMESSEN
    assert outcome(norm, corpus, A=T, D="2 Jahre").outcome is Outcome.SOLL
    result = outcome(norm, corpus, A=T)
    assert result.outcome is Outcome.OFFEN and result.missing == ("D",)
    assert outcome(norm, corpus, A=F).missing == ()


def test_shared_merkmal_across_checkpoints_stays_exact(compile_norms):
    corpus = compile_norms("""
        Merkmal A: ja/nein
        Merkmal B: ja/nein
        Norm "N": Abhängig
          Der Tatbestand ist erfüllt, wenn A
          Die Aufenthaltserlaubnis kann erteilt werden.
          Sie darf nicht erteilt werden, wenn alle folgenden:
            - nicht A
            - B
    """)
    result = corpus.norm("N").pruefen(corpus.facts({"B": True}))
    assert result.outcome is Outcome.OFFEN
    assert set(result.possible) == {Outcome.ERMESSEN, Outcome.VERSAGT}
    assert result.missing == ("A",)
    # Mit A=ja greift die Versagung nie: B ist gleichgültig.
    result = corpus.norm("N").pruefen(corpus.facts({"A": True}))
    assert result.outcome is Outcome.ERMESSEN and result.missing == ()


# ----------------------------------------------------------------- Ausnahmen

EXCEPTIONS = """
    Merkmal A: ja/nein
    Merkmal E: ja/nein
    Merkmal V: ja/nein
    Merkmal G: ja/nein
    Merkmal Z: ja/nein
    Vorschrift "§ 11 Abs. 1 AufenthG": Sperre
      Ein Aufenthaltstitel darf nicht erteilt werden, wenn V      [§ 11 Abs. 1 AufenthG]
    Vorschrift "§ 5 Abs. 1 AufenthG": Regelvoraussetzung
      Ein Aufenthaltstitel darf nicht erteilt werden, wenn nicht G   [§ 5 Abs. 1 AufenthG]
    Norm "Frei": Abweichend
      Die Aufenthaltserlaubnis ist zu erteilen, wenn A
      Sie darf nicht erteilt werden, wenn nicht A                 [Satz 2]
        es sei denn E                                             [Satz 3]
      abweichend von "§ 11 Abs. 1 AufenthG", wenn Z              [Satz 4]
      nach Ermessen abweichend von "§ 5 Abs. 1 AufenthG"         [Satz 5]
    Norm "Streng": Gebunden
      Die Aufenthaltserlaubnis ist zu erteilen, wenn A
"""


def test_es_sei_denn_lifts_the_refusal_and_is_named(compile_norms):
    corpus = compile_norms(EXCEPTIONS)
    norm = corpus.norm("Frei")
    base = {"A": F, "V": F, "G": T, "Z": F}
    assert outcome(norm, corpus, E=F, **base).outcome is Outcome.VERSAGT
    result = outcome(norm, corpus, E=T, **base)
    assert result.outcome is Outcome.NICHT_ERFUELLT


def test_abweichung_from_a_vorschrift(compile_norms):
    corpus = compile_norms(EXCEPTIONS)
    frei, streng = corpus.norm("Frei"), corpus.norm("Streng")
    base = {"A": T, "E": F, "G": T}
    # Die Vorschrift gilt für jede Norm, die nicht von ihr abweicht.
    assert outcome(streng, corpus, V=T, **base).outcome is Outcome.VERSAGT
    # Abweichung nur unter der Bedingung Z.
    assert outcome(frei, corpus, V=T, Z=F, **base).outcome is Outcome.VERSAGT
    result = outcome(frei, corpus, V=T, Z=T, **base)
    assert result.outcome is Outcome.ANSPRUCH
    assert any(n["text"].startswith("abweichend von § 11 Abs. 1 AufenthG") for n in result.begruendung)
    assert "Satz 4" in result.citations()


def test_abweichung_nach_ermessen_caps_at_ermessen(compile_norms):
    corpus = compile_norms(EXCEPTIONS)
    frei, streng = corpus.norm("Frei"), corpus.norm("Streng")
    base = {"A": T, "E": F, "V": F, "Z": F}
    assert outcome(frei, corpus, G=T, **base).outcome is Outcome.ANSPRUCH
    result = outcome(frei, corpus, G=F, **base)
    assert result.outcome is Outcome.ERMESSEN
    assert "Satz 5" in result.citations()
    assert outcome(streng, corpus, G=F, **base).outcome is Outcome.VERSAGT


def test_abweichung_nach_ermessen_with_condition_only_when_it_holds(compile_norms):
    """„nach Ermessen abweichend von …, wenn X“: Nur mit X öffnet die Vorschrift das Ermessen, sonst gilt sie."""
    corpus = compile_norms("""
        Merkmal A: ja/nein
        Merkmal G: ja/nein
        Merkmal X: ja/nein
        Vorschrift "§ 5 Abs. 1 AufenthG": Regelvoraussetzung
          Ein Aufenthaltstitel darf nicht erteilt werden, wenn nicht G   [§ 5 Abs. 1 AufenthG]
        Norm "N": Bedingtes Ermessen
          Die Aufenthaltserlaubnis ist zu erteilen, wenn A
          nach Ermessen abweichend von "§ 5 Abs. 1 AufenthG", wenn X     [Satz 2]
    """)
    norm = corpus.norm("N")
    assert outcome(norm, corpus, A=T, G=T, X=F).outcome is Outcome.ANSPRUCH
    assert outcome(norm, corpus, A=T, G=F, X=T).outcome is Outcome.ERMESSEN
    result = outcome(norm, corpus, A=T, G=F, X=F)
    assert result.outcome is Outcome.VERSAGT
    assert any("§ 5 Abs. 1 AufenthG" in r for r in result.reasons())
    assert any("Abweichung nur, wenn" in line for line in _all_texts(result.begruendung))
    # Ob X vorliegt, entscheidet nur, wenn die Vorschrift greift.
    result = norm.pruefen(corpus.facts({"A": T, "G": F}))
    assert result.outcome is Outcome.OFFEN and result.missing == ("X",)
    assert set(result.possible) == {Outcome.VERSAGT, Outcome.ERMESSEN}
    assert norm.pruefen(corpus.facts({"A": T, "G": T})).outcome is Outcome.ANSPRUCH


def _all_texts(nodes):
    for node in nodes or []:
        yield node["text"]
        yield from _all_texts(node["kinder"])


def test_regelversagung_yields_to_the_atypical_case(compile_norms):
    corpus = compile_norms("""
        Merkmal A: ja/nein
        Merkmal S: ja/nein
        Merkmal X: ja/nein
        Norm "N": Regelausschluss
          Die Aufenthaltserlaubnis kann erteilt werden, wenn A
          Sie darf in der Regel nicht erteilt werden, wenn S
            atypischer Fall, wenn X
    """)
    norm = corpus.norm("N")
    assert outcome(norm, corpus, A=T, S=T, X=F).outcome is Outcome.VERSAGT
    assert outcome(norm, corpus, A=T, S=T, X=T).outcome is Outcome.ERMESSEN
    assert outcome(norm, corpus, A=F, S=T, X=T).outcome is Outcome.NICHT_ERFUELLT


def test_negative_regelbeispiel_never_establishes_the_begriff(compile_norms):
    corpus = compile_norms("""
        Merkmal R: ja/nein
        Merkmal Sonst: ja/nein
        Merkmal Allein: ja/nein
        Begriff B       [VwV 1]
          liegt insbesondere vor, wenn R
          liegt vor, wenn Sonst
          liegt regelmäßig nicht vor, wenn allein Allein      [VwV 2]
        Norm "N": T
          Die Aufenthaltserlaubnis kann erteilt werden, wenn B
    """)
    norm = corpus.norm("N")
    result = outcome(norm, corpus, R=F, Sonst=F, Allein=T)
    assert result.outcome is Outcome.NICHT_ERFUELLT
    assert "VwV 2" in result.citations()
    # Unbekannt, ob „allein“: der Umstand selbst kann nichts ändern, nur die Generalklausel.
    result = outcome(norm, corpus, R=F, Allein=T)
    assert result.outcome is Outcome.OFFEN and result.missing == ("Sonst",)


# ---------------------------------------------------------- echte Norm, Eigenschaften

def test_unknown_placeholder_refuses_every_use():
    placeholder = Unknown("X")
    for use in (bool, lambda p: p >= 1, lambda p: p == "a", lambda p: p in ("a",), hash):
        with pytest.raises(UnknownFact) as info:
            use(placeholder)
        assert info.value.name == "X"


def random_facts(corpus, norm, rng, p_unknown=0.0):
    values = {}
    for name in norm.newest.merkmale:
        if rng.random() < p_unknown:
            values[name] = None
            continue
        domain = norm.newest.domains[name]
        values[name] = rng.choice(domain)
    return corpus.complete(values)


def test_fast_path_begruendung_and_combination_agree(corpus):
    norm = corpus.norm("§ 25 Abs. 5 AufenthG")
    rng = random.Random(2511)
    code = {Outcome.ANSPRUCH: 4, Outcome.SOLL: 3, Outcome.ERMESSEN: 2, Outcome.NICHT_ERFUELLT: 0, Outcome.VERSAGT: 5}
    seen = set()
    wanted = {Outcome.SOLL, Outcome.ERMESSEN, Outcome.NICHT_ERFUELLT, Outcome.VERSAGT}
    for round_ in range(40000):
        if round_ >= 1500 and seen >= wanted:
            break           # mindestens 1500 Fälle, und jedes Ergebnis kam vor
        facts = random_facts(corpus, norm, rng)
        fast = norm.entscheiden(facts)
        seen.add(fast)
        result = norm.pruefen(facts)
        assert result.outcome is fast
        # Dieselbe Logik über den Prüfpunkten ergibt dasselbe.
        variant = norm.newest
        W = {p: variant.conditions[p](facts.fast) for p in variant.program.checkpoints}
        assert variant.combine(W) == code[fast]
        # Die dreiwertigen Werte stimmen bei vollständigen Fakten mit den Prüfpunkten überein,
        # soweit die Kurzschlussauswertung sie gebraucht hat.
        V = [NICHT_AUSGEWERTET] * len(variant.program.nodes)
        variant.values(facts.three, V)
        assert None not in V
        evaluated = [p for p in variant.program.checkpoints if V[p] is not NICHT_AUSGEWERTET]
        assert variant.program.tatbestand in evaluated
        assert all(V[p] == W[p] for p in evaluated)
    # § 25 Abs. 5 kennt keinen Anspruch; alle anderen Ergebnisse kommen vor.
    assert seen == {Outcome.SOLL, Outcome.ERMESSEN, Outcome.NICHT_ERFUELLT, Outcome.VERSAGT}


def test_partial_facts_are_sound_on_the_real_norm(corpus):
    norm = corpus.norm("§ 25 Abs. 5 AufenthG")
    rng = random.Random(55)
    for _ in range(150):
        facts = random_facts(corpus, norm, rng, p_unknown=0.15)
        result = norm.pruefen(facts, begruendung=False)
        unknown = [n for n in norm.newest.merkmale if facts.three[n] is None]
        assert set(result.missing) <= set(unknown)
        for _ in range(20):  # Stichproben von Vervollständigungen
            filled = dict(facts.three)
            for name in unknown:
                filled[name] = rng.choice(norm.newest.domains[name])
            got = norm.entscheiden(corpus.complete(filled))
            if result.outcome is Outcome.OFFEN:
                assert got in result.possible
            else:
                assert got is result.outcome


def test_compiled_norm_agrees_with_the_hand_written_function(corpus):
    """Zwei unabhängige Umsetzungen von § 25 Abs. 5: übersetzte Norm und tests/handgeschrieben.py."""
    from .handgeschrieben import aufenthg_25_5, zufallsfall

    norm = corpus.norm("§ 25 Abs. 5 AufenthG")
    rng = random.Random(1805)
    seen = set()
    for _ in range(5000):
        values = zufallsfall(corpus.merkmale, rng)
        expected = aufenthg_25_5(values)
        assert norm.entscheiden(corpus.complete(values)).value == expected, values
        seen.add(expected)
    assert seen == {"soll", "ermessen", "nicht_erfuellt", "versagt"}


@pytest.mark.parametrize("norm_id", ["§ 25 Abs. 3 AufenthG", "§ 25 Abs. 5 AufenthG", "§ 25 Abs. 4 S. 1 AufenthG",
                                     "§ 25 Abs. 4 S. 2 AufenthG", "§ 25 Abs. 1 AufenthG", "§ 23a Abs. 1 S. 1 AufenthG",
                                     "§ 25 Abs. 4a S. 1 AufenthG"])
def test_open_cases_on_the_real_norms_match_brute_force(corpus, norm_id):
    """Mögliche Ergebnisse und entscheidende Merkmale stimmen mit allen Vervollständigungen überein."""
    norm = corpus.norm(norm_id)
    rng = random.Random(hash(norm_id) & 0xFFFF)
    variant = norm.newest
    names = list(variant.merkmale)
    # Mehrfach vorkommende Merkmale zuerst verbergen: dort steckt die schwierige Abhängigkeit.
    repeated = [m for m in names if sum(1 for e in variant.program.nodes if e.merkmal == m) > 1]
    for _ in range(25):
        full = {m: rng.choice(variant.domains[m]) for m in names}
        hidden = set(rng.sample(repeated, min(len(repeated), rng.randint(0, 3))))
        hidden |= set(rng.sample(names, rng.randint(1, 5)))
        hidden = sorted(hidden)[:7]
        partial = {m: (None if m in hidden else v) for m, v in full.items()}
        completions = {}
        for combo in itertools.product(*(variant.domains[m] for m in hidden)):
            completions[combo] = norm.entscheiden(corpus.complete(dict(partial, **dict(zip(hidden, combo)))))
        outcomes = set(completions.values())
        deciding = set()
        for i, name in enumerate(hidden):
            for combo, result in completions.items():
                for other in variant.domains[name]:
                    flipped = combo[:i] + (other,) + combo[i + 1:]
                    if completions[flipped] is not result:
                        deciding.add(name)
        result = norm.pruefen(corpus.complete(partial), begruendung=False)
        if len(outcomes) == 1:
            assert result.outcome is next(iter(outcomes)) and result.missing == (), (hidden, partial)
        else:
            assert result.outcome is Outcome.OFFEN and result.exact, hidden
            assert set(result.possible) == outcomes, hidden
            assert set(result.missing) == deciding, hidden

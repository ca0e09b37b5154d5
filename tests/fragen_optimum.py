"""Wie viele Fragen braucht die beste denkbare Reihenfolge? Für kleine Normen exakt berechnet.

``python -m tests.fragen_optimum [NORM …]`` berechnet für jede Norm (ohne Angabe: die mit höchstens zehn
Merkmalen) exakt den Erwartungswert der Zahl von Fragen bis zur Entscheidung, über dieselbe Verteilung wie
``make bench`` (jedes Merkmal gleich wahrscheinlich mit jedem Vertreter seines Wertebereichs):

- für den Prüfassistenten (``Interview``),
- für die bestmögliche Fragestrategie (erschöpfend über alle Zustände, mit der exakten Analyse als
  Entscheidung) – die Untergrenze für jede Rangfolge,
- für die Vergleichsbasis von ``make bench`` (die Merkmale in der Reihenfolge, in der die Norm sie berührt).

``make bench`` zeigt damit, wie weit der Assistent vom Bestmöglichen entfernt ist, und wie nah das
Bestmögliche an die Vergleichsbasis kommt.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SMALL = 10          # höchstens so viele Merkmale: die erschöpfende Suche dauert je Norm höchstens Sekunden


class Expected(NamedTuple):
    norm: str
    assistant: float
    best: float
    baseline: float


def small_norms(corpus) -> list[str]:
    return [n for n, v in corpus.normen.items() if len(v.select(None).variant.structure.leaves) <= SMALL]


def expected(corpus, norm: str) -> Expected:
    """Die exakten Erwartungswerte (Assistent, bestmöglich, Vergleichsbasis) für eine Norm."""
    from lexdsl.interview import Interview
    from lexdsl.runtime.facts import UnknownFact
    from lexdsl.vocabulary import Outcome

    versioned = corpus.normen[norm]
    variant = versioned.select(None).variant

    def then(known: dict, merkmal: str, value) -> tuple:
        return tuple(sorted({**known, merkmal: value}.items()))

    def mean(known: dict, merkmal: str, function) -> float:
        domain = variant.domains[merkmal]
        return sum(function(then(known, merkmal, value)) for value in domain) / len(domain)

    @functools.cache
    def best(state: tuple) -> float:
        known = dict(state)
        result = variant.pruefen(corpus.complete(known), begruendung=False)
        if result.outcome is not Outcome.OFFEN:
            return 0.0
        return 1 + min(mean(known, merkmal, best) for merkmal in result.missing)

    @functools.cache
    def assistant(state: tuple) -> float:
        known = dict(state)
        question = Interview(corpus, corpus.complete(known), norm, begruendung=False).next_question()
        return 0.0 if question is None else 1 + mean(known, question.merkmal, assistant)

    @functools.cache
    def baseline(state: tuple) -> float:
        known = dict(state)
        if versioned.entscheiden(corpus.complete(known)) is not Outcome.OFFEN:
            return 0.0
        try:
            variant.decide(corpus.complete(known).fast)
        except UnknownFact as touched:            # das erste Merkmal, das die Norm berührt
            return 1 + mean(known, touched.name, baseline)
        raise AssertionError(f"{norm}: entschieden und doch offen")

    return Expected(norm, assistant(()), best(()), baseline(()))


def main(argv: list[str]) -> int:
    from lexdsl.workspace.corpus import load

    corpus = load(ROOT / "norms")
    for norm in argv or small_norms(corpus):
        e = expected(corpus, norm)
        print(f"{norm}: Assistent {e.assistant:.3f}, bestmöglich {e.best:.3f}, Vergleichsbasis {e.baseline:.3f} "
              f"Fragen im Mittel", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
